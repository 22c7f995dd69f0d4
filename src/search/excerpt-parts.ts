import { decodeEntities } from '../site/entities';

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
