import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

// Readability of a section page's prose: the words a reader reads, without front matter, JSX tags
// or Markdown syntax. Headings are left out (they are labels, not sentences); paragraphs, list
// items and notes are in. Chinese runs are left out (the formula is for English), and so are
// bare numbers ("2021", "10,000"), which the syllable counter scores as zero syllables and would
// otherwise make a page look easier than it is.

export interface Sentence {
	text: string;
	/** 1-based line in the .mdx file where the sentence starts. */
	line: number;
	words: string[];
}

interface Segment {
	text: string;
	line: number;
}

interface MdNode {
	type: string;
	value?: string;
	children?: MdNode[];
	position?: { start: { line: number } };
}

const hasCjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The words of a sentence that the formula counts. */
export function wordsOf(text: string): string[] {
	return [...wordSegmenter.segment(text)]
		.filter((w) => w.isWordLike && !hasCjk.test(w.segment) && !/^[\d.,]+$/.test(w.segment))
		.map((w) => w.segment);
}

/** The text of one block (a paragraph), as segments that remember their line. */
function inlineSegments(node: MdNode, out: Segment[]): void {
	if (node.type === 'text' || node.type === 'inlineCode') {
		const start = node.position?.start.line ?? 0;
		// A text node may span lines; split so each piece keeps its own line.
		(node.value ?? '').split('\n').forEach((piece, i) => out.push({ text: i === 0 ? piece : ` ${piece}`, line: start + i }));
		return;
	}
	if (node.type === 'break') {
		out.push({ text: ' ', line: node.position?.start.line ?? 0 });
		return;
	}
	for (const child of node.children ?? []) inlineSegments(child, out);
}

function blocks(node: MdNode, out: Segment[][]): void {
	if (node.type === 'heading' || node.type === 'code' || node.type === 'yaml' || node.type === 'mdxjsEsm') return;
	if (node.type === 'paragraph') {
		const segments: Segment[] = [];
		inlineSegments(node, segments);
		out.push(segments);
		return;
	}
	for (const child of node.children ?? []) blocks(child, out);
}

/** Every sentence of an MDX page's prose, with the line it starts on. */
export function sentencesOf(mdx: string): Sentence[] {
	// Keep line numbers: blank out the front matter instead of cutting it.
	const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ''));
	const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as MdNode;
	const found: Segment[][] = [];
	blocks(tree, found);
	const sentences: Sentence[] = [];
	for (const segments of found) {
		// "U.S." would end a sentence for the segmenter when a capital follows it.
		const text = segments
			.map((s) => s.text)
			.join('')
			.replace(/\bU\.S\./g, 'US');
		const starts: number[] = [];
		let offset = 0;
		for (const s of segments) {
			starts.push(offset);
			offset += s.text.replace(/\bU\.S\./g, 'US').length;
		}
		for (const { segment, index } of sentenceSegmenter.segment(text)) {
			const words = wordsOf(segment);
			if (words.length === 0) continue;
			let at = 0;
			while (at + 1 < starts.length && starts[at + 1]! <= index) at++;
			sentences.push({ text: segment.trim(), line: segments[at]?.line ?? 0, words });
		}
	}
	return sentences;
}

/** The sentences of a run of plain text (a built page's paragraph), each with its counted words. */
export function sentencesOfText(text: string): Sentence[] {
	const flat = text
		.replace(/\s+/g, ' ')
		.replace(/\bU\.S\./g, 'US')
		.trim();
	return [...sentenceSegmenter.segment(flat)]
		.map(({ segment }) => ({ text: segment.trim(), line: 0, words: wordsOf(segment) }))
		.filter((s) => s.words.length > 0);
}

/** Flesch–Kincaid grade of a set of sentences. */
export function gradeOf(sentences: Sentence[]): number {
	const words = sentences.flatMap((s) => s.words);
	return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) });
}

/** The section pages: content/sections/<chapter>/<slug>.mdx, with their paths from the project root. */
export function sectionFiles(root: string): { file: string; text: string }[] {
	const dir = join(root, 'content', 'sections');
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => ({ file: relative(root, join(dir, name)).split('\\').join('/'), text: readFileSync(join(dir, name), 'utf8') }));
}
