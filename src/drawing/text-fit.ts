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

/**
 * What joins line `i` to the line before it when the lines are read as one text: the space
 * wrapLabel broke at, or nothing after the hyphen or slash it broke after. A drawing writes it
 * between its lines' <tspan>s: without it a screen reader and a copy run the words together
 * ("CentralCyberspaceAffairsCommission"), and axe finds a link's text missing from its name.
 * Between the spans it falls at the end of a line drawn from the start, where it shows nothing.
 */
export function gapBefore(lines: readonly string[], i: number): string {
	return i === 0 || /[-/]$/.test(lines[i - 1]!) ? '' : ' ';
}

/** Wrapped lines read again as the one text they came from. */
export function unwrap(lines: readonly string[]): string {
	return lines.map((line, i) => gapBefore(lines, i) + line).join('');
}
