import { formatCitationDate } from './dates';

/**
 * The BibTeX fields that need the reader's access date: biblatex's `urldate`, which must be an ISO
 * date, and `note = {Accessed …}` for classic styles, which ignore urldate. Until the date is known a
 * citation has neither, and the page's HTML holds neither (biblatex stops at
 * `urldate = {[date accessed]}`): "Cite this" adds them in the reader's browser. Apart from
 * format.ts so that script need not load the citation builders.
 */
export function bibtexAccessFields(accessed: Date): string {
	const date = formatCitationDate('bibtex', accessed);
	return `  urldate = {${date}},\n  note = {Accessed ${date}},\n`;
}
