import type { Element, ElementContent, Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { markedChineseRuns } from './rehype-chinese-lang';
import { h } from 'hastscript';
import type { KitVoice } from '../schemas/kit';
import { keepNumbersWithNames } from '../schemas/numbered-names';
import { noteKinds, type NoteKind } from '../site/labels';
import type { Passage, PassageBlock } from './page-data';
import { isMdxJsx, jsxAttribute } from './mdx-nodes';

/** The MDX components that mark whose words a passage is, by their name in MDX. */
const blocks: Record<string, PassageBlock> = { Book: 'book', Analysis: 'analysis', Context: 'context', Note: 'note' };

/** The provenance block a node opens, if it is one: <Book>, <Analysis>, <Context> or <Note kind>. */
export function blockOf(node: Nodes): { block: PassageBlock; note?: NoteKind } | undefined {
	if (!isMdxJsx(node) || node.type !== 'mdxJsxFlowElement' || !node.name || !(node.name in blocks)) return undefined;
	const block = blocks[node.name]!;
	const kind = jsxAttribute(node, 'kind');
	return block === 'note' && kind && kind in noteKinds ? { block, note: kind as NoteKind } : { block };
}

/** The innermost provenance block among a node's ancestors (outermost first, as unist-util-visit-parents gives them). */
export function blockAround(ancestors: readonly Nodes[]): { block: PassageBlock; note?: NoteKind } | undefined {
	for (let i = ancestors.length - 1; i >= 0; i--) {
		const found = blockOf(ancestors[i]!);
		if (found) return found;
	}
	return undefined;
}

/** Who a student should say is speaking in a passage: the book, the analysis, or this site (context and every note). */
export function voiceOf(passage: Pick<Passage, 'block'>): KitVoice | undefined {
	if (!passage.block) return undefined;
	return passage.block === 'book' || passage.block === 'analysis' ? passage.block : 'site';
}

/** Inline elements a passage keeps as they are, with the attributes that carry meaning. */
const kept = new Set(['em', 'strong', 'i', 'b', 'code', 'sub', 'sup', 'abbr', 'br', 'span']);
const keptProperties = ['className', 'dataFact', 'lang', 'title'];

/**
 * A paragraph's words as HTML for showing elsewhere (a teaching kit's exercise), taken from the
 * compiled page so they cannot drift from it: emphasis, printed facts (span.fact, which the facts
 * test recognizes) and the book's quoted phrases (<Quote>, as <q>) kept; links, term links and
 * other components reduced to their words, since a passage shown on another page is read, not
 * followed, and a link would carry the page's relative address with it.
 */
export function passageHtml(el: Element): string {
	// `marked`: inside an element that names its language; elsewhere Chinese runs get theirs, and numbers
	// stay with their words, as on the page (rehype-chinese-lang.ts, rehype-numbered-names.ts).
	const convert = (nodes: readonly Nodes[], marked = false): ElementContent[] =>
		nodes.flatMap((node): ElementContent[] => {
			if (node.type === 'text') {
				const value = keepNumbersWithNames(node.value);
				return (!marked && markedChineseRuns(value)) || [{ type: 'text', value }];
			}
			if (isMdxJsx(node))
				return node.name === 'Quote'
					? [h('q', { className: ['book-quote'] }, convert(node.children as Nodes[], marked))]
					: convert(node.children as Nodes[], marked);
			if (node.type !== 'element') return [];
			const inLanguage = marked || node.properties.lang !== undefined;
			if (!kept.has(node.tagName)) return convert(node.children, inLanguage);
			const properties = Object.fromEntries(
				keptProperties.filter((k) => node.properties[k] !== undefined).map((k) => [k, node.properties[k]]),
			);
			return [h(node.tagName, properties, convert(node.children, inLanguage))];
		});
	return toHtml({ type: 'root', children: convert(el.children) }).trim();
}
