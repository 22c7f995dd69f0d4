import type { Book as BookData } from '../schemas/chapter';
import type { Source } from '../schemas/source';
import { chaptersExplained } from './labels';
import { shortPublisher } from './source-labels';
import { keepNumbersWithNames } from '../schemas/numbered-names';

/**
 * How the site names the works it explains, wherever its own words credit them (the footer, the
 * home page, the passage labels and their legend, a teaching kit): the book, its chapters that
 * have pages, and the analysis. All of it comes from content (content/book/, the source of kind
 * "analysis" in content/sources.yaml), so another chapter, or another analysis, is an edit there
 * and never here. The site index (src/data/site-index.ts) builds it once.
 */
export interface Credits {
	book: {
		/** Who compiled it, in running text: the bracketed short name of content's `compiler` ("the CAC"), or the whole. */
		compiler: string;
		/** The same without an article, as a label abbreviates it: "CAC". */
		compilerAbbr: string;
		/** "2023". */
		year: string;
		/** What the book is, in a phrase (content's `about`). */
		about: string;
		/** What the book is about in a few words, for the site's tagline (content's `subject`). */
		subject: string;
	};
	/** The chapters with pages, in words: "chapter 5", "chapters 5 and 6". */
	chapters: string;
	/** The same as an ordinal, as the home page says it: "its fifth chapter", "its fifth and sixth chapters". */
	chaptersInWords: string;
	/** The same as a noun for "the book … it discusses": "book chapter", "book chapters". */
	bookChapters: string;
	/** How many chapters have pages, for the words that agree with `chapters`. */
	chapterCount: number;
	/** "the chapter", or "the chapters" when several have pages. */
	theChapters: string;
	analysis: {
		/** "Dakota Cary". */
		author: string;
		/** The author's last name, as a short label gives it: "Cary". */
		surname: string;
		title: string;
		url?: string;
		/** The publisher's name, without the site or series after it: "Center for Strategic and International Studies (CSIS)". */
		publisher: string;
		/** The publisher as labels name it (src/site/source-labels.ts): "CSIS". */
		publisherShort: string;
		/** What the analysis is, after its title (content's `about`): "his reading of the chapter for CSIS (interpret.csis.org)". */
		about: string;
	};
}

type Book = Pick<BookData, 'compiler' | 'date' | 'about' | 'subject'>;
type Analysis = Pick<Source, 'id' | 'title' | 'author' | 'publisher' | 'url' | 'about'>;

/**
 * The credits from content as read: the book, every chapter, the chapter of every section (so the
 * chapters with pages, in the book's order) and every source, of which exactly one is the
 * analysis. The site index (src/data/site-index.ts) and the build's print styles (astro.config.mjs,
 * src/integrations/running-foot.ts) both take them from here.
 */
export function creditsOfContent(content: {
	book: Book;
	chapters: readonly { id: string; number: number }[];
	sectionChapters: readonly string[];
	sources: readonly (Analysis & Pick<Source, 'kind'>)[];
}): Credits {
	const analyses = content.sources.filter((s) => s.kind === 'analysis');
	if (analyses.length !== 1)
		throw new Error(`content/sources.yaml: exactly one source must be of kind "analysis", found ${analyses.length}`);
	const withPages = content.chapters
		.filter((c) => content.sectionChapters.includes(c.id))
		.map((c) => c.number)
		.sort((a, b) => a - b);
	return creditsOf(content.book, withPages, analyses[0]!);
}

/** The site's credits, from the book, the numbers of the chapters with pages (in order) and the analysis. */
export function creditsOf(book: Book, chapterNumbers: readonly number[], analysis: Analysis): Credits {
	const missing = (['author', 'publisher', 'about'] as const).filter((field) => !analysis[field]);
	if (missing.length > 0)
		throw new Error(
			`content/sources.yaml: the analysis ("${analysis.id}") needs ${missing.join(', ')}: the footer, the home page and the passage labels name it by them`,
		);
	const compiler = /\(([^()]+)\)\s*$/.exec(book.compiler)?.[1]?.trim() ?? book.compiler;
	const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(chapterNumbers.map(String));
	return {
		book: {
			compiler,
			compilerAbbr: compiler.replace(/^the\s+/i, ''),
			year: book.date.iso.slice(0, 4),
			about: book.about,
			subject: book.subject,
		},
		chapters: keepNumbersWithNames(chapterNumbers.length === 1 ? `chapter ${list}` : `chapters ${list}`),
		chaptersInWords: chaptersExplained(chapterNumbers),
		bookChapters: chapterNumbers.length === 1 ? 'book chapter' : 'book chapters',
		chapterCount: chapterNumbers.length,
		theChapters: chapterNumbers.length === 1 ? 'the chapter' : 'the chapters',
		analysis: {
			author: analysis.author!,
			surname: analysis.author!.trim().split(/\s+/).at(-1)!,
			title: analysis.title,
			...(analysis.url !== undefined && { url: analysis.url }),
			publisher: analysis.publisher!.split(/\s*,\s*/)[0]!,
			publisherShort: shortPublisher(analysis.publisher)!,
			about: analysis.about!,
		},
	};
}
