import { hasHan } from './search-cjk';

/**
 * Excerpts are inserted as HTML, so they pass through here first. Pagefind's excerpts are
 * entity-encoded text plus <mark>, but the index is built from content many people edit: keep
 * exactly <mark> and </mark> and turn every other angle bracket into text, so no other element
 * can ever be created. Entities stay as they are (they cannot create elements).
 */
export function sanitizeExcerpt(html: string): string {
	return html
		.split(/(<\/?mark>)/)
		.map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replaceAll('<', '&lt;').replaceAll('>', '&gt;')))
		.join('');
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A Chinese query that matched only through the `zh_parts` metadata (an inner part of a longer
 * word) gets an excerpt without <mark>, taken from the top of the page. Build one around the
 * first place the query occurs in the page text instead, with the query marked.
 */
export function excerptAround(content: string, query: string, radius = 60): string | undefined {
	const needle = query.trim();
	if (!needle || !hasHan(needle)) return undefined;
	const at = content.indexOf(needle);
	if (at < 0) return undefined;
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
