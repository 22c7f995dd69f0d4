/**
 * Text set into drawings at build time (the who's-who map, the timeline strip): no browser measures
 * it, so each drawing sizes its boxes from a character count and a generous average glyph width.
 */

/** Words into lines of at most `max` characters; a longer word breaks after a hyphen or slash if it has one, else keeps a line of its own. */
export function wrapLabel(text: string, max: number): string[] {
	const lines: string[] = [];
	const words = text.split(/\s+/).flatMap((w) => (w.length > max ? w.split(/(?<=[-/])/) : [w]));
	for (const word of words) {
		const last = lines.at(-1);
		const joined = last?.match(/[-/]$/) ? `${last}${word}` : `${last} ${word}`;
		if (last !== undefined && joined.length <= max) lines[lines.length - 1] = joined;
		else lines.push(word);
	}
	return lines;
}
