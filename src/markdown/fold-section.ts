import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/**
 * One section page's rendered content, made fit to sit beside the others on the whole-chapter
 * page (src/pages/[chapter]/print.astro). Every section gets its heading and paragraph ids from the
 * same patterns ("p-the-book-asks-…", "note-…"), so two sections can share an id; on one page that
 * is invalid HTML and a link lands in the wrong section. So, after Astro has rendered the section
 * (as Starlight's Steps component post-processes its slot):
 *   - every id gets the section's prefix ("overview--p-the-book-asks-…"), and every reference to
 *     one of the section's own ids (href="#…", aria-labelledby, for, …) follows it, so note links
 *     still land on their notes. The prefix keeps the ids as stable as the section's own;
 *   - headings go one level down (h2 → h3 …), under the section's title;
 *   - the "#" and "¶" permalinks go: they would copy links to this page, not to the section's.
 */
export interface FoldOptions {
	/** The section's own id on the whole-chapter page ("overview"); ids become "overview--…". */
	prefix: string;
}

/** Properties that hold id references (hast names): one id, or a space-separated list of them. */
const idRefProperties = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'ariaDetails', 'htmlFor', 'headers', 'list'];

export const prefixedId = (prefix: string, id: string) => `${prefix}--${id}`;

export function foldSection(html: string, { prefix }: FoldOptions): string {
	const tree = fromHtml(html, { fragment: true });
	const ids = new Set<string>();
	eachElement(tree, (el) => {
		if (typeof el.properties.id === 'string') ids.add(el.properties.id);
	});
	const ref = (id: string) => (ids.has(id) ? prefixedId(prefix, id) : id);
	eachElement(tree, (el) => {
		if (typeof el.properties.id === 'string') el.properties.id = prefixedId(prefix, el.properties.id);
		const href = el.properties.href;
		if (typeof href === 'string' && href.startsWith('#')) el.properties.href = `#${ref(decodeURIComponent(href.slice(1)))}`;
		for (const name of idRefProperties) {
			const value = el.properties[name];
			if (typeof value === 'string') el.properties[name] = value.split(/\s+/).map(ref).join(' ');
			else if (Array.isArray(value)) el.properties[name] = value.map((v) => ref(String(v)));
		}
		const level = /^h([1-6])$/.exec(el.tagName)?.[1];
		if (level) el.tagName = `h${Math.min(Number(level) + 1, 6)}`;
	});
	visit(tree, 'element', (el, index, parent) => {
		if (el.tagName !== 'a' || !classes(el).includes('permalink') || !parent || index === undefined) return;
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
	return toHtml(tree);
}

const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

function eachElement(tree: Root, fn: (el: Element) => void): void {
	visit(tree, 'element', (el) => {
		fn(el);
		// <template> content lives apart from its children in hast.
		if (el.content) eachElement(el.content, fn);
	});
}
