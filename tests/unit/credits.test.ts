import { describe, expect, it } from 'vitest';
import { creditsOf } from '../../src/site/credits';
import { chapterPictureCaption, provenanceLabels } from '../../src/site/labels';

// How the site's own words name the book, its chapters and the analysis (src/site/credits.ts):
// from content alone, so that the real site's words and a made-up site's both follow from it.

const book = {
	compiler: 'Office of the Central Cyberspace Affairs Commission (the CAC)',
	date: { iso: '2023-07', precision: 'month' as const },
	about: 'the compiler’s July 2023 book',
	subject: 'a subject',
};
const analysis = {
	id: 'an-analysis',
	title: 'Governing Cybersecurity',
	author: 'Dakota Cary',
	publisher: 'Center for Strategic and International Studies (CSIS), Interpret: China (interpret.csis.org)',
	about: 'his reading of the chapter',
};

describe('the credits of the works the site explains', () => {
	it('names the compiler by its bracketed short name, and the analysis by its author and short publisher', () => {
		const credits = creditsOf(book, [5], analysis);
		expect(credits.book).toMatchObject({ compiler: 'the CAC', compilerAbbr: 'CAC', year: '2023' });
		expect(credits.analysis).toMatchObject({
			surname: 'Cary',
			publisher: 'Center for Strategic and International Studies (CSIS)',
			publisherShort: 'CSIS',
		});
		expect(provenanceLabels(credits).book.label).toBe('The book (CAC, 2023)');
		expect(provenanceLabels(credits).analysis.label).toBe('The analysis (Cary, CSIS)');
	});

	it('names one chapter or several, and the words that agree with them', () => {
		const one = creditsOf(book, [5], analysis);
		expect([one.chapters, one.chaptersInWords, one.bookChapters]).toEqual(['chapter\u00a05', 'its fifth chapter', 'book chapter']);
		expect(provenanceLabels(one).book.legend).toMatch(/^What chapter\u00a05 of the book says: /);
		const three = creditsOf(book, [5, 6, 7], analysis);
		expect([three.chapters, three.chaptersInWords, three.bookChapters]).toEqual([
			'chapters\u00a05, 6, and 7',
			'its fifth, sixth, and seventh chapters',
			'book chapters',
		]);
		expect(provenanceLabels(three).book.legend).toMatch(/^What chapters\u00a05, 6, and 7 of the book say: /);
	});

	it('uses the whole compiler where it has no short name in brackets', () => {
		expect(creditsOf({ ...book, compiler: 'A test office' }, [1], analysis).book).toMatchObject({
			compiler: 'A test office',
			compilerAbbr: 'A test office',
		});
	});

	it('stops the build when the analysis lacks what the site names it by, saying which fields', () => {
		const { author: _author, about: _about, ...bare } = analysis;
		expect(() => creditsOf(book, [5], bare)).toThrow(
			'content/sources.yaml: the analysis ("an-analysis") needs author, about: the footer, the home page and the passage labels name it by them',
		);
	});

	it('captions a chapter’s picture with the areas its own sections divide into', () => {
		const areas = (n: number) => Array.from({ length: n }, () => ({}));
		expect(
			chapterPictureCaption([
				{ number: 1, areas: [] },
				{ number: 3, areas: areas(5) },
			]),
		).toBe(
			'The chapter’s sections, the five areas of section\u00a03, and the laws and rules (square corners) and bodies (rounded) each area leads to.',
		);
		expect(
			chapterPictureCaption([
				{ number: 1, areas: areas(2) },
				{ number: 2, areas: areas(3) },
			]),
		).toMatch(/^The chapter’s sections, the two areas of section\u00a01 and the three areas of section\u00a02, and the laws/);
		expect(chapterPictureCaption([{ number: 1, areas: [] }])).toBe('The chapter’s sections.');
	});
});
