/**
 * A search excerpt as parts to render as text: Pagefind's excerpts are HTML (entity-encoded text
 * with <mark> around matches), and the index is built from content many people edit. Parsing
 * them here, instead of setting them as HTML, means only <mark> can ever become an element:
 * anything else, `<img onerror>` or `<script>` included, stays visible text.
 */
export interface ExcerptPart {
	text: string;
	/** Inside <mark>…</mark>: a match of the query. */
	mark: boolean;
}

// The entities Pagefind (and search-excerpt.ts) write, plus the common named ones.
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const fromCodePoint = (code: number, raw: string) =>
	code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : raw;

/**
 * Decodes character references once, in a single pass, so "&amp;lt;" becomes the text "&lt;",
 * never "<". Unknown names stay as written. The result is only ever used as text.
 */
export function decodeEntities(html: string): string {
	return html.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]+));/g, (raw, dec?: string, hex?: string, name?: string) => {
		if (dec) return fromCodePoint(Number.parseInt(dec, 10), raw);
		if (hex) return fromCodePoint(Number.parseInt(hex, 16), raw);
		return named[name!] ?? raw;
	});
}

/**
 * Splits an excerpt at its <mark> and </mark> tags into text parts, decoded. Any other tag is
 * text. Tags that do not pair (a stray </mark>, a <mark> left open) only switch marking on or
 * off; empty parts are dropped and neighbours with the same marking are joined.
 */
export function excerptParts(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const piece of html.split(/(<\/?mark>)/i)) {
		const tag = piece.toLowerCase();
		if (tag === '<mark>' || tag === '</mark>') {
			mark = tag === '<mark>';
			continue;
		}
		const text = decodeEntities(piece);
		if (!text) continue;
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	}
	return parts;
}
