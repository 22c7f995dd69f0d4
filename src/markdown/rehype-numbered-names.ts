import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { keepNumbersWithNames } from '../schemas/numbered-names';

/** Elements whose text is read as written. */
const asWritten = new Set(['code', 'pre', 'script', 'style']);

/**
 * Keeps a number on the line of the word that names it in a page's text ("chapter 5", "sections 2
 * to 4"), the convention of src/schemas/numbered-names.ts. After the anchors and term links, so ids
 * and excerpts are made from the text as written.
 */
export function rehypeNumberedNames() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type === 'element' && asWritten.has(node.tagName)) return SKIP;
			if (node.type === 'text') node.value = keepNumbersWithNames(node.value);
		});
	};
}
