// One reading of HTML character references, for the two places that meet them outside a parser:
// search excerpts (Pagefind writes entity-encoded text) and the content check, which must see a
// scheme hidden behind references (`&#106;avascript:`) as the browser would.

/** The named references Pagefind writes, the common ones, and those a URL scheme can hide behind. */
const named: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	colon: ':',
	Tab: '\t',
	NewLine: '\n',
};

const fromCodePoint = (code: number, raw: string) =>
	code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : raw;

/**
 * Decodes character references once, in a single pass, so "&amp;lt;" becomes the text "&lt;",
 * never "<". Numeric references need no closing ";", as in browsers; an unknown name, or a code
 * point no character has, stays as written. Use the result as text, never as HTML.
 */
export function decodeEntities(html: string): string {
	return html.replace(/&(?:#(\d+);?|#[xX]([\da-fA-F]+);?|([a-zA-Z]+);)/g, (raw, dec?: string, hex?: string, name?: string) => {
		if (dec) return fromCodePoint(Number.parseInt(dec, 10), raw);
		if (hex) return fromCodePoint(Number.parseInt(hex, 16), raw);
		return named[name!] ?? raw;
	});
}
