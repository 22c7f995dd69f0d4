import { kindLabels, resultTypes, type ResultType } from '../site/labels';

export { resultTypes, type ResultType };

export const isResultType = (value: unknown): value is ResultType => resultTypes.includes(value as ResultType);

/** Site paths without the base: "/glossary/cac/", "/timeline/", "/chapter-5/overview/". */
export function resultTypeOf(path: string): ResultType {
	if (/^\/glossary\/[^/]+\/$/.test(path)) return 'glossary';
	if (path === '/timeline/') return 'timeline';
	if (path === '/compare/') return 'compare';
	return 'section';
}

/** Separates a glossary entry's names in its `names` metadata; Pagefind drops it when splitting words. */
export const NAME_SEPARATOR = ' | ';

export type TermKind = keyof typeof kindLabels;
export const termKindIds = Object.keys(kindLabels) as TermKind[];
export const isTermKind = (value: unknown): value is TermKind => termKindIds.includes(value as TermKind);

/**
 * Parts of indexed pages that are chrome, not content: left out of the index (and of on-page
 * highlighting) so excerpts read as prose. Templates mark most chrome with data-pagefind-ignore;
 * these selectors cover shared components the search code does not own.
 */
export const indexExclude = [
	'[data-pagefind-ignore]',
	'[hidden]', // shown only when something happens ("the passage you followed has moved"), never content
	'.eyebrow', // "Glossary · Law", "Chapter 5 · … · Book section 4"
	'.updated', // "Last updated …"
	'.reading-time', // "About 17 minutes to read" beside "In brief"
	'.prov-label', // "The book" / "The analysis" badge before every passage
	'.source-refs', // "Sources: …" after a passage
	'.source-list', // the reference list at the foot of a page
	'.cmp-refs', // a table row's source numbers, "[1, 3]"
	'.compare-refs', // the same in a /compare/ cell and status line
	'.cmp-sources', // the list of a table's sources under it
	'.compare-sources', // the same under a /compare/ table
	'.note-label', // "1. Update"
	'.term-card', // hover cards
	'.event-kind', // "In force" after each timeline date
	'.mark-pill', // "The book", "The analysis" after the date of the book's and the analysis' publication
	'.note-back', // "↑ Back to the text at note 1" at the foot of a note: a link, not content
	'.cmp-label', // a table cell's column name, printed in every cell for the narrow layout
];

/**
 * The id of an empty marker the indexer puts where a <section> ends (src/integrations/search-index.ts),
 * so search knows that the text after it no longer belongs to the section's heading: a glossary
 * entry's "Key facts" end where its prose begins. It is never on a published page and never linked.
 */
export const SECTION_END = 'search-section-end';

/**
 * The empty elements that carry a paragraph's id in the index (src/integrations/search-index.ts):
 * one for a passage of the book, the analysis or the site's context, one for the page's own
 * apparatus (key takeaways, questions for discussion), where a result lands only for want of a
 * passage.
 */
export const PASSAGE_MARKER = 'i';
export const APPARATUS_MARKER = 'b';

/**
 * A /compare/ table's rows in the index (src/integrations/search-index.ts): each row's question
 * ("How fast", "Who receives the report") wrapped in an element carrying the row's id, so its
 * anchor's text is the question; and an empty element with the table's id before each table, so
 * search knows which rows are one table's. A question that asks what a row asks lands on the row
 * (src/search/passages.ts, askedRow).
 */
export const ROW_MARKER = 'u';
export const TABLE_MARKER = 's';
