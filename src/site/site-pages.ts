import type { Credits } from './credits';
import { chapterPrintPath } from './urls';
import { keepNumbersWithNames } from '../schemas/numbered-names';

/**
 * The site's own pages that full-text search does not index (it indexes the chapter guide, the
 * glossary entries, the timeline and the comparisons), each with the words a reader types when
 * looking for it: "sources", "lesson plan", "how to cite this site". Search shows the page named
 * (src/search/site-pages.ts). Where a page's title and description are written here, the page
 * itself takes them from here, so what search shows is what the page says; a page of content/pages/
 * (About, For teachers) carries its own words in its front matter.
 *
 * `askedAs` holds whole phrases, their question words optional ("what’s new" is asked as "new"). A
 * query names a page only when every word it has, but for question words and "this site", belongs
 * to that page's phrases: "sources" or "where are the sources", never "sources of the PIPL". So no
 * common topic word is a phrase: "data" alone is what a reader calls half the glossary, not the
 * downloads page, and "agency" is a kind of entry, not the who's-who map.
 */
export interface SitePage {
	/** Site path without the base: "sources/"; with the heading a query asks for, "about/#licenses". */
	path: string;
	title: string;
	description: string;
	askedAs: string[];
	/** Headings of the page (their ids) that answer some of its phrases: "how to cite" lands on "How to cite this site". */
	askedAsAt?: Record<string, string[]>;
}

/** Pages whose title and description are written here, and the words readers use for them. */
export const sitePages = (credits: Credits) =>
	({
		sources: {
			path: 'sources/',
			title: 'Sources',
			description:
				'Every work this explainer relies on, grouped by kind: official texts, state media, other news, law firms and legal databases, research, encyclopedias and other sources.',
			askedAs: [
				'sources',
				'bibliography',
				'references',
				'works cited',
				'reading list',
				'further reading',
				'all sources',
				'source list',
				'list of sources',
			],
		},
		changes: {
			path: 'changes/',
			title: 'What changed',
			description:
				'Every correction and dated update on this site, newest first: what changed since the analysis, and what the site fixed.',
			askedAs: [
				'what changed',
				'what’s new',
				'changes',
				'changelog',
				'change log',
				'corrections',
				'errata',
				'updates',
				'latest updates',
				'revisions',
				'history of changes',
				'feed',
				'rss',
				'atom feed',
			],
		},
		data: {
			path: 'data/',
			title: 'Data',
			description: "The site's glossary, timeline, sources and who's-who relations as files to download and reuse.",
			// Only what the page offers: JSON, iCalendar and CSL-JSON files (no CSV, no API).
			askedAs: [
				'download',
				'downloads',
				'download data',
				'data download',
				'dataset',
				'datasets',
				'raw data',
				'json',
				'ical',
				'icalendar',
				'ics',
				'calendar',
				'calendar file',
				'timeline calendar',
				'download the timeline',
				'csl json',
				'zotero',
				'machine readable',
			],
		},
		map: {
			path: 'map/',
			title: 'Who’s who',
			description:
				"Which bodies issue, enforce or supervise China's cybersecurity laws and rules, and how the rules replace and amend each other, as a diagram and in words.",
			askedAs: [
				'who’s who',
				'map',
				'map of agencies',
				'diagram',
				'org chart',
				'organisation chart',
				'organization chart',
				'organogram',
				'who does what',
				'relations',
				'relationships',
			],
		},
		glossary: {
			path: 'glossary/',
			title: 'Glossary',
			description: `Every agency, law, regulation, program and concept in ${credits.chapters} and its analysis, with Chinese names, short definitions and full entries.`,
			askedAs: ['glossary', 'all terms', 'list of terms', 'terms', 'index of terms', 'a-z', 'acronyms', 'abbreviations'],
		},
	}) satisfies Record<string, SitePage>;

/**
 * Where the pages of content/pages/ are published, by id; their titles, descriptions and the words
 * readers use for them are content (front matter: askedAs, askedAsAt).
 */
export const contentPagePaths: Record<string, string> = { about: 'about/', teach: 'teach/' };

/** The words readers use for a chapter's printable page (src/pages/[chapter]/print.astro). */
export const printPageAskedAs = [
	'print',
	'printing',
	'printable',
	'printable chapter',
	'print version',
	'pdf',
	'download pdf',
	'print chapter',
	'chapter pdf',
	'whole chapter',
	'full chapter',
	'entire chapter',
	'one page',
];

/** A chapter's printable page: every part of its guide on one page. */
export const printPage = (chapter: { id: string; number: number; titleEn: string }): SitePage => ({
	path: chapterPrintPath(chapter.id),
	// Its tab, like every page's, leads with its heading, then says which kind of page it is.
	title: `${chapter.titleEn} · Whole chapter`,
	description: `Every part of this guide to ${keepNumbersWithNames(`chapter ${chapter.number}`)} on one page, with the terms they use and one list of sources: for printing.`,
	askedAs: printPageAskedAs,
});
