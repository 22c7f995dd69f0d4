/**
 * Minutes a page takes to read, from its MDX source: the words of its running text and of its
 * components' text props (a comparison row's cells are written as attributes), at 200 words a
 * minute (a careful reader of dense policy prose, not a skimmer), and never less than a minute.
 * Markdown syntax, imports, expressions and attributes that hold only ids (sources="a b") are not
 * read. Chinese counts a word per two characters, as a rough equivalent.
 */
export const WORDS_PER_MINUTE = 200;

const idsOnly = /^[a-z0-9-]+(?:\s+[a-z0-9-]+)*$/;

export function readingMinutes(mdx: string): number {
	const text = mdx
		.replace(/^(?:import|export)\s.*$/gm, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/<[^>]*>/g, (tag) =>
			[...tag.matchAll(/\w+="([^"]*)"/g)]
				.map((m) => m[1]!)
				.filter((value) => !idsOnly.test(value.trim()))
				.join(' '),
		)
		.replace(/[#>*_`|[\]()-]+/g, ' ');
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	const words = text
		.replace(/\p{Script=Han}/gu, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	return Math.max(1, Math.round((words + han / 2) / WORDS_PER_MINUTE));
}
