import type { Element, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';

/**
 * Adds a permalink to every heading and paragraph that has an id: a real link to "#id" (it works
 * without JavaScript; the copy-link script enhances it). It runs last, after the term linker, so
 * the "#" and "¶" never end up in excerpts, and it is kept out of the search index.
 */
export function rehypePermalinks(options: { include: string[] }) {
	return (tree: Root, file: VFile) => {
		if (!options.include.some((part) => (file.path ?? '').includes(part))) return;
		const visit = (node: Nodes) => {
			if (!('children' in node)) return;
			const children = node.children as Nodes[];
			for (const [i, child] of children.entries()) {
				if (child.type !== 'element') {
					visit(child);
					continue;
				}
				const id = child.properties.id;
				if (typeof id === 'string' && /^h[2-6]$/.test(child.tagName)) {
					// Beside the heading, not inside it, so the heading's accessible name stays its text.
					children[i] = {
						type: 'element',
						tagName: 'div',
						properties: { className: ['heading-wrapper', `level-${child.tagName}`] },
						children: [child, permalink(id, '#', `Link to the section “${toString(child).trim()}”`)],
					};
				} else if (typeof id === 'string' && child.tagName === 'p' && id.startsWith('p-')) {
					child.children.push(permalink(id, '¶', 'Link to this paragraph'));
				} else if (
					typeof id === 'string' &&
					child.tagName === 'li' &&
					id.startsWith('p-') &&
					!child.children.some((c) => c.type === 'element' && c.tagName === 'p')
				) {
					child.children.push(permalink(id, '¶', 'Link to this item'));
				}
				visit(child);
			}
		};
		visit(tree);
	};
}

function permalink(id: string, symbol: string, label: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['permalink'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
		children: [{ type: 'text', value: symbol }],
	};
}
