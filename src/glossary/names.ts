import type { GlossaryTerm } from '../schemas/glossary';

// A glossary term's names, one function per use. Each use wants a different list (the linker
// finds Chinese names too, "Cite this" only English ones, search also the variant renderings), so
// each list is named for what it is for rather than left to be rebuilt wherever it is needed.

/** How a term is titled where it stands alone (a card, a printed list, a citation): "Cyberspace Administration of China (CAC)". */
export const displayTitle = (t: Pick<GlossaryTerm, 'term' | 'abbr'>): string => (t.abbr ? `${t.term} (${t.abbr})` : t.term);

/**
 * Orders terms A–Z as an index files titles: by their first word after a leading article, so "An
 * Introduction to General Secretary Xi Jinping's …" stands under I, not first of all under A.
 */
export const byFilingName = (a: string, b: string): number => filingName(a).localeCompare(filingName(b), 'en');
const filingName = (term: string): string => term.replace(/^(?:an?|the)\s+/i, '');

/** One name by which the term linker finds a term in prose, with the front-matter field it comes from. */
export interface LinkName {
	text: string;
	/** Abbreviations and Chinese names match exactly; English names ignore case. */
	caseSensitive: boolean;
	/** Where the name is written in the front matter, e.g. ['aliases', 2]: for error messages. */
	field: (string | number)[];
}

/** Every name the term linker looks for in prose: display term, abbreviation, aliases and Chinese names. */
export function namesForLinking(t: GlossaryTerm): LinkName[] {
	return [
		{ text: t.term, caseSensitive: false, field: ['term'] },
		...(t.abbr ? [{ text: t.abbr, caseSensitive: true, field: ['abbr'] }] : []),
		...t.aliases.map((text, i) => ({ text, caseSensitive: false, field: ['aliases', i] })),
		...(t.zh ? [{ text: t.zh, caseSensitive: true, field: ['zh'] }] : []),
		...t.zhAliases.map((text, i) => ({ text, caseSensitive: true, field: ['zhAliases', i] })),
	];
}

/** The names APA's sentence case in "Cite this" must leave capitalized: term, abbreviation and aliases. */
export const namesForCiteCasing = (t: Pick<GlossaryTerm, 'term' | 'abbr' | 'aliases'>): string[] => [
	t.term,
	...(t.abbr ? [t.abbr] : []),
	...t.aliases,
];

/** The English names a reader may type into search: term, abbreviation, aliases and variant renderings, each once. */
export const namesForSearch = (t: Pick<GlossaryTerm, 'term' | 'abbr' | 'aliases' | 'variants'>): string[] =>
	[...new Set([t.term, t.abbr, ...t.aliases, ...t.variants.map((v) => v.text)])].filter((n): n is string => Boolean(n));

/** The other names /glossary.json and its JSON-LD list (alternateName): English aliases, then Chinese ones. */
export const otherNamesForExport = (t: Pick<GlossaryTerm, 'aliases' | 'zhAliases'>): string[] => [...t.aliases, ...t.zhAliases];
