/**
 * Orders a page's sub-results (its headings and timeline events) by how many of the query's
 * words each one matches, its title counting double. Pagefind lists them in page order, so on
 * the long timeline "Cybersecurity Law in force" would otherwise show the three earliest events
 * that merely mention "law". Ties keep page order.
 */

const normalize = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function queryWords(query: string): string[] {
	return [...new Set(query.split(/\s+/).map(normalize).filter(Boolean))];
}

const words = (text: string) => text.split(/\s+/).map(normalize).filter(Boolean);
const marked = (excerpt: string) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => words(m[1] ?? ''));
// Pagefind matches a word by its start; Chinese (no spaces) anywhere in a run.
const matches = (word: string, term: string) => word.startsWith(term) || (/\p{Script=Han}/u.test(term) && word.includes(term));

/** Comparable form of a whole query or name: case, spacing, quotes and punctuation ignored. */
export const normalizeName = (text: string) => queryWords(text).join(' ');

/**
 * Glossary entries whose name is exactly the query come first (stable otherwise). Metadata
 * weighting already ranks them high; this settles ties such as "critical information
 * infrastructure", which is both an entry's name and most of another's.
 */
export function promoteExactNames<T extends { names: string[] }>(hits: T[], query: string): T[] {
	const q = normalizeName(query);
	if (!q) return hits;
	const exact = hits.filter((h) => h.names.some((n) => normalizeName(n) === q));
	return [...exact, ...hits.filter((h) => !exact.includes(h))];
}

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
