import type { Element, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { paragraphId } from './rehype-anchors';
import { isMdxJsx, jsxAttribute, type MdxJsxElement } from './mdx-nodes';

/** What the page's "Updates and corrections" list shows for each note. */
export interface NoteSummary {
	number: number;
	/** Stable id: from the note's opening words, so adding a note elsewhere never changes it. */
	id: string;
	kind: string;
	date?: string;
	/** The note's opening words. */
	summary: string;
}

/**
 * Numbers the <Note> components of a page in reading order and marks the passage each note follows
 * with a link to it (`<sup><a href="#note-3">3</a></sup>` at the end of its last paragraph). The
 * numbers are real text, so they are read aloud, copied, printed and searchable, and each note has
 * an id from its opening words, stable however notes are added or removed around it.
 */
export function rehypeNotes() {
	return (tree: Root, file: VFile) => {
		let count = 0;
		const notes: NoteSummary[] = [];
		const walk = (parent: { children: Nodes[] }) => {
			let lastPassage: Nodes | undefined;
			for (const child of parent.children) {
				if (isMdxJsx(child) && child.name === 'Note') {
					count += 1;
					const date = jsxAttribute(child, 'date');
					const text = toString(child as unknown as Nodes).replace(/\s+/g, ' ').trim();
					let id = `note-${paragraphId(text).slice(2)}`;
					for (let n = 2; notes.some((note) => note.id === id); n++) id = `note-${paragraphId(text).slice(2)}-${n}`;
					child.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: String(count) }, { type: 'mdxJsxAttribute', name: 'id', value: id });
					notes.push({ number: count, id, kind: jsxAttribute(child, 'kind') ?? 'context', ...(date && { date }), summary: text.length > 140 ? `${text.slice(0, text.lastIndexOf(' ', 140))}…` : text });
					const paragraph = lastPassage && lastParagraph(lastPassage);
					if (paragraph) paragraph.children.push(marker(count, id));
					continue;
				}
				if (child.type === 'element' || isMdxJsx(child)) {
					lastPassage = child;
					if (!isMdxJsx(child) || child.name !== 'Note') walk(child as { children: Nodes[] });
				}
			}
		};
		walk(tree as { children: Nodes[] });
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		data.astro.frontmatter.notes = notes;
	};
}

/** The last <p> (or list item) inside a passage, where the note mark goes. */
function lastParagraph(node: Nodes | MdxJsxElement): Element | undefined {
	if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'li') && !node.children.some((c) => c.type === 'element' && (c.tagName === 'p' || c.tagName === 'ul' || c.tagName === 'ol'))) return node;
	if (!('children' in node)) return undefined;
	for (let i = node.children.length - 1; i >= 0; i--) {
		const found = lastParagraph(node.children[i] as Nodes);
		if (found) return found;
	}
	return undefined;
}

function marker(n: number, id: string): Element {
	return {
		type: 'element',
		tagName: 'sup',
		properties: { className: ['note-ref'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href: `#${id}`, id: `ref-${id}`, ariaLabel: `Note ${n}` },
				children: [{ type: 'text', value: String(n) }],
			},
		],
	};
}
