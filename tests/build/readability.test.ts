import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { distDir, htmlPages, isSectionPath, readHtml, requireDist } from '../support/dist';
import { gradeOf, sentencesOfText, wordsOf, type Sentence } from '../unit/readability';

// Plain English as a reader gets it: the Flesch–Kincaid grade of a built page's prose paragraphs
// of more than 12 words, notes included (issue 24 §5). Shorter paragraphs are labels, lines of
// sources or captions, where the formula says little. Section pages read at US grade 9 or lower,
// and the median glossary entry at grade 10 or lower, for readers on phones.
const SECTION_GRADE = 9;
const MEDIAN_ENTRY_GRADE = 10;
const MIN_WORDS = 12;

/** The page's furniture, whose paragraphs are not prose: cards, citing, navigation, excerpts, labels. */
const furniture = '.term-cards, .cite-this, nav, .used-in, .source-refs, .prov-label, .eyebrow';

/** Paragraphs a reader reads as prose, without the sources lines, labels and the page's furniture. */
function proseSentences(path: string, scope: string): Sentence[] {
	const tree = fromHtml(readHtml(join(distDir, path, 'index.html')));
	const root = select(scope, tree);
	if (!root) throw new Error(`${path}: no ${scope}`);
	const skipped = new Set((selectAll(furniture, root) as Element[]).flatMap((el) => [el, ...(selectAll('p', el) as Element[])]));
	return (selectAll('p', root) as Element[])
		.filter((p) => !skipped.has(p))
		.map((p) => toString(p).replace(/\s+/g, ' ').trim())
		.filter((text) => wordsOf(text).length > MIN_WORDS)
		.flatMap(sentencesOfText);
}

const round = (n: number) => Math.round(n * 10) / 10;

describe('plain English on the built pages', () => {
	requireDist();
	const paths = htmlPages().map((p) => p.path);
	const sections = paths.filter(isSectionPath);
	const entries = paths.filter((p) => /^\/glossary\/[^/]+\/$/.test(p));

	it.each(sections)(`%s reads at Flesch–Kincaid grade ${SECTION_GRADE} or lower`, (path) => {
		const grade = gradeOf(proseSentences(path, 'main'));
		expect(
			round(grade),
			`${path}: grade ${grade.toFixed(1)}; split sentences that stack names, gloss terms of art in plain words`,
		).toBeLessThanOrEqual(SECTION_GRADE);
	});

	it(`gives the median glossary entry a grade of ${MEDIAN_ENTRY_GRADE} or lower`, () => {
		const grades = entries
			.map((path) => ({ path, grade: round(gradeOf(proseSentences(path, 'article.term-entry'))) }))
			.sort((a, b) => a.grade - b.grade);
		const median = grades[Math.floor((grades.length - 1) / 2)]!.grade;
		expect(
			median,
			`hardest: ${grades
				.slice(-5)
				.map((g) => `${g.path} ${g.grade}`)
				.join(', ')}`,
		).toBeLessThanOrEqual(MEDIAN_ENTRY_GRADE);
	});
});
