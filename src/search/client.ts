import { excerptAround, sanitizeExcerpt } from './excerpt';
import { isResultType, isTermKind, NAME_SEPARATOR, type ResultType, type TermKind } from './model';
import { promoteExactNames, rankSubResults } from './rank';
import { withBase } from '../site/urls';

/**
 * The one place the browser talks to Pagefind (its JS API, loaded from the built bundle on first
 * use). The dialog, the /search/ page, the query-fixture tests and the benchmark all go through
 * `searchSite`, so they rank and render results identically.
 */

// The part of Pagefind's JS API this site uses (pagefind.js ships without types).
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { element: string; id: string };
}
interface PagefindData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

export interface ResultFilters {
	type?: ResultType;
	kind?: TermKind;
}
export interface SubHit {
	url: string;
	title: string;
	/** Entity-encoded text with <mark> around matches (sanitizeExcerpt); rendered as nodes, never as HTML. */
	excerpt: string;
}
export interface Hit {
	id: string;
	url: string;
	title: string;
	type: ResultType;
	kind?: TermKind;
	/** Entity-encoded text with <mark> around matches (sanitizeExcerpt); rendered as nodes, never as HTML. */
	excerpt: string;
	subResults: SubHit[];
	/** A glossary entry's names (from its `names` metadata); empty for other results. */
	names: string[];
}
export interface SearchOutcome {
	query: string;
	filters: ResultFilters;
	total: number;
	hits: Hit[];
	/** Loads the data of the next `count` results. */
	more(count?: number): Promise<Hit[]>;
}

export const PAGE_SIZE = 8;
const MAX_SUB_RESULTS = 3;

/**
 * Ranking, tuned against tests/fixtures/search-queries.json: a match in a glossary entry's
 * names (term, abbreviation, aliases, Chinese) counts 8×, so the entry wins "MLPS", "CII" or
 * "网信办" over the sections that mention it often; the title keeps Pagefind's default 5×.
 */
const ranking = { metaWeights: { title: 5, names: 8 } };

const base = import.meta.env.BASE_URL;
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once: pagefind.js, its WebAssembly and the index metadata. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = withBase(base, 'pagefind/pagefind.js');
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Result URLs are indexed from dist/ without the base; baseUrl adds it (sub-path deploys).
		// noWorker: the index is small enough to search on the main thread in a few milliseconds
		// (bench/summary.md), and the worker would be a second copy of Pagefind's engine to download.
		await pagefind.options({ baseUrl: base, excerptLength: 24, ranking, noWorker: true });
		await pagefind.init();
		return pagefind;
	})();
	// A failed load (offline, or `astro dev`, which has no index) may be retried on the next search.
	loading.catch(() => (loading = undefined));
	return loading;
}

/** Same-site paths only: a result link can never be javascript: or another origin. */
export function safeUrl(url: string): string {
	return url.startsWith('/') && !url.startsWith('//') ? url : base;
}

/** Adds ?highlight=<query> before any #fragment; the landing page marks the query's words. */
export function withHighlight(url: string, query: string): string {
	const hashAt = url.indexOf('#');
	const [path, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
	return `${path}${path.includes('?') ? '&' : '?'}highlight=${encodeURIComponent(query.trim())}${hash}`;
}

function toHit(id: string, data: PagefindData, query: string): Hit {
	const type = data.filters.type?.[0];
	const kind = data.filters.kind?.[0];
	const link = (url: string) => withHighlight(safeUrl(url), query);
	let excerpt = sanitizeExcerpt(data.excerpt);
	if (!excerpt.includes('<mark>')) excerpt = excerptAround(data.content, query) ?? excerpt;
	return {
		id,
		url: link(data.url),
		title: data.meta.title ?? data.url,
		type: isResultType(type) ? type : 'section',
		kind: isTermKind(kind) ? kind : undefined,
		excerpt,
		names: data.meta.names?.split(NAME_SEPARATOR) ?? [],
		subResults: rankSubResults(
			data.sub_results.filter((s) => s.anchor),
			query,
		)
			.slice(0, MAX_SUB_RESULTS)
			.map((s) => ({ url: link(s.url), title: s.title, excerpt: sanitizeExcerpt(s.excerpt) })),
	};
}

function pagefindFilters(filters: ResultFilters): Record<string, string> {
	const out: Record<string, string> = {};
	if (filters.type) out.type = filters.type;
	if (filters.kind) out.kind = filters.kind;
	return out;
}

/** Warms the index chunks for a partial query while the reader types. */
export async function preload(query: string, filters: ResultFilters = {}): Promise<void> {
	if (query.trim()) await (await loadPagefind()).preload(query, { filters: pagefindFilters(filters) });
}

export async function searchSite(query: string, filters: ResultFilters = {}): Promise<SearchOutcome> {
	const started = performance.now();
	const pagefind = await loadPagefind();
	const { results } = await pagefind.search(query, { filters: pagefindFilters(filters) });
	let loaded = 0;
	const more = async (count = PAGE_SIZE) => {
		const slice = results.slice(loaded, loaded + count);
		loaded += slice.length;
		return Promise.all(slice.map(async (r) => toHit(r.id, await r.data(), query)));
	};
	const hits = promoteExactNames(await more(), query);
	// User Timing entry read by tests/bench/search.ts: one query, from call to rendered data.
	performance.measure('search', { start: started, detail: { query } });
	return { query, filters, total: results.length, hits, more };
}
