import { normWord, queryWords } from './query';

/**
 * Orders a page's sub-results (its headings and timeline events) by how many of the query's
 * words each one matches, its title counting double. Pagefind lists them in page order, so on
 * the long timeline "Cybersecurity Law in force" would otherwise show the three earliest events
 * that merely mention "law". Ties keep page order.
 */

const words = (text: string) =>
	text
		.split(/\s+/)
		.map((w) => normWord(w).replace(/[^\p{L}\p{N}]/gu, ''))
		.filter(Boolean);
const marked = (excerpt: string) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => words(m[1] ?? ''));
// Pagefind matches a word by its start; Chinese (no spaces) anywhere in a run.
const matches = (word: string, term: string) => word.startsWith(term) || (/\p{Script=Han}/u.test(term) && word.includes(term));

export function rankSubResults<T extends { title: string; excerpt: string }>(subs: T[], query: string): T[] {
	const terms = queryWords(query);
	const score = (sub: T) => {
		const inTitle = words(sub.title);
		const inExcerpt = marked(sub.excerpt);
		return terms.reduce((sum, t) => sum + (inTitle.some((w) => matches(w, t)) ? 2 : inExcerpt.some((w) => matches(w, t)) ? 1 : 0), 0);
	};
	return subs
		.map((sub, i) => ({ sub, i, s: score(sub) }))
		.sort((a, b) => b.s - a.s || a.i - b.i)
		.map(({ sub }) => sub);
}
