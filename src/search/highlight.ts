import { indexExclude } from './model';
import { contentTokens, tokenize, type Token } from './query';

/**
 * Arriving from a search result (?highlight=<query>): marks the query's words in the page's
 * indexed content with the CSS Custom Highlight API, which paints ranges without changing the
 * DOM (no <mark> elements for other scripts to trip over; nothing extra for screen readers).
 * The browser has already scrolled to a sub-result's heading (#id); a whole-page result scrolls
 * to the first match instead. Browsers without the API simply show no highlight.
 */

export const HIGHLIGHT_NAME = 'search-match';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const word = (t: Token) => escapeRegExp(t.text).replace(/\\?-/g, '-?');
const start = '(?<![\\p{L}\\p{N}])';

/**
 * The query as Pagefind matches it: a word by its start, case-insensitively; Chinese anywhere;
 * a “quoted phrase” only as a whole (so "1 hour" never marks 1988). Stop words are not marked.
 */
export function highlightPattern(query: string): RegExp | undefined {
	const tokens = contentTokens(tokenize(query)).filter((t) => t.text.length > 1 || t.han || t.phrase !== undefined);
	const alternatives: string[] = [];
	const phrases = new Map<number, Token[]>();
	for (const t of tokens) {
		if (t.phrase !== undefined) phrases.set(t.phrase, [...(phrases.get(t.phrase) ?? []), t]);
		else alternatives.push(t.han ? escapeRegExp(t.text) : `${start}${word(t)}[\\p{L}\\p{N}]*`);
	}
	for (const p of phrases.values()) alternatives.unshift(`${start}${p.map(word).join('[\\s\\u00a0-]+')}[\\p{L}]*`);
	return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'giu') : undefined;
}

export function highlightFromUrl(): void {
	const query = new URLSearchParams(location.search).get('highlight');
	const pattern = query ? highlightPattern(query) : undefined;
	const root = document.querySelector('[data-pagefind-body]');
	if (!pattern || !root || !('highlights' in CSS)) return;
	const skip = ['script', 'style', ...indexExclude].join(', ');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const ranges: Range[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		for (const match of (node.textContent ?? '').matchAll(pattern)) {
			const range = new Range();
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			ranges.push(range);
		}
	}
	if (ranges.length === 0) return;
	CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
	if (!location.hash) ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}
