import { bibtexAccessFields } from './access';
import { headlineCase, sentenceCase } from './case';
import { BIBTEX_MONTHS, formatCitationDate, MLA_MONTHS, MONTHS, ymd } from './dates';
import { citationUrl } from './url';

export { calendarDate, formatCitationDate } from './dates';
export { citationUrl } from './url';

/**
 * "Cite this": APA 7, MLA 9, Chicago 17 (notes-bibliography, bibliography entry) and BibTeX for a
 * page of the site or for the site as a whole. Pure functions: input → parts → text; the page
 * renders the parts (italics as <i>) and the reader's browser fills in the access date.
 *
 * The site names no personal author, so each style's rule for a web page by a group whose name is
 * also the site's name applies. Rules followed, and where they were checked:
 *
 * APA 7 (Publication Manual 10.16 "webpage on a website", retrieval dates p. 290; as summarized by
 *   libguides.usc.edu/APA7th/website, researchguides.uvm.edu (APA 7 websites) and
 *   writeanswers.royalroads.ca/faq/199090):
 *   - the group is the author, and "when the site name is the designated author, omit the site name";
 *   - date: the most recent update, "(2026, November 26)";
 *   - the title of a webpage in italics and sentence case;
 *   - a retrieval date only "when citing an unarchived work that is likely or meant to change",
 *     written "Retrieved Month Day, Year, from URL". These pages are updated in place (dated
 *     updates and corrections), so it belongs;
 *   - no period after the URL.
 *   A whole website: APA prefers naming it in the text with its URL, without a reference entry;
 *   when an entry is required it takes the no-author form: the website's title, italic, in the
 *   author position, then the date and the retrieval statement.
 *
 * MLA 9 (library.piercecollege.edu/mla9/websites, pressbooks.nvcc.edu "Works Cited: Webpages",
 *   libguides.css.edu (MLA 9 web page; month abbreviations, MLA Handbook p. 295)):
 *   - a corporate author that is also the publisher is omitted, and a publisher whose name is the
 *     website's title is omitted: the entry starts with the page title;
 *   - "Title of Page." in quotation marks and title case, then the website, italic, as container;
 *   - date of the latest update as day, abbreviated month, year: "26 Nov. 2026" (Jan., Feb., Mar.,
 *     Apr., May, June, July, Aug., Sept., Oct., Nov., Dec.);
 *   - the URL without "http://" or "https://";
 *   - the optional access date, recommended for pages that change, last: "Accessed 1 Dec. 2026."
 *   A whole website: "Title of Website. Date, URL. Accessed …", the title italic.
 *
 * Chicago 17 (CMOS 14.12 access dates, 14.13 "last modified", 14.206–14.207 website content, as
 *   summarized by libguides.tru.ca/chicago/websites; CMOS Q&A on websites without an author,
 *   chicagomanualofstyle.org/qanda/data/faq/topics/Documentation/faq0135.html: the owner "may"
 *   stand in as author):
 *   - bibliography entry: the owner as author, then "Title of Page." in quotation marks and headline
 *     style; the website's title is not repeated when it is the owner's name (as in CMOS's example
 *     Yale University. "About Yale: Yale Facts." Accessed May 1, 2017. https://…);
 *   - "Last modified Month Day, Year." for a revision date;
 *   - an access date, where one is required, immediately before the URL;
 *   - the entry ends with a period after the URL.
 *
 * BibTeX: @misc, readable by classic BibTeX and biblatex. The group author in double braces so it is
 *   not split into first and last names at its comma; the title in double braces so styles keep its
 *   capitals; `url` and `urldate` (biblatex) plus `note = {Accessed …}` (classic styles ignore urldate).
 *   `urldate` must be an ISO date, so until the access date is known the entry has neither field,
 *   not even in the page's HTML: biblatex stops at `urldate = {[date accessed]}`. The reader's
 *   browser writes them in (src/citations/access.ts).
 *
 * Undated pages (glossary entries have no date of their own): APA writes "(n.d.)" in the date's
 *   place (Publication Manual 10.16, as summarized by library.ulethbridge.ca/apa7style/online/nodate);
 *   MLA leaves the optional date out; Chicago leaves out "Last modified" and keeps the access date
 *   (CMOS 14.12: an access date where no date of publication or revision can be found); BibTeX has
 *   no year or month.
 *
 * The address: the canonical URL when the build knows the site's address (src/site/origin.ts);
 *   otherwise the page's path, which the reader's browser replaces with the address it is at. The
 *   URL is a part of its own so the page can mark it for that.
 */

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';
export const citationStyles: readonly CitationStyle[] = ['apa', 'mla', 'chicago', 'bibtex'];

export const styleNames: Record<CitationStyle, string> = {
	apa: 'APA (7th edition)',
	mla: 'MLA (9th edition)',
	chicago: 'Chicago (17th edition, bibliography)',
	bibtex: 'BibTeX',
};

/** What a static page shows until the reader's browser (or the reader) supplies the date. */
export const ACCESS_DATE_PLACEHOLDER = '[date accessed]';

export interface CitationInput {
	/** One page of the site, or the site as a whole. */
	scope: 'page' | 'site';
	/** The page's title as the page shows it, in any capitalization (unused for the whole site). */
	title: string;
	/** The site's name: with no personal author, the group author and publisher. */
	siteName: string;
	/**
	 * The canonical, absolute URL of what is cited; or its path ("/chapter-5/overview/") when the
	 * build knows no address of its own, for the browser to complete.
	 */
	url: string;
	/** The last substantive update (front matter `updated`), a calendar date at 00:00 UTC; none for an undated page. */
	updated?: Date;
	/** The BibTeX citation key. */
	key: string;
	/** Names that keep their capitals in APA's sentence case (glossary terms, say). */
	properNouns?: readonly string[];
}

/**
 * Text (italic where a style wants italics); the slot for the reader's access date; the address,
 * as the style writes it; or the place of the fields that a citation has only once its access date
 * is known (BibTeX's urldate and note: bibtexAccessFields), which the page leaves empty.
 */
export type CitationPart = { text: string; italic?: boolean } | { accessDate: true } | { url: string } | { whenAccessed: true };

/** A closing period, unless the text already ends in one (or in "?" or "!", which replace it). */
const period = (text: string) => (/[.?!]$/.test(text) ? '' : '.');
/** Double quotation marks inside a quoted title become single ones. */
const innerQuotes = (text: string) =>
	text
		.replace(/“/g, '‘')
		.replace(/”/g, '’')
		.replace(/"([^"]*)"/g, '‘$1’');

function apa(c: CitationInput): CitationPart[] {
	const when = c.updated && ymd(c.updated);
	const date = when ? `(${when.y}, ${MONTHS[when.m]} ${when.d}).` : '(n.d.).';
	const retrieved: CitationPart[] = [
		{ text: ' Retrieved ' },
		{ accessDate: true },
		{ text: ', from ' },
		{ url: citationUrl('apa', c.url) },
	];
	if (c.scope === 'site') {
		return [{ text: c.siteName, italic: true }, { text: `${period(c.siteName)} ${date}` }, ...retrieved];
	}
	const title = sentenceCase(c.title, c.properNouns);
	return [{ text: `${c.siteName}${period(c.siteName)} ${date} ` }, { text: title, italic: true }, { text: period(title) }, ...retrieved];
}

function mla(c: CitationInput): CitationPart[] {
	const when = c.updated && ymd(c.updated);
	const date = when ? `${when.d} ${MLA_MONTHS[when.m]} ${when.y}, ` : '';
	const rest: CitationPart[] = [{ url: citationUrl('mla', c.url) }, { text: '. Accessed ' }, { accessDate: true }, { text: '.' }];
	if (c.scope === 'site') return [{ text: c.siteName, italic: true }, { text: `${period(c.siteName)} ${date}` }, ...rest];
	const title = innerQuotes(headlineCase(c.title, 'mla'));
	return [{ text: `“${title}${period(title)}” ` }, { text: c.siteName, italic: true }, { text: `, ${date}` }, ...rest];
}

function chicago(c: CitationInput): CitationPart[] {
	const owner = `${c.siteName}${period(c.siteName)}`;
	const title = innerQuotes(headlineCase(c.title, 'chicago'));
	const head = c.scope === 'site' ? owner : `${owner} “${title}${period(title)}”`;
	const when = c.updated && ymd(c.updated);
	const modified = when ? ` Last modified ${MONTHS[when.m]} ${when.d}, ${when.y}.` : '';
	return [
		{ text: `${head}${modified} Accessed ` },
		{ accessDate: true },
		{ text: '. ' },
		{ url: citationUrl('chicago', c.url) },
		{ text: '.' },
	];
}

/** Escapes TeX's special characters in a field value. */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (ch) =>
		ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\textasciitilde{}' : ch === '^' ? '\\textasciicircum{}' : `\\${ch}`,
	);
}

function bibtex(c: CitationInput): CitationPart[] {
	const title = c.scope === 'site' ? c.siteName : c.title;
	const when = c.updated && ymd(c.updated);
	const date = when ? [`  year = {${when.y}},`, `  month = ${BIBTEX_MONTHS[when.m]},`] : [];
	return [
		{
			text: [
				`@misc{${c.key},`,
				`  author = {{${bibtexEscape(c.siteName)}}},`,
				`  title = {{${bibtexEscape(title)}}},`,
				...date,
				'  url = {',
			].join('\n'),
		},
		{ url: citationUrl('bibtex', c.url) },
		{ text: '},\n' },
		{ whenAccessed: true },
		{ text: '}' },
	];
}

const builders: Record<CitationStyle, (c: CitationInput) => CitationPart[]> = { apa, mla, chicago, bibtex };

/**
 * The citation in one style, as parts: text runs (some italic), the address, and access-date slots.
 * The title's no-break spaces ("chapter 5", src/schemas/numbered-names.ts) keep a heading whole on
 * the page; a reference list sets its own lines, and BibTeX writes one with "~", so a citation
 * gives plain spaces, as reference managers do.
 */
export function citationParts(style: CitationStyle, input: CitationInput): CitationPart[] {
	return builders[style]({ ...input, title: input.title.replaceAll('\u00a0', ' ') });
}

/**
 * Plain text of a citation. Without `accessed`, the access date reads "[date accessed]" and the
 * parts that need a real date are left out.
 */
export function citationText(style: CitationStyle, input: CitationInput, accessed?: Date): string {
	const date = accessed ? formatCitationDate(style, accessed) : ACCESS_DATE_PLACEHOLDER;
	return citationParts(style, input)
		.map((p) =>
			'accessDate' in p ? date : 'url' in p ? p.url : 'whenAccessed' in p ? (accessed ? bibtexAccessFields(accessed) : '') : p.text,
		)
		.join('');
}

/** A BibTeX key: the site's name and the page's last path segment, e.g. "governing-…-explained:overview". */
export function bibtexKey(siteName: string, pagePath?: string): string {
	const slug = (s: string) =>
		s
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
	const page = pagePath?.split('/').filter(Boolean).at(-1);
	return page ? `${slug(siteName)}:${slug(page)}` : slug(siteName);
}
