/**
 * Chinese on English pages. The index is built as English (one language, one index), so Pagefind
 * keeps each unbroken run of Han characters as a single word and matches words only by prefix:
 * 网络安全等级保护制度 is found by 网络安全 but not by 等级保护. Indexing every suffix of a run
 * (络安全…, 安全…, 等级保护制度, …) makes any inner part a prefix of some indexed word.
 * tests/unit/search-query.test.ts and tests/browser/search.test.ts find inner parts this way; used at build time by the Pagefind integration
 * and the glossary pages.
 */

const HAN_RUN = /\p{Script=Han}{2,}/gu;
const HAN = /\p{Script=Han}/u;

/** Prefix matching only needs a suffix as long as the longest inner part anyone would type. */
const MAX_SUFFIX = 16;

export const hasHan = (text: string): boolean => HAN.test(text);

/** Runs of two or more Han characters; punctuation such as 、《》 ends a run. */
export function hanRuns(text: string): string[] {
	return text.match(HAN_RUN) ?? [];
}

/** The proper suffixes of a run that are at least two characters long, each cut to MAX_SUFFIX. */
export function hanSuffixes(run: string): string[] {
	const chars = [...run];
	const out: string[] = [];
	for (let i = 1; i <= chars.length - 2; i++) out.push(chars.slice(i, i + MAX_SUFFIX).join(''));
	return out;
}

/** Every run in the texts plus all their suffixes, without duplicates, space-separated. */
export function hanSearchParts(texts: Iterable<string>): string {
	const parts = new Set<string>();
	for (const text of texts) {
		for (const run of hanRuns(text)) {
			parts.add(run);
			for (const suffix of hanSuffixes(run)) parts.add(suffix);
		}
	}
	return [...parts].join(' ');
}
