import { answer, knownWord, type Answers } from './answers';
import { escapeText, excerptAround, sanitizeExcerpt } from './excerpt';
import { isResultType, isTermKind, NAME_SEPARATOR, type ResultType, type TermKind } from './model';
import type { NameEntry } from './names';
import { loadNames, searchVersion } from './names-load';
import { planSearch, type Term } from './plan';
import { contentTokens, tokenize } from './query';
import { rankSubResults } from './rank';
import { termHref, withBase } from '../site/urls';

/**
 * The one place the browser talks to Pagefind (its JS API, loaded from the built bundle on first
 * use) and to the names index. The dialog, the /search/ page, the query-fixture tests and the
 * benchmark all go through `searchSite`, so they rank and render results identically.
 *
 * A query becomes terms (src/search/plan.ts): the glossary names it contains, quantities, quoted
 * phrases and its other telling words; question and stop words are left out. Each term is looked
 * up on its own. When some pages match every term, those are the results, in Pagefind's order.
 * When too few do, pages are ranked by the terms they match, rarer terms counting more, and the
 * outcome says which words the results are for. Either way, the glossary entries the query names
 * come first.
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
	score: number;
	data(): Promise<PagefindData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
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
	/** What the names index says about the query: entries it names, "Did you mean", uncovered topics. */
	answers: Answers;
	/** For a law or body the site has no entry for (answers.uncovered): how many pages use its name. */
	mentions?: number;
	/** Set when no page has every word: the words the results are ranked for, and those no page has at all. */
	relaxed?: { shown: string[]; missing: string[] };
	/** Loads the data of the next `count` results. */
	more(count?: number): Promise<Hit[]>;
}

/**
 * Results whose data loads with the first search: three fill a phone's screen under the instant
 * answers, and each costs a download (its fragment), so the rest wait for "Show more" (as the
 * design notes measured, fragments are most of what a first search fetches beyond Pagefind itself).
 */
export const FIRST_PAGE = 3;
export const PAGE_SIZE = 8;
const MAX_SUB_RESULTS = 3;
/** Fewer pages than this with every word, and the results are ranked by their most telling words instead. */
const ENOUGH = 3;

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
		// metaCacheTag: the same entry-file URL on every page of a build, so the browser may reuse it.
		await pagefind.options({ baseUrl: base, excerptLength: 24, ranking, noWorker: true, metaCacheTag: searchVersion });
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

export const entryUrl = (entry: NameEntry) => termHref(base, entry.id);

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

/** A glossary entry the query names, from the names index: its card definition stands in for an excerpt. */
export function entryHit(entry: NameEntry, query: string): Hit {
	return {
		id: `entry:${entry.id}`,
		url: withHighlight(entryUrl(entry), query),
		title: entry.abbr ? `${entry.term} (${entry.abbr})` : entry.term,
		type: 'glossary',
		kind: entry.kind,
		excerpt: escapeText(entry.short),
		subResults: [],
		names: entry.names,
	};
}

function pagefindFilters(filters: ResultFilters): Record<string, string> {
	const out: Record<string, string> = {};
	if (filters.type) out.type = filters.type;
	if (filters.kind) out.kind = filters.kind;
	return out;
}

/** Whether a glossary entry belongs in results limited to a type or kind (instant answers too). */
export const inScope = (entry: NameEntry, filters: ResultFilters) =>
	(!filters.type || filters.type === 'glossary') && (!filters.kind || filters.kind === entry.kind);

/**
 * Warms the index chunks of the words typed so far, while the reader goes on typing. Only words
 * already finished (a space follows them) and not question or stop words: a word still being
 * typed ("c", "cy") matches by prefix across many chunks, which the search itself never needs.
 */
export async function preload(typed: string, filters: ResultFilters = {}): Promise<void> {
	const finished = typed.replace(/\S+$/u, '');
	const words = contentTokens(tokenize(finished))
		.filter((t) => !t.stop && t.phrase === undefined)
		.map((t) => t.text);
	if (words.length > 0) await (await loadPagefind()).preload(words.join(' '), { filters: pagefindFilters(filters) });
}

interface Found {
	result: PagefindResult;
	/** Pagefind's score over the best score for the same term, 0–1. */
	share: number;
}

/** Every page a term finds, over all the ways it is searched for. */
async function lookUp(pagefind: Pagefind, term: Term, filters: Record<string, string>): Promise<Map<string, Found>> {
	const found = new Map<string, Found>();
	for (const search of term.searches) {
		const results = (await pagefind.search(search, { filters }))?.results ?? [];
		const top = Math.max(...results.map((r) => r.score), Number.EPSILON);
		for (const r of results) {
			const share = r.score / top;
			if ((found.get(r.id)?.share ?? -1) < share) found.set(r.id, { result: r, share });
		}
	}
	if (term.rankBy && found.size > 0) {
		const results = (await pagefind.search(term.rankBy, { filters }))?.results ?? [];
		const ranked = results.filter((r) => found.has(r.id));
		const top = Math.max(...ranked.map((r) => r.score), Number.EPSILON);
		for (const [id, f] of found) f.share = (ranked.find((r) => r.id === id)?.score ?? 0) / top;
	}
	return found;
}

/** The results in order, and, when no page has every term, which words they are ranked for. */
async function rankPages(pagefind: Pagefind, terms: Term[], pages: number, filters: Record<string, string>) {
	const found = await Promise.all(terms.map((t) => lookUp(pagefind, t, filters)));
	const ids = new Set(found.flatMap((f) => [...f.keys()]));
	const everyTerm = [...ids].filter((id) => found.every((f) => f.has(id)));
	const relaxed = everyTerm.length < Math.min(ENOUGH, ids.size) || everyTerm.length === 0;
	// One or two terms that pages have together: Pagefind's own order for the whole query.
	if (!relaxed && terms.length <= 2 && terms.every((t) => t.searches.length === 1)) {
		const whole = (await pagefind.search(terms.map((t) => t.searches[0]).join(' '), { filters }))?.results ?? [];
		if (whole.length > 0) return { order: whole, relaxed: undefined };
	}
	// Otherwise (questions, quantities, or too few pages with every term): each page scores for the
	// terms it has, a rarer term counting more, and a page with every term a little more again.
	const weight = found.map((f) => (f.size > 0 ? Math.log(1 + pages / f.size) : 0));
	const complete = new Set(everyTerm);
	const score = (id: string) =>
		found.reduce((s, f, i) => s + (f.has(id) ? weight[i]! * (0.3 + 0.7 * f.get(id)!.share) : 0), 0) * (complete.has(id) ? 1.1 : 1);
	const order = [...ids].sort((a, b) => score(b) - score(a));
	const first = order[0];
	const shown = terms.filter((_, i) => first !== undefined && found[i]!.has(first)).map((t) => t.label);
	const missing = terms.filter((_, i) => found[i]!.size === 0).map((t) => t.label);
	return { order: order.map((id) => bestResult(id, found, terms, pages)), relaxed: relaxed ? { shown, missing } : undefined };
}

/** The result object to load a page's data from: the one of its most telling term, so the excerpt marks that. */
function bestResult(id: string, found: Map<string, Found>[], terms: Term[], pages: number): PagefindResult {
	let best: { r: PagefindResult; w: number } | undefined;
	found.forEach((f, i) => {
		const hit = f.get(id);
		const w = hit ? Math.log(1 + pages / f.size) * (terms[i]!.weight ?? 1) : -1;
		if (hit && (!best || w > best.w)) best = { r: hit.result, w };
	});
	return best!.r;
}

export async function searchSite(query: string, filters: ResultFilters = {}): Promise<SearchOutcome> {
	const started = performance.now();
	const [pagefind, names] = await Promise.all([loadPagefind(), loadNames()]);
	const answers = answer(query, names);
	const plan = planSearch(answers, (w) => knownWord(names, w));
	const highlight = plan.highlight;
	const { order, relaxed } =
		plan.terms.length > 0
			? await rankPages(pagefind, plan.terms, names.pages, pagefindFilters(filters))
			: { order: [], relaxed: undefined };

	const mentions = answers.uncovered
		? ((await pagefind.search(`"${answers.uncovered.phrase}"`, { filters: {} }))?.results.length ?? 0)
		: undefined;

	// The entries the query names come first, whether or not the full text found them.
	// So does the entry a misspelt name was corrected to ("Cyberspace Adminstration").
	const corrected = [answers.didYouMean?.entry, answers.begins].filter((e): e is NameEntry => e !== undefined);
	const pinned = [...new Set([...answers.named.map((m) => m.entry), ...corrected, ...answers.stating])].filter((e) => inScope(e, filters));
	const pinnedUrls = new Set(pinned.map(entryUrl));
	const shown = new Set<string>();
	let loaded = 0;
	const pathOf = (url: string) => url.split(/[?#]/)[0]!;
	const load = async (count: number): Promise<Hit[]> => {
		const out: Hit[] = [];
		while (out.length < count && loaded < order.length) {
			const slice = order.slice(loaded, loaded + count - out.length);
			loaded += slice.length;
			for (const hit of await Promise.all(slice.map(async (r) => toHit(r.id, await r.data(), highlight)))) {
				if (shown.has(pathOf(hit.url))) continue;
				shown.add(pathOf(hit.url));
				out.push(hit);
			}
		}
		return out;
	};
	const firstPage = await load(FIRST_PAGE);
	const head = pinned.map((e) => firstPage.find((h) => pathOf(h.url) === entryUrl(e)) ?? entryHit(e, highlight));
	for (const e of pinned) shown.add(entryUrl(e));
	const hits = [...head, ...firstPage.filter((h) => !pinnedUrls.has(pathOf(h.url)))];
	const extra = head.filter((h) => h.id.startsWith('entry:')).length;
	// User Timing entry read by tests/bench/search.bench.ts: one query, from call to rendered data.
	performance.measure('search', { start: started, detail: { query } });
	return {
		query,
		filters,
		total: order.length + extra,
		hits,
		answers,
		...(relaxed && { relaxed }),
		...(mentions !== undefined && { mentions }),
		more: (count = PAGE_SIZE) => load(count),
	};
}

/** Instant answers for what is typed so far, once the names index is loaded (no Pagefind needed). */
export async function answerNow(query: string): Promise<Answers> {
	return answer(query, await loadNames());
}
