/**
 * The site's convention for numbers that belong to a word: "chapter 5", "Article 59", "sections 2
 * to 4" are joined by no-break spaces, so no line ends with "chapter" or breaks a range (seen in a
 * heading, "Overview: chapter / 5 and the analysis", and "sections 2 to / 4."), as dates are
 * (src/site/dates.ts).
 * Content strings get it through `typeset` (prose-text.ts), MDX bodies through
 * src/markdown/rehype-numbered-names.ts, and labels the code writes ("Chapter 5 · …") call it.
 * A module of its own, with no imports: browser code may use it without the quote library.
 */
// A number may end in a capital, as in "section 70B".
const numberedName = /\b(chapters?|sections?|articles?|paragraphs?)\s(\d+[A-Z]?)(?:\s(to|and|or)\s(\d+[A-Z]?))?\b/gi;

/** "chapter 5" → "chapter\u00a05"; a range is one unit: "Articles 51 to 53" → "Articles\u00a051\u00a0to\u00a053". */
export function keepNumbersWithNames(text: string): string {
	return text.replace(numberedName, (_, name: string, first: string, joiner?: string, last?: string) =>
		joiner ? `${name}\u00a0${first}\u00a0${joiner}\u00a0${last}` : `${name}\u00a0${first}`,
	);
}
