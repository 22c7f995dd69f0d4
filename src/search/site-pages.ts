import type { SitePage } from '../site/site-pages';
import type { NameEntry } from './names';
import { stem, tokenize, type Token } from './query';

/**
 * The site's own pages a query names by the words readers use for them (src/site/site-pages.ts):
 * "sources", "where are the sources", "lesson plans for teachers", "how to cite this site". Full-text
 * search cannot find these pages, which it does not index, and found entries that merely share a
 * word ("lesson plan" opened MIIT's entry). Glossary entries readers call by a word that is not
 * their name ("the book") are asked for the same way.
 */

/** Words that say where to look, not what for: "this site", "the page". */
const FRAMING = new Set(
	['the', 'a', 'an', 'this', 'site', 'website', 'web', 'page', 'here', 'your', 'our', 'of', 'on']
		// "Where can I find …", "I want to see …", "looking for …".
		.concat(['find', 'see', 'view', 'open', 'show', 'look', 'looking', 'want', 'need']),
);

interface Word {
	norm: string;
	stop: boolean;
}

/** A chapter's number says which chapter, not what is asked for: "print chapter 5" asks for "print chapter". */
const chapterNumber = (tokens: Token[], i: number) => /^\d+$/.test(tokens[i]!.norm) && tokens[i - 1]?.norm === 'chapter';
const wordsOf = (tokens: Token[]): Word[] =>
	tokens
		.filter((_, i) => !chapterNumber(tokens, i))
		.map((t) => ({ norm: stem(t.norm), stop: t.stop }))
		.filter((w) => !FRAMING.has(w.norm));

/** A phrase's words that must be typed: its question words are optional ("what’s new" is "new"), unless it is all question words ("who’s who", "about"). */
const telling = (words: Word[]): Word[] => (words.some((w) => !w.stop) ? words.filter((w) => !w.stop) : words);

const phraseCache = new WeakMap<string[], Word[][]>();
const phrasesOf = (askedAs: string[]): Word[][] => {
	let phrases = phraseCache.get(askedAs);
	if (!phrases) phraseCache.set(askedAs, (phrases = askedAs.map((p) => telling(wordsOf(tokenize(p)))).filter((p) => p.length > 0)));
	return phrases;
};

/** Anything readers ask for by phrases of their own: a site page, a heading of it, a glossary entry. */
interface Asked {
	askedAs: string[];
	askedAsAt?: Record<string, string[]>;
}

/**
 * Whether a query asks for `item`: it holds one of the item's phrases, word for word (plurals
 * aside), and every other word of the query is a question word or frames the site. A query in
 * Chinese, or with a word the phrases lack ("sources of the PIPL"), asks for nothing. Gives the
 * heading whose phrases hold every phrase found ("how to cite this site"), if there is one.
 */
function askedFor(words: Word[], item: Asked): { at?: string } | undefined {
	const groups: [string | undefined, string[]][] = [[undefined, item.askedAs], ...Object.entries(item.askedAsAt ?? {})];
	// For each word of the query, the groups (the item, or a heading of it) whose phrases hold it.
	const holders = words.map(() => new Set<string | undefined>());
	// A phrase's telling words (see telling) are matched in the query's, whatever question and stop
	// words come between them ("handouts for students" in "handout for my students"); a phrase of
	// question words only ("who's who") in the query as typed.
	const all = words.map((_, i) => i);
	const meaningful = all.filter((i) => !words[i]!.stop);
	for (const [at, askedAs] of groups)
		for (const phrase of phrasesOf(askedAs)) {
			const places = phrase.some((w) => !w.stop) ? meaningful : all;
			for (let i = 0; i + phrase.length <= places.length; i++)
				if (phrase.every((w, k) => w.norm === words[places[i + k]!]!.norm)) phrase.forEach((_, k) => holders[places[i + k]!]!.add(at));
		}
	if (!words.every((w, i) => holders[i]!.size > 0 || w.stop)) return undefined;
	const found = holders.filter((h) => h.size > 0);
	if (found.length === 0) return undefined;
	const at = Object.keys(item.askedAsAt ?? {}).find((id) => found.every((h) => h.has(id)));
	return at ? { at } : {};
}

/** The query's words, or none for a query in Chinese. */
const askingWords = (tokens: Token[]): Word[] => (tokens.some((t) => t.han) ? [] : wordsOf(tokens));

/**
 * The pages a query names (see `askedFor`). A page named at a heading is given with that heading's
 * id, so the result lands on it.
 */
export function sitePagesNamed(tokens: Token[], pages: SitePage[]): SitePage[] {
	const words = askingWords(tokens);
	if (words.length === 0) return [];
	return pages.flatMap((page) => {
		const asked = askedFor(words, page);
		if (!asked) return [];
		return [asked.at ? { ...page, path: `${page.path}#${asked.at}` } : page];
	});
}

/**
 * The glossary entries a query asks for by what readers call them, not by a name ("the book", "who
 * wrote the book": the CAC's book, whose names never say "book").
 */
export function entriesAskedFor(tokens: Token[], entries: NameEntry[]): NameEntry[] {
	const words = askingWords(tokens);
	if (words.length === 0) return [];
	return entries.filter((e) => e.askedAs && askedFor(words, { askedAs: e.askedAs }));
}

/** The words of the pages' phrases, so "Did you mean" corrects "bibliografy" and never corrects "syllabus". */
export const sitePageWords = (pages: SitePage[]): string[] =>
	tokenize(pages.flatMap((p) => [...p.askedAs, ...Object.values(p.askedAsAt ?? {}).flat()]).join(' '))
		.filter((t) => !t.stop && !t.han && /^\p{L}{4,}$/u.test(t.norm))
		.map((t) => t.norm);
