import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

/** Elements whose text is code or data, not prose: straight quotes there are the point. */
const notProse = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template']);
/** Blocks whose own text is read as one run, for the bracket check. */
const blocks = new Set(['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'td', 'th', 'figcaption', 'blockquote', 'title']);

/** Each text node of the page outside code and data, with the nearest block it sits in. */
function proseTexts(tree: Nodes): { text: string; block: Element | undefined }[] {
	const out: { text: string; block: Element | undefined }[] = [];
	const walk = (node: Nodes, block: Element | undefined) => {
		if (node.type === 'text') out.push({ text: node.value, block });
		if (node.type === 'element' && notProse.has(node.tagName)) return;
		const inner = node.type === 'element' && blocks.has(node.tagName) ? node : block;
		if ('children' in node) for (const child of node.children) walk(child, inner);
	};
	walk(tree, undefined);
	return out;
}

/** The deepest nesting of round brackets in a run of text. */
function bracketDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	for (const ch of text) {
		if (ch === '(') deepest = Math.max(deepest, ++depth);
		if (ch === ')') depth = Math.max(0, depth - 1);
	}
	return deepest;
}

describe('typography of every built page', () => {
	requireDist();
	const pages = htmlPages(distDir).map(({ path, file }) => ({ path, tree: fromHtml(readHtml(file)) }));

	// src/schemas/prose-text.ts curls the quotes of YAML and front-matter strings; Astro's smartypants
	// those of MDX bodies. Attributes (URLs, ids, data) and code keep what they need.
	it('uses curly quotation marks and apostrophes in all prose, never straight ones', () => {
		const straight = pages.flatMap(({ path, tree }) =>
			proseTexts(tree)
				.filter(({ text }) => /['"]/.test(text))
				.map(({ text }) => `${path}: ${text.trim().slice(0, 80)}`),
		);
		expect(pages.length).toBeGreaterThan(10);
		expect(straight).toEqual([]);
	});

	it('never nests one bracket inside another, as in “(the analysis (a non-standard rendering))”', () => {
		const nested: string[] = [];
		for (const { path, tree } of pages) {
			const byBlock = new Map<Element | undefined, string>();
			for (const { text, block } of proseTexts(tree)) byBlock.set(block, (byBlock.get(block) ?? '') + text);
			for (const [block, text] of byBlock)
				if (block && bracketDepth(text) > 1) nested.push(`${path} <${block.tagName}>: ${text.trim().slice(0, 120)}`);
		}
		expect(nested).toEqual([]);
	});

	// "1" at the end of one line and "September 2021" on the next reads as two things. The dates
	// the site writes from data (src/site/dates.ts: badges, notes, "last updated", the timeline) are
	// <time> elements; dates in authors' prose wrap as the author wrote them.
	it('keeps each date the site writes on one line: its day, month and year are joined by no-break spaces', () => {
		const dates = pages.flatMap(({ path, tree }) => selectAll('time', tree).map((time) => ({ path, text: toString(time) })));
		expect(dates.length).toBeGreaterThan(20);
		expect(dates.filter(({ text }) => / /.test(text)).map(({ path, text }) => `${path}: “${text}”`)).toEqual([]);
	});

	// "Overview: chapter" on one line and "5 and the analysis" on the next (a heading), or a lone "4."
	// after "sections 2 to" (a paragraph): src/schemas/numbered-names.ts keeps the number with its
	// word in content strings, MDX bodies and the labels the code writes. A source's title is given
	// as the work gives it (src/schemas/source.ts; citations export it), so its <cite> and its labels
	// (links to its entry on /sources/) are left out, and so are drawings.
	it('keeps a number on the line of the word that names it: “chapter 5”, “Article 59”, “sections 2 to 4”', () => {
		const word = String.raw`\b(?:chapters?|sections?|articles?|paragraphs?)`;
		const breakable = new RegExp(String.raw`${word} \d|${word}\s\d+[A-Z]?(?: (?:to|and|or)\s|\s(?:to|and|or) )\d`, 'gi');
		// A drawing (the chapter's picture, the map) breaks its own lines when it is laid out; a citation
		// gives plain spaces, as reference managers do (src/citations/format.ts).
		const leftAlone = (el: Element) =>
			el.tagName === 'svg' ||
			el.tagName === 'cite' ||
			(el.tagName === 'a' && String(el.properties.href ?? '').includes('/sources/#')) ||
			(el.tagName === 'p' && String(el.properties.className ?? '').includes('citation'));
		const texts: { path: string; text: string }[] = [];
		for (const { path, tree } of pages) {
			const walk = (node: Nodes) => {
				if (node.type === 'text') texts.push({ path, text: node.value });
				if (node.type === 'element' && (notProse.has(node.tagName) || leftAlone(node))) return;
				if ('children' in node) for (const child of node.children) walk(child);
			};
			walk(tree);
		}
		expect(texts.filter(({ text }) => new RegExp(String.raw`${word}\s\d`, 'i').test(text)).length).toBeGreaterThan(50);
		expect(texts.flatMap(({ path, text }) => [...text.matchAll(breakable)].map((m) => `${path}: “${m[0]}”`))).toEqual([]);
	});
});
