import type { GlossaryTerm } from '../schemas/glossary';
import type { SitePage } from '../site/site-pages';
import { namesForSearch } from '../glossary/names';
import { hanSearchParts } from './cjk';
import { NAME_SEPARATOR, type TermKind } from './model';
import { normWord } from './query';

/**
 * Every name a reader may type for a glossary entry: term, abbreviation, aliases, variant
 * renderings, the Chinese name and short forms, plus the inner parts of the Chinese names.
 * The glossary page puts this in Pagefind metadata (an attribute, not page text), so it is
 * searchable and ranked by `metaWeights.names` but never shown in an excerpt or read aloud.
 */
export function searchNames(t: Pick<GlossaryTerm, 'term' | 'abbr' | 'aliases' | 'zh' | 'zhAliases' | 'variants'>): string {
	const zh = [t.zh, ...t.zhAliases].filter((n): n is string => Boolean(n));
	const names = new Set([...namesForSearch(t), ...zh, ...hanSearchParts(zh).split(' ').filter(Boolean)]);
	return [...names].join(NAME_SEPARATOR);
}

/**
 * The names index (/search-names.json): one small file, built with the site, that the search
 * loads with its interface, before Pagefind. It answers as the reader types (instant answers,
 * "Did you mean …?", topics the site does not cover) and tells the ranking which glossary entry
 * a query names.
 */
export interface NameEntry {
	id: string;
	term: string;
	abbr?: string;
	kind: TermKind;
	/** The card definition. */
	short: string;
	/** English names: term, abbreviation, aliases and variant renderings. */
	names: string[];
	/**
	 * The Chinese name and short forms, each with its toneless pinyin syllables, a space between
	 * syllables and "|" between words ("guo jia|wang xin ban"): see pinyinWords.
	 */
	zh: { text: string; pinyin: string }[];
	/** The Chinese name's pinyin with tone marks, as the entry shows it. */
	pinyin?: string;
	/** What readers call the entry when they ask for it alone ("the book"): see the glossary schema. */
	askedAs?: string[];
	/** The values of the rule's key facts (content/facts.yaml): "1 hour", "up to RMB 10 million". */
	facts?: string[];
	/** For a rule that another replaced: that rule's id. Search prefers the rule in force, all else equal. */
	replacedBy?: string;
}

export interface NamesIndex {
	/** How many pages the full-text index holds: the base of how telling a word is. */
	pages: number;
	entries: NameEntry[];
	/**
	 * Words of the site's headings that the entries' names and definitions do not use. With those
	 * (wordsOfEntries), what "Did you mean" corrects a typo to.
	 */
	words: string[];
	/**
	 * Pagefind's result id → the page it is (a site path without the base) and, but for a glossary
	 * entry, its title. Added once the index is written (src/integrations/pagefind.ts).
	 */
	results?: Record<string, { path: string; title?: string }>;
	/**
	 * The words of the analysis' author's name, lower case ("dakota", "cary"): a query that names
	 * him asks what the analysis says, which the chapter pages give in his own passages.
	 */
	analysisAuthor: string[];
	/**
	 * Each section of the book's chapters that the site explains, and where it is covered: the page
	 * of that section, or the passage that names a section with no page of its own.
	 */
	bookSections: { chapter: number; section: number; path: string }[];
	/** The site's own pages that Pagefind does not index, with the words readers use for them (src/site/site-pages.ts). */
	sitePages: SitePage[];
}

export function nameEntryOf(id: string, t: GlossaryTerm, facts: string[] = []): NameEntry {
	return {
		id,
		term: t.term,
		...(t.abbr && { abbr: t.abbr }),
		kind: t.kind,
		short: t.short,
		names: namesForSearch(t),
		zh: t.chineseNames.map((n) => ({ text: n.text, pinyin: wordsJoined(n.syllables, n.words) })),
		...(t.pinyin && { pinyin: t.pinyin }),
		...(t.askedAs.length > 0 && { askedAs: t.askedAs }),
		...(facts.length > 0 && { facts }),
		...(t.status?.replacedBy && { replacedBy: t.status.replacedBy }),
	};
}

/** Syllables with their words marked ("guo jia|wang xin ban"); all one word where the words do not cover every syllable. */
function wordsJoined(syllables: string[], words: number[]): string {
	if (words.reduce((a, b) => a + b, 0) !== syllables.length) return syllables.join(' ');
	let at = 0;
	return words.map((n) => syllables.slice(at, (at += n)).join(' ')).join('|');
}

/** A Chinese name's toneless pinyin from the names index, word by word: "guo jia|wang xin ban" → [["guo", "jia"], ["wang", "xin", "ban"]]. */
export const pinyinWords = (pinyin: string): string[][] => pinyin.split('|').map((word) => word.split(' '));

/** The distinct words of some texts, lower case, four letters or more: the vocabulary for typo suggestions. */
export function vocabularyOf(texts: Iterable<string>): string[] {
	const words = new Set<string>();
	for (const text of texts) for (const w of text.split(/[^\p{L}]+/u)) if (/^\p{Script=Latin}{4,}$/u.test(w)) words.add(normWord(w));
	return [...words].sort();
}

/**
 * The names the site's text writes that no entry or heading holds: places, schools and people
 * ("Xidian", "Huazhong", "Linkonggang"). Readers misspell these most, being foreign words to
 * them, and a misspelt one matched nothing, so "Did you mean" corrects to them too. A name is a
 * word written with a capital inside a sentence and never in lower case; a capital after a
 * sentence's end or at a line's start ("Whatever…") says nothing. Texts are Markdown or MDX
 * bodies: tags and link addresses are left out.
 */
export function namesInText(texts: Iterable<string>): string[] {
	const capitalised = new Set<string>();
	const lower = new Set<string>();
	for (const body of texts) {
		const text = body.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
		for (const { 0: w, index } of text.matchAll(/\p{L}+/gu)) {
			if (!/^\p{Script=Latin}{4,}$/u.test(w)) continue;
			if (!/^\p{Lu}/u.test(w)) lower.add(normWord(w));
			// What stands before it, past spaces, quotes and brackets: a letter, digit or comma is mid-sentence.
			else if (/[\p{L}\p{N},;]$/u.test(text.slice(Math.max(0, index - 40), index).replace(/[\s"“‘'([*_]+$/u, '')))
				capitalised.add(normWord(w));
		}
	}
	return [...capitalised].filter((w) => !lower.has(w)).sort();
}

/** The vocabulary the entries themselves carry: their names and definitions. */
export const wordsOfEntries = (entries: NameEntry[]): string[] => vocabularyOf(entries.flatMap((e) => [...e.names, e.short]));
