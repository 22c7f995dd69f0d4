import { kindLabels, resultTypes, type ResultType } from '../site/labels';

export { resultTypes, type ResultType };

export const isResultType = (value: unknown): value is ResultType => resultTypes.includes(value as ResultType);

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
	'.prov-label', // "The book" / "The analysis" badge before every passage
	'.source-refs', // "Sources: …" after a passage
	'.source-list', // the reference list at the foot of a page
	'.cmp-refs', // a table row's source numbers, "[1, 3]"
	'.cmp-sources', // the list of a table's sources under it
	'.note-label', // "1. Update"
	'.term-card', // hover cards
	'.event-kind', // "In force" after each timeline date
];
