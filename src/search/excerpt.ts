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
