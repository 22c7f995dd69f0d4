/**
 * Dates as the citation styles write them. Apart from src/citations/format.ts so that "Cite this"
 * can fill in the reader's access date without loading the citation builders.
 */

/** Each style's name for a citation; the same union as CitationStyle in citations.ts. */
type DateStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
export const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const ymd = (d: Date) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() });

/** A date as each style writes it: "December 1, 2026", "1 Dec. 2026", "2026-12-01". */
export function formatCitationDate(style: DateStyle, date: Date): string {
	const { y, m, d } = ymd(date);
	if (style === 'mla') return `${d} ${MLA_MONTHS[m]} ${y}`;
	if (style === 'bibtex') return date.toISOString().slice(0, 10);
	return `${MONTHS[m]} ${d}, ${y}`;
}

/** Today in the reader's time zone, as a calendar date at 00:00 UTC like front-matter dates. */
export const calendarDate = (now: Date) => new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
