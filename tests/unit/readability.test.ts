import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gradeOf, sectionFiles, sentencesOf, wordsOf } from './readability';

// Plain English for general readers: each chapter page should read at Flesch–Kincaid grade 10 or
// lower, and no sentence should run past 35 words. Quoted book phrases and the names of laws stay
// as they are, so precision can cost a little; the limits below are the ones the pages meet.
const MAX_GRADE = 10;
const MAX_WORDS = 35;

const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = sectionFiles(root);

describe('how the prose is read', () => {
	it('drops front matter, tags, Markdown syntax, headings, Chinese and bare numbers, and keeps line numbers', () => {
		const mdx = [
			'---',
			'title: "A title. With two sentences."',
			'---',
			'',
			'## A heading that is not a sentence',
			'',
			'<Book>',
			'',
			'The book calls it <Quote>one game of chess</Quote> (一盘棋). It took effect in **2021**.',
			'',
			'</Book>',
			'',
			'- A [linked](../x/) list item without a full stop',
		].join('\n');
		const sentences = sentencesOf(mdx);
		expect(sentences.map((s) => [s.line, s.words.join(' ')])).toEqual([
			[9, 'The book calls it one game of chess'],
			[9, 'It took effect in'],
			[13, 'A linked list item without a full stop'],
		]);
	});

	it('does not end a sentence at "U.S."', () => {
		expect(sentencesOf('For U.S. Congress, one sentence.\n')).toHaveLength(1);
		expect(wordsOf('RMB 10,000 to 1.5 million')).toEqual(['RMB', 'to', 'million']);
	});

	it('finds every section page', () => {
		expect(pages.length).toBeGreaterThanOrEqual(5);
	});
});

describe('plain English on the chapter pages', () => {
	it.each(pages.map((p) => [p.file, p.text]))(`%s reads at Flesch–Kincaid grade ${MAX_GRADE} or lower`, (file, text) => {
		const grade = gradeOf(sentencesOf(text));
		expect(Math.round(grade * 10) / 10, `${file}: grade ${grade.toFixed(1)}; split long sentences, prefer short words`).toBeLessThanOrEqual(
			MAX_GRADE,
		);
	});

	it(`has no sentence over ${MAX_WORDS} words`, () => {
		const long = pages.flatMap(({ file, text }) =>
			sentencesOf(text)
				.filter((s) => s.words.length > MAX_WORDS)
				.map((s) => `${file}:${s.line}: ${s.words.length} words: "${s.text.slice(0, 80)}…"`),
		);
		expect(long, 'split these sentences').toEqual([]);
	});
});
