import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { splitChineseRuns } from '../site/chinese-runs';
import { isMdxJsx, jsxAttribute } from './mdx-nodes';

/** Elements whose text is not prose a reader hears: code is read as written, scripts never. */
const notProse = new Set(['code', 'pre', 'script', 'style', 'svg', 'math']);

/**
 * Marks each Chinese run in a page's text with its language, `<span lang="zh-Hans">较大</span>`, as
 * titles are marked (src/components/MarkedChinese.astro): a screen reader then reads it in a Chinese
 * voice rather than spelling out characters in an English one (WCAG 3.1.2, language of parts), and a
 * browser sets it in a Chinese font. Authors write Chinese in the text as it is, in brackets after
 * its translation; nothing to remember. Text already inside an element with a language is left as
 * its author marked it. After the term links (which read the text as written) and before the
 * permalinks, so ids and excerpts never see the spans.
 */
/** A text node as its runs, each Chinese one in a `<span lang="zh-Hans">`; undefined when it has none. */
export function markedChineseRuns(value: string): ElementContent[] | undefined {
	const parts = splitChineseRuns(value);
	if (parts.length === 1) return undefined;
	return parts.flatMap((part, i): ElementContent[] => {
		if (i % 2 === 1) return [h('span', { lang: 'zh-Hans' }, part)];
		return part === '' ? [] : [{ type: 'text', value: part }];
	});
}

export function rehypeChineseLang() {
	return (tree: Root) => {
		visit(tree, (node, index, parent) => {
			if (node.type === 'element' && (notProse.has(node.tagName) || node.properties.lang !== undefined)) return SKIP;
			if (isMdxJsx(node) && jsxAttribute(node, 'lang') !== undefined) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return;
			const marked = markedChineseRuns(node.value);
			if (!marked) return;
			parent.children.splice(index, 1, ...marked);
			// Past what was put in: the spans hold their own language, the text between has none.
			return index + marked.length;
		});
	};
}
