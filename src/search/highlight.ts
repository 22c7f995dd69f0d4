import { indexExclude } from './model';

/**
 * Arriving from a search result (?highlight=<query>): marks the query's words in the page's
 * indexed content with the CSS Custom Highlight API, which paints ranges without changing the
 * DOM (no <mark> elements for other scripts to trip over; nothing extra for screen readers).
 * The browser has already scrolled to a sub-result's heading (#id); a whole-page result scrolls
 * to the first match instead. Browsers without the API simply show no highlight.
 */

export const HIGHLIGHT_NAME = 'search-match';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of the query as Pagefind matches them: by prefix, case-insensitively; Chinese anywhere. */
export function highlightPattern(query: string): RegExp | undefined {
	const words = query
		.replace(/["“”]/g, ' ')
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w));
	if (words.length === 0) return undefined;
	const alternatives = words.map((w) =>
		/\p{Script=Han}/u.test(w) ? escapeRegExp(w) : `(?<![\\p{L}\\p{N}])${escapeRegExp(w).replace(/\\?-/g, '-?')}[\\p{L}\\p{N}]*`,
	);
	return new RegExp(alternatives.join('|'), 'giu');
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
