import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Adds a permalink to every heading and paragraph that has an id: a real link to "#id" (it works
 * without JavaScript; the copy-link script enhances it). It runs last, after the term linker, so
 * the "#" and "¶" never end up in excerpts, and it is kept out of the search index.
 */
export function rehypePermalinks(options: { include: string[] }) {
	return (tree: Root, file: VFile) => {
		if (!options.include.some((part) => (file.path ?? '').includes(part))) return;
		visit(tree, 'element', (el, index, parent) => {
			const id = el.properties.id;
			if (typeof id !== 'string') return;
			if (/^h[2-6]$/.test(el.tagName) && parent && index !== undefined) {
				// Beside the heading, not inside it, so the heading's accessible name stays its text.
				parent.children[index] = h('div', { className: ['heading-wrapper', `level-${el.tagName}`] }, [
					el,
					permalink(id, '#', `Link to the section “${toString(el).trim()}”`),
				]);
			} else if (el.tagName === 'p' && id.startsWith('p-')) {
				trimEnd(el);
				el.children.push(permalink(id, '¶', 'Link to this paragraph'));
			} else if (el.tagName === 'li' && id.startsWith('p-') && !el.children.some((c) => c.type === 'element' && c.tagName === 'p')) {
				if (parent?.type === 'element' && !marked.has(parent)) {
					marked.add(parent);
					if (itemsAreShort(parent)) parent.properties.className = [...classList(parent), 'short-items'];
				}
				trimEnd(el);
				el.children.push(permalink(id, '¶', 'Link to this item'));
			}
		});
	};
}

/**
 * The longest item, in characters, of a list of names or short phrases ("Xidian University;"). On a
 * touch screen, where a ¶ cannot wait for a hover, such a list would show one after every line;
 * permalinks.css leaves their ¶ out there, and the paragraph that opens the list stays linkable.
 * A list of questions is not one, however short: a teacher points a class to a question.
 */
const SHORT_ITEM = 90;
const marked = new WeakSet<Element>();
// hast keeps className as a list (hastscript and remark-rehype alike).
const classList = (el: Element): string[] => {
	const value = el.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
};
function itemsAreShort(list: Element): boolean {
	const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
	const texts = items.map((li) => toString(li).trim());
	return texts.length > 0 && texts.every((text) => text.length <= SHORT_ITEM && !text.endsWith('?'));
}

/**
 * Takes the space off the end of an element's text, where the line could break before its ¶. What
 * else keeps the ¶ on the last word's line (a word joiner) is in permalinks.css.
 */
function trimEnd(el: Element): void {
	const last = el.children.at(-1);
	if (last?.type === 'text') last.value = last.value.trimEnd();
}

function permalink(id: string, symbol: string, label: string): Element {
	return h('a', { className: ['permalink'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' }, symbol);
}
