/**
 * Which files of a Fontsource font package a text needs. Fontsource splits each font the way
 * Google Fonts serves it: a Chinese font into about a hundred files of a few hundred characters
 * each, and lists every file's CSS unicode-range in the package's unicode.json. Loading only the
 * files a text touches keeps the share images' build fast (src/data/share-image.ts).
 */

/** The code point ranges of a CSS unicode-range: "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
export function parseUnicodeRange(range: string): [number, number][] {
	return range.split(',').map((part) => {
		const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
		if (!match) throw new Error(`"${part}" is not a unicode-range part (U+XXXX or U+XXXX-YYYY)`);
		const from = parseInt(match[1]!, 16);
		return [from, match[2] ? parseInt(match[2], 16) : from];
	});
}

const parsed = new WeakMap<Record<string, string>, { name: string; ranges: [number, number][] }[]>();

/** A unicode.json's ranges, parsed once per object: the share cards check every card's text against the same one. */
function parsedRanges(unicodeRanges: Record<string, string>): { name: string; ranges: [number, number][] }[] {
	let ranges = parsed.get(unicodeRanges);
	if (!ranges) {
		ranges = Object.entries(unicodeRanges).map(([name, range]) => ({ name, ranges: parseUnicodeRange(range) }));
		parsed.set(unicodeRanges, ranges);
	}
	return ranges;
}

/**
 * The subsets (unicode.json's keys, in its order) whose ranges hold a character of `text`, and the
 * characters none of them holds. White space needs no glyph.
 */
export function subsetsFor(unicodeRanges: Record<string, string>, text: string): { subsets: string[]; missing: string[] } {
	const ranges = parsedRanges(unicodeRanges);
	const used = new Set<string>();
	const missing = new Set<string>();
	for (const char of new Set(text.replace(/\s/g, ''))) {
		const cp = char.codePointAt(0)!;
		const subset = ranges.find((s) => s.ranges.some(([from, to]) => cp >= from && cp <= to));
		if (subset) used.add(subset.name);
		else missing.add(char);
	}
	return { subsets: ranges.map((s) => s.name).filter((name) => used.has(name)), missing: [...missing] };
}
