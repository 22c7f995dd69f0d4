import type { SitePage } from '../site/site-pages';
import { stem, tokenize, type Token } from './query';

/**
 * The site's own pages a query names by the words readers use for them (src/site/site-pages.ts):
 * "sources", "where are the sources", "lesson plans for teachers", "how to cite this site". Full-text
 * search cannot find these pages, which it does not index, and found entries that merely share a
 * word ("lesson plan" opened MIIT's entry).
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

const wordsOf = (tokens: Token[]): Word[] => tokens.map((t) => ({ norm: stem(t.norm), stop: t.stop })).filter((w) => !FRAMING.has(w.norm));

/** A phrase's words that must be typed: its question words are optional ("what’s new" is "new"), unless it is all question words ("who’s who", "about"). */
const telling = (words: Word[]): Word[] => (words.some((w) => !w.stop) ? words.filter((w) => !w.stop) : words);

const phraseCache = new WeakMap<string[], Word[][]>();
const phrasesOf = (askedAs: string[]): Word[][] => {
	let phrases = phraseCache.get(askedAs);
	if (!phrases) phraseCache.set(askedAs, (phrases = askedAs.map((p) => telling(wordsOf(tokenize(p)))).filter((p) => p.length > 0)));
	return phrases;
};

/**
 * The pages a query names: a page is named when the query holds one of its phrases, word for word
 * (plurals aside), and every other word of the query is a question word or frames the site.
 * A query in Chinese, or with a word the page's phrases lack ("sources of the PIPL"), names none.
 * When every phrase found is one of a heading's ("how to cite this site"), the page is given with
 * that heading's id, so the result lands on it.
 */
export function sitePagesNamed(tokens: Token[], pages: SitePage[]): SitePage[] {
	if (tokens.some((t) => t.han)) return [];
	const words = wordsOf(tokens);
	if (words.length === 0) return [];
	return pages.flatMap((page) => {
		const groups: [string | undefined, string[]][] = [[undefined, page.askedAs], ...Object.entries(page.askedAsAt ?? {})];
		// For each word of the query, the groups (the page, or a heading of it) whose phrases hold it.
		const holders = words.map(() => new Set<string | undefined>());
		for (const [at, askedAs] of groups)
			for (const phrase of phrasesOf(askedAs))
				for (let i = 0; i + phrase.length <= words.length; i++)
					if (phrase.every((w, k) => w.norm === words[i + k]!.norm)) phrase.forEach((_, k) => holders[i + k]!.add(at));
		if (!words.every((w, i) => holders[i]!.size > 0 || w.stop)) return [];
		const found = holders.filter((h) => h.size > 0);
		if (found.length === 0) return [];
		const part = Object.keys(page.askedAsAt ?? {}).find((id) => found.every((h) => h.has(id)));
		return [part ? { ...page, path: `${page.path}#${part}` } : page];
	});
}

/** The words of the pages' phrases, so "Did you mean" corrects "bibliografy" and never corrects "syllabus". */
export const sitePageWords = (pages: SitePage[]): string[] =>
	tokenize(pages.flatMap((p) => [...p.askedAs, ...Object.values(p.askedAsAt ?? {}).flat()]).join(' '))
		.filter((t) => !t.stop && !t.han && /^\p{L}{4,}$/u.test(t.norm))
		.map((t) => t.norm);
