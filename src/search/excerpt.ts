import { tokenize } from './query';

/**
 * Puts an excerpt in the one form the rest of search relies on: entity-encoded text plus bare
 * <mark> and </mark>. Pagefind's excerpts are that already, but the index is built from content
 * many people edit, so every other angle bracket becomes text. (SearchResults then renders the
 * string as text and <mark> nodes with excerptParts; it is never set as HTML.)
 */
export function sanitizeExcerpt(html: string): string {
	return html
		.split(/(<\/?mark>)/)
		.map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replaceAll('<', '&lt;').replaceAll('>', '&gt;')))
		.join('');
}

export const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Punctuation Pagefind keeps on a word, which a mark leaves out: "(", "“", and ".", ",", "”", "，". */
const OPENING = /^[([{"'‘“（「『《]+/u;
const CLOSING = /[.,;:!?)\]}"'’”…，。、；：！？）」』》]+$/u;

/**
 * One word of an excerpt, marked as a match: Pagefind's words run from space to space, so a mark
 * around the whole of one takes in the punctuation beside it ("response.") and, in Chinese, which
 * has no spaces, the whole clause ("树立正确的网络安全观,"). Only the word itself is marked, and in
 * Chinese only the part asked for (`chinese`, the query's runs of it) where the word holds one.
 */
export function markWord(word: string, chinese: readonly string[] = []): string {
	const asked = chinese.find((part) => part && word.includes(part));
	if (asked) {
		const at = word.indexOf(asked);
		return `${escapeText(word.slice(0, at))}<mark>${escapeText(asked)}</mark>${escapeText(word.slice(at + asked.length))}`;
	}
	const before = OPENING.exec(word)?.[0] ?? '';
	const after = CLOSING.exec(word.slice(before.length))?.[0] ?? '';
	const core = word.slice(before.length, word.length - after.length);
	if (!core) return `<mark>${escapeText(word)}</mark>`;
	return `${escapeText(before)}<mark>${escapeText(core)}</mark>${escapeText(after)}`;
}

/**
 * A Chinese query that matched only through the `zh_parts` metadata (an inner part of a longer
 * word) gets an excerpt without <mark>, taken from the top of the page. Build one around the
 * first place one of the query's runs of Chinese occurs in the page text instead, marked.
 */
export function excerptAround(content: string, query: string, radius = 60): string | undefined {
	const needle = tokenize(query).find((t) => t.han && content.includes(t.text))?.text;
	if (!needle) return undefined;
	const at = content.indexOf(needle);
	const start = Math.max(0, at - radius);
	const end = Math.min(content.length, at + needle.length + radius);
	return (
		(start > 0 ? '…' : '') +
		escapeText(content.slice(start, at)) +
		`<mark>${escapeText(needle)}</mark>` +
		escapeText(content.slice(at + needle.length, end)) +
		(end < content.length ? '…' : '')
	);
}
