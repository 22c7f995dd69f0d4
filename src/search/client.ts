import { answer, knownWord, type Answers } from './answers';
import { hasHan } from './cjk';
import { escapeText, excerptAround, sanitizeExcerpt } from './excerpt';
import { isResultType, isTermKind, NAME_SEPARATOR, resultTypeOf, type ResultType, type TermKind } from './model';
import type { NameEntry, NamesIndex } from './names';
import { loadNames, searchVersion } from './names-load';
import { findPassages, type Anchor, type Passage, type TermSpots } from './passages';
import { planSearch, type Plan, type Term } from './plan';
import { contentTokens, tokenize, type BookSectionReference } from './query';
import { termHref, withBase } from '../site/urls';
import type { SitePage } from '../site/site-pages';

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
 *
 * Each result then lands where it answers (src/search/passages.ts): a chapter page on the
 * paragraph that holds the most of the query, a timeline result on its event; its excerpt shows
 * the terms and the figure a question asks for. Before any text is loaded, the names index says
 * which page each result is (a rule another replaced, how much of an entry's name the query says,
 * an agency for "who"); the first results are then ordered once more by what their text shows
 * (how much of the query one passage holds, how close), and a "when" question whose answer is a
 * timeline event gets that event first. The next results are listed by title at no download.
 */

// The part of Pagefind's JS API this site uses (pagefind.js ships without types).
interface PagefindData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	anchors: Anchor[];
}
interface PagefindResult {
	id: string;
	score: number;
	/** The word positions of the search's matches in the page's content. */
	words: number[];
	data(): Promise<PagefindData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: Record<string, unknown>): Promise<void>;
	/** A null term lists every page in the filters. */
	search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

export interface ResultFilters {
	type?: ResultType;
	kind?: TermKind;
}
export interface SubHit {
	url: string;
	title: string;
	/** Entity-encoded text with <mark> around matches (sanitizeExcerpt); rendered as nodes, never as HTML. Empty when the result's own excerpt is this one. */
	excerpt: string;
}
export interface Hit {
	id: string;
	url: string;
	title: string;
	/** "page": one of the site's own pages, which Pagefind does not index, named by the query (src/search/site-pages.ts). */
	type: ResultType | 'page';
	kind?: TermKind;
	/** Entity-encoded text with <mark> around matches (sanitizeExcerpt); rendered as nodes, never as HTML. */
	excerpt: string;
	subResults: SubHit[];
	/** A glossary entry's names (from its `names` metadata); empty for other results. */
	names: string[];
	/** Listed by its title from the names index, before its text is loaded: whole once a reader scrolls to it (fill), or "Show more" loads it. */
	preview?: boolean;
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
	/** Loads one result listed by title (a preview) whole, as "Show more" would; undefined for an id it did not list. */
	fill(id: string): Promise<Hit | undefined>;
}

/**
 * Results whose data loads with the first search: three fill a phone's screen under the instant
 * answers, and each costs a download (its fragment), so the next are listed by title until the
 * reader scrolls to them or "Show more" loads them (as the design notes measured, fragments are
 * most of what a first search fetches beyond Pagefind itself).
 */
export const FIRST_PAGE = 3;
export const PAGE_SIZE = 8;
/** Results listed by title after the first page, from the names index at no download (previewHit). */
const PREVIEWS = 5;
const MAX_SUB_RESULTS = 3;
/** Fewer pages than this with every word, and the results are ranked by their most telling words instead. */
const ENOUGH = 3;
/**
 * A word found only as the start of longer words ("intel" in "intelligence") counts for this
 * share of a word found as itself: short words that begin many others must not outrank a match
 * of a name.
 */
const PREFIX_ONLY = 0.3;
/**
 * A word of three letters ("PLA") that pages have as itself: the pages that have it only as the
 * start of other words ("platform", "plan") count this share of one that has it, and how telling it
 * is counts only the pages that have it. At half, "what does the PLA have to do with cybersecurity"
 * put MIIT's vulnerability platform before the passage on the PLA's university. Not two letters:
 * "EU" and "US" are found in what the pages spell out ("European"), and the passages were right.
 */
const SHORT_PREFIX = 0.1;
/** A rule another has replaced scores this share, so the one in force wins when all else is equal. */
const REPLACED = 0.8;
/** Words of the query in a row, as typed, that make a phrase a page quotes; and what it counts for (see phraseLength). */
const PHRASE = 3;
const PHRASE_FOUND = 3;
/**
 * How much of a "when" question's weight one timeline event must hold to be the first answer: an
 * event in its own words may lack one of the question's rarer words ("when did Xi first call for
 * China to become a cyber power": the event says "making China" a cyber powerhouse). At 0.75 that
 * one word decided it, and a page added to the index moved the weights across the line.
 */
const EVENT_ANSWERS = 0.7;
/** How much of a question for an actor a body's entry must hold to answer it before the rules the question names. */
const ACTOR_ANSWERS = 0.5;

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
/** An entry's page as the names index records pages: a site path, without the base. */
const entryPath = (id: string) => termHref('/', id);

/** What one result's page holds for the query: its terms' word positions, for src/search/passages.ts. */
interface Evidence {
	terms: TermSpots[];
	figure?: Plan['figure'];
	/** The query's own words, question words too: they choose a /compare/ row (findPassages). */
	asked: string[];
}

/** A result with what the reordering of the first results needs. */
interface Scored extends Hit {
	/** Its score from the full-text ranking, 0–1. */
	rank: number;
	/** The share of the query one passage of it holds. */
	coverage: number;
	/** How close together the terms of that passage are, 0–1. */
	proximity: number;
	/** Whether its landing is a timeline event, or a year of the timeline: a date that answers. */
	event: boolean;
	/**
	 * Whether its landing shows the deadline, amount or count the question asks for ("how long", "how
	 * much"): the answer itself. Never for a date, which nearly every page shows.
	 */
	showsFigure: boolean;
	/** Whether one of its headings (or an event's title) holds every term: a topic the page names. */
	headed: boolean;
}

function toHit(id: string, data: PagefindData, query: string, evidence: Evidence, rank: number): Scored {
	const type = data.filters.type?.[0];
	const kind = data.filters.kind?.[0];
	const link = (url: string) => withHighlight(safeUrl(url), query);
	const title = data.meta.title ?? data.url;
	const { best, sections } = findPassages(
		{ content: data.content, anchors: data.anchors ?? [], title },
		evidence.terms,
		evidence.figure,
		evidence.asked,
	);
	const resultType = isResultType(type) ? type : 'section';
	// A glossary entry opens at its top, where the definition is, unless the question asks for a
	// figure ("when did the PIPL pass", "how fast"): then at the part that holds it, its key dates or
	// facts; or unless a part's heading holds every term ("cybersecurity law amendment" → "The 2025
	// amendment"), the topic asked. A chapter page opens at the paragraph that answers; the timeline at its event, or at a
	// year's heading when the year is what the query asks ("2017", "what happened in 2017"), with
	// that year's events under it.
	const year = resultType === 'timeline' && !best.event && Boolean(best.id) && /^\d{4}$/.test(best.title);
	// Asked how long, how much or how many, an entry opens at the part that gives the figure (its
	// key facts) when the part that says most of the words (its prose) gives none: "how long do
	// companies have to report a cyber incident" opened the rule at its top, above the deadlines.
	const figurePart =
		resultType === 'glossary' && evidence.figure && evidence.figure !== 'date' && !best.showsFigure
			? sections.find((p) => p.showsFigure)
			: undefined;
	const landing =
		figurePart ??
		(!best.id || (resultType === 'glossary' && !evidence.figure && !best.headed) || (resultType === 'timeline' && !best.event && !year)
			? undefined
			: best);
	const at = (p: Passage) => link(`${data.url}#${p.id}`);
	// A year's heading says only the year: its first event that holds the query speaks for it.
	let excerpt = sanitizeExcerpt(year && sections[0] ? sections[0].excerpt : (figurePart ?? best).excerpt);
	if (!excerpt.includes('<mark>')) excerpt = excerptAround(data.content, query) ?? sanitizeExcerpt(data.excerpt);
	return {
		id,
		url: landing ? at(landing) : link(data.url),
		title: resultType === 'timeline' && landing ? (year ? `Events of ${landing.title}` : landing.title) : title,
		type: resultType,
		kind: isTermKind(kind) ? kind : undefined,
		excerpt,
		names: data.meta.names?.split(NAME_SEPARATOR) ?? [],
		subResults: sections
			.filter((p) => p.id !== landing?.id || resultType !== 'timeline')
			.slice(0, MAX_SUB_RESULTS)
			// A section whose excerpt the result already shows keeps only its link.
			.map((p) => ({
				url: at(p),
				title: p.title,
				excerpt: sanitizeExcerpt(p.excerpt) === excerpt ? '' : withoutTitle(sanitizeExcerpt(p.excerpt), p.title),
			})),
		rank,
		coverage: best.coverage,
		proximity: best.proximity,
		event: Boolean(landing?.event) || year,
		showsFigure: evidence.figure !== 'date' && Boolean(landing?.showsFigure),
		headed: sections.some((p) => p.headed),
	};
}

/**
 * A part's excerpt without the heading it starts with: the part is listed under that heading, its
 * link, and "Key dates" over "Key dates. 19 May 2022: …" read it twice. Only a heading the query
 * did not mark: a marked one shows why the part is there.
 */
export function withoutTitle(excerpt: string, title: string): string {
	const head = `${escapeText(title)}. `;
	return excerpt.startsWith(head) && excerpt.length > head.length ? excerpt.slice(head.length) : excerpt;
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

/** Where one of the site's own pages is. */
export const sitePageUrl = (page: SitePage) => withBase(base, page.path);

/** A page of the site the query names ("sources"): its description stands in for an excerpt. */
function sitePageHit(page: SitePage): Hit {
	return {
		id: `page:${page.path}`,
		url: sitePageUrl(page),
		title: page.title,
		type: 'page',
		excerpt: escapeText(page.description),
		subResults: [],
		names: [],
	};
}

/** Whether the site's own pages belong in results limited to a type or kind: only when unlimited. */
export const pagesInScope = (filters: ResultFilters) => !filters.type && !filters.kind;

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
	/** Where the term's matches are in the page, over all the ways it is searched for. */
	words: Set<number>;
	/** Found as itself, not only as the start of longer words. */
	exact: boolean;
	/** Where the first search, the word as typed, matched, when the term is also looked up in other words. */
	typed?: Set<number>;
}

/** Every page a term finds, over all the ways it is searched for. */
async function lookUp(pagefind: Pagefind, term: Term, filters: Record<string, string>): Promise<Map<string, Found>> {
	const found = new Map<string, Found>();
	// A word also looked up in other words ("promulgated" as "adopted"): its first search is as typed.
	// (A quantity's phrases are forms of one figure, none of them the one typed.)
	const alternates = term.searches.length > 1 && term.searches[0] === term.label;
	// A misspelt word the site does not have as itself would find only the start of other words.
	const typo = term.misspelt !== undefined && ((await pagefind.search(`"${term.misspelt}"`, { filters }))?.results.length ?? 0) === 0;
	for (const [k, search] of term.searches.entries()) {
		if (typo && search === term.misspelt) continue;
		const results = (await pagefind.search(search, { filters }))?.results ?? [];
		const top = Math.max(...results.map((r) => r.score), Number.EPSILON);
		for (const r of results) {
			const share = r.score / top;
			const had = found.get(r.id);
			const words = new Set([...(had?.words ?? []), ...r.words]);
			const typed = alternates ? (k === 0 ? new Set(r.words) : (had?.typed ?? new Set<number>())) : undefined;
			if (!had || had.share < share) found.set(r.id, { result: r, share, words, exact: true, ...(typed && { typed }) });
			else {
				had.words = words;
				if (typed) had.typed = typed;
			}
		}
	}
	if (term.word && found.size > 0) {
		// A quoted word is matched as itself (and its stem), never as the start of a longer word.
		const exact = new Set(((await pagefind.search(`"${term.word}"`, { filters }))?.results ?? []).map((r) => r.id));
		for (const [id, f] of found) f.exact = exact.has(id);
	}
	if (term.rankBy && found.size > 0) {
		const results = (await pagefind.search(term.rankBy, { filters }))?.results ?? [];
		const ranked = results.filter((r) => found.has(r.id));
		const top = Math.max(...ranked.map((r) => r.score), Number.EPSILON);
		for (const [id, f] of found) f.share = (ranked.find((r) => r.id === id)?.score ?? 0) / top;
	}
	return found;
}

/** A word of three letters as typed (SHORT_PREFIX); "U.S." is not one. */
const shortWord = (term: Term) => term.word !== undefined && /^\p{L}{3}$/u.test(term.word);

/** How telling each term is (rarer counts more), and how much less a word found only inside longer words counts. */
function termWeights(terms: Term[], found: Map<string, Found>[], pages: number): number[] {
	return found.map((f, i) => {
		if (f.size === 0) return 0;
		const exact = [...f.values()].filter((x) => x.exact).length;
		const prefixOnly = terms[i]!.word !== undefined && exact === 0;
		return Math.log(1 + pages / (shortWord(terms[i]!) && exact > 0 ? exact : f.size)) * (prefixOnly ? PREFIX_ONLY : 1);
	});
}

interface Ranked {
	order: PagefindResult[];
	/** Each page's score, 0–1. */
	scores: Map<string, number>;
	found: Map<string, Found>[];
	weights: number[];
	relaxed?: { shown: string[]; missing: string[] };
}

/**
 * The results in order, and, when no page has every term, which words they are ranked for.
 * `prior` weighs a page by what is known of it before its text is loaded (see `priorOf`).
 */
async function rankPages(
	pagefind: Pagefind,
	terms: Term[],
	pages: number,
	filters: Record<string, string>,
	prior: (id: string) => number,
): Promise<Ranked> {
	const found = await Promise.all(terms.map((t) => lookUp(pagefind, t, filters)));
	const weights = termWeights(terms, found, pages);
	const ids = new Set(found.flatMap((f) => [...f.keys()]));
	const everyTerm = [...ids].filter((id) => found.every((f) => f.has(id)));
	const relaxed = everyTerm.length < Math.min(ENOUGH, ids.size) || everyTerm.length === 0;
	const normalized = (raw: Map<string, number>, results: PagefindResult[]) => {
		const top = Math.max(...raw.values(), Number.EPSILON);
		const scores = new Map([...raw].map(([id, v]) => [id, v / top]));
		const order = [...results].sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
		return { order, scores };
	};
	// One or two terms that pages have together: Pagefind's own order for the whole query. Not when
	// a short word is also found inside longer words, which Pagefind counts as much ("PLA" in "platform").
	const shortInside = terms.some((t, i) => shortWord(t) && [...found[i]!.values()].some((x) => !x.exact));
	if (!relaxed && !shortInside && terms.length <= 2 && terms.every((t) => t.searches.length === 1)) {
		const whole = (await pagefind.search(terms.map((t) => t.searches[0]).join(' '), { filters }))?.results ?? [];
		if (whole.length > 0) {
			const raw = new Map(whole.map((r) => [r.id, r.score * prior(r.id)]));
			return { ...normalized(raw, whole), found, weights };
		}
	}
	// Otherwise (questions, quantities, or too few pages with every term): each page scores for the
	// terms it has, a rarer term counting more, and a page with every term a little more again. A
	// page that has a word only inside longer words gets half of what it would (a tenth for a
	// three-letter word other pages have as itself: SHORT_PREFIX).
	const complete = new Set(everyTerm);
	// What a page that has a term only inside longer words gets of what it would.
	const prefixShare = terms.map((t, i) => (shortWord(t) && [...found[i]!.values()].some((x) => x.exact) ? SHORT_PREFIX : 0.5));
	const score = (id: string) =>
		found.reduce((s, f, i) => {
			const hit = f.get(id);
			return hit ? s + weights[i]! * (0.3 + 0.7 * hit.share) * (hit.exact ? 1 : prefixShare[i]!) : s;
		}, 0) *
		(complete.has(id) ? 1.1 : 1) *
		(phraseLength(terms, found, id) >= PHRASE ? PHRASE_FOUND : 1) *
		prior(id);
	const raw = new Map([...ids].map((id) => [id, score(id)]));
	const { order, scores } = normalized(
		raw,
		[...ids].map((id) => bestResult(id, found, terms, pages)),
	);
	const first = order[0]?.id;
	const shown = terms.filter((_, i) => first !== undefined && found[i]!.has(first)).map((t) => t.label);
	const missing = terms.filter((_, i) => found[i]!.size === 0).map((t) => t.label);
	return { order, scores, found, weights, ...(relaxed && { relaxed: { shown, missing } }) };
}

/**
 * How many of the query's words in a row a page has as the query has them, at the same distances
 * apart: "no national security without cybersecurity" pasted from a speech finds the pages that
 * quote it, where pages that name a "National Cybersecurity" body have the words scattered.
 */
function phraseLength(terms: Term[], found: Map<string, Found>[], id: string): number {
	const words = terms.flatMap((t, i) => (t.place === undefined ? [] : [{ place: t.place, at: found[i]!.get(id)?.words }]));
	let longest = 0;
	words.forEach((first, k) => {
		for (const start of first.at ?? []) {
			let run = 1;
			while (words[k + run]?.at?.has(start + words[k + run]!.place - first.place)) run++;
			longest = Math.max(longest, run);
		}
	});
	return longest;
}

/**
 * Where the site covers the book section a query names: in the chapter the query names, or else in
 * the first chapter the site explains that has such a section.
 */
function sectionCovering(
	names: NamesIndex,
	asked: BookSectionReference | undefined,
): { path: string; page: string; passage: boolean } | undefined {
	const covered =
		asked && names.bookSections.find((s) => s.section === asked.section && (asked.chapter === undefined || s.chapter === asked.chapter));
	if (!covered) return undefined;
	const page = covered.path.split('#')[0]!;
	return { path: covered.path, page, passage: page !== covered.path };
}

/** The result object to load a page's data from: the one of its most telling term. */
function bestResult(id: string, found: Map<string, Found>[], terms: Term[], pages: number): PagefindResult {
	let best: { r: PagefindResult; w: number } | undefined;
	found.forEach((f, i) => {
		const hit = f.get(id);
		const w = hit ? Math.log(1 + pages / f.size) * (terms[i]!.weight ?? 1) : -1;
		if (hit && (!best || w > best.w)) best = { r: hit.result, w };
	});
	return best!.r;
}

/** Words of a name that a query word stands for: the same word, or the same stem ("regulating", "regulations"). */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	let common = 0;
	while (common < a.length && a[common] === b[common]) common++;
	return common >= 4 && common >= Math.min(a.length, b.length) - 3;
}

/**
 * How much of a glossary entry's name the query says, 0–1, over its names: "threat intel sharing"
 * says two of the three words of "Threat information sharing", but two of eight of the platform
 * whose long name also has "threat" and "sharing".
 */
function nameCoverage(names: string[], words: string[]): number {
	let best = 0;
	for (const name of names) {
		const parts = contentTokens(tokenize(name))
			.filter((t) => !t.han && !t.stop)
			.map((t) => t.norm);
		if (parts.length === 0) continue;
		const said = parts.filter((p) => words.some((w) => sameWord(w, p))).length;
		if (said >= Math.min(2, parts.length)) best = Math.max(best, said / parts.length);
	}
	return best;
}

/**
 * What a chapter page counts for when the query names the analysis' author ("what does Cary think
 * of the chess image"): his reading is told there, passage by passage; an entry only reports it.
 * "Who is Dakota Cary" is answered by the overview's paragraph on him and his byline, which the
 * short entry on Interpret: China, naming him once, outscored at 1.6.
 */
const AUTHOR_NAMED = 2;
/**
 * Words for the text the chapter pages summarize: "what does the book say about standards" asks
 * for the book's passage, which a chapter page tells, not the glossary entry on standard-setting.
 * They count as the author's name does, with another word to look for.
 */
const TEXT_WORDS = new Set(['book', 'chapter', 'analysis']);
/**
 * Words that ask about the book or the analysis as a whole, not what it says of something: "book
 * published", "analysis author" (its entry and its event on the timeline answer those), "the main
 * argument of the analysis" (the overview's part on it, whose heading says "analysis").
 */
const ABOUT_THE_TEXT = new Set([
	...'published publication publisher released title titled translated translation translator author authors wrote written chapters pages date'.split(
		' ',
	),
	...'argument arguments claim claims thesis conclusion conclusions summary'.split(' '),
]);

/**
 * Whether the query asks what the book or the analysis says of something: it names the analysis'
 * author, or says "book", "chapter" or "analysis" and asks about something else too ("what does
 * the analysis say about the cybersecurity review"). The chapter pages tell both, passage by passage.
 */
function asksForTheText(names: NamesIndex, words: string[], plan: Plan): boolean {
	if (words.some((w) => names.analysisAuthor.includes(w))) return true;
	const topics = words.filter((w) => !TEXT_WORDS.has(w) && !ABOUT_THE_TEXT.has(w));
	return words.some((w) => TEXT_WORDS.has(w)) && (topics.length > 0 || plan.terms.some((t) => t.names));
}

/** Words that ask for a comparison: they are not looked up, and /compare/ counts more (COMPARISON_ASKED). */
const COMPARING = new Set(['compare', 'compared', 'compares', 'comparison', 'versus', 'vs']);
/** What /compare/ counts for when the query asks for a comparison, as a chapter page does when asked for the book's words. */
const COMPARISON_ASKED = 2;

/** Kinds of glossary entry that answer a "who" question. */
const ACTORS = new Set(['agency', 'organisation']);

/**
 * What is known of a result before its text is loaded, from the names index: a rule another has
 * replaced counts a little less than the one in force; a glossary entry counts more the more of
 * its name the query says; for a "who" question, an agency or an organisation counts more.
 */
function priorOf(names: NamesIndex, words: string[], plan: Plan, textAsked: boolean, comparing: boolean): (id: string) => number {
	const entries = new Map(names.entries.map((e) => [entryPath(e.id), e]));
	return (id) => {
		const path = names.results?.[id]?.path ?? '';
		if (textAsked && resultTypeOf(path) === 'section') return AUTHOR_NAMED;
		if (comparing && resultTypeOf(path) === 'compare') return COMPARISON_ASKED;
		const entry = entries.get(path);
		if (!entry) return 1;
		return (
			(entry.replacedBy ? REPLACED : 1) * (1 + 0.5 * nameCoverage(entry.names, words)) * (plan.actor && ACTORS.has(entry.kind) ? 1.15 : 1)
		);
	};
}

/**
 * What a page counts for when one of its headings holds every word asked ("openness and inspections"
 * → "Openness in practice: inspections"): the site's own name for that topic, where a rule's entry
 * that mentions both outscored it.
 */
const HEADED = 1.3;

/**
 * What a page counts for when, asked how long, how much or how many, it lands on that figure: "how
 * long do companies have to report a data breach" put Cary's paragraph expecting such a rule, with
 * no deadline in it, before the rule's own deadlines: a passage without the figure cannot answer
 * such a question, however close together its words. Half as much again (1.3, as for a heading,
 * still left the paragraph first: the rule's words are spread over its prose). Not for "when"
 * (Scored.showsFigure): the timeline's events answer those (EVENT_ANSWERS).
 */
const LANDS_ON_FIGURE = 1.5;

/**
 * The first results ordered again with what their pages show, which the full-text scores cannot:
 * how much of the query one passage holds, and how close together (words in one sentence, not
 * scattered over a page).
 */
function reorder(hits: Scored[]): Scored[] {
	const value = (h: Scored) =>
		h.rank * (0.5 + 0.5 * h.coverage) * (0.7 + 0.3 * h.proximity) * (h.headed ? HEADED : 1) * (h.showsFigure ? LANDS_ON_FIGURE : 1);
	return hits
		.map((h, i) => ({ h, i, v: value(h) }))
		.sort((a, b) => b.v - a.v || a.i - b.i)
		.map(({ h }) => h);
}

/**
 * A result after the first page, shown by its title (and a glossary entry's definition) from the
 * names index, before its text is downloaded: a reader sees more results at once, and "Show more"
 * loads them whole.
 */
function previewHit(id: string, where: { path: string; title?: string }, entry: NameEntry | undefined, query: string): Hit {
	if (entry) return { ...entryHit(entry, query), id, preview: true };
	return {
		id,
		url: withHighlight(safeUrl(withBase(base, where.path.slice(1))), query),
		title: where.title ?? where.path,
		type: resultTypeOf(where.path),
		excerpt: '',
		subResults: [],
		names: [],
		preview: true,
	};
}

export async function searchSite(query: string, filters: ResultFilters = {}): Promise<SearchOutcome> {
	const started = performance.now();
	const [pagefind, names] = await Promise.all([loadPagefind(), loadNames()]);
	const answers = answer(query, names);
	// A query that names a page of the site ("how to cite this site") has said every word it has:
	// pages that merely share one ("cites") are not results, and no page's text is downloaded.
	if (pagesInScope(filters) && answers.pages.length > 0) {
		performance.measure('search', { start: started, detail: { query } });
		return {
			query,
			filters,
			total: answers.pages.length,
			hits: answers.pages.map(sitePageHit),
			answers,
			more: () => Promise.resolve([]),
			fill: () => Promise.resolve(undefined),
		};
	}
	const plan = planSearch(
		answers,
		(w) => knownWord(names, w),
		(asked) => sectionCovering(names, asked) !== undefined,
	);
	const highlight = plan.highlight;
	const scope = pagefindFilters(filters);
	const words = plan.terms.flatMap((t) => (t.names ? [] : tokenize(t.label).map((w) => w.norm)));
	// Asked what the book (the chapter, the analysis) says of something, the word only says where to
	// look: chapter pages, which count more (priorOf), and every part of which is the book's or the
	// analysis' telling. It is not looked up, or the page that says "chapter" most, and its summary,
	// would answer every such question.
	const textAsked = asksForTheText(names, words, plan);
	// So does "compare" ("versus"): the comparison page, which counts more, not the passage that says "compared".
	const asked = tokenize(query).map((t) => t.norm);
	const comparing = asked.some((w) => COMPARING.has(w)) && plan.terms.some((t) => t.names || !COMPARING.has(t.label.toLowerCase()));
	const terms = plan.terms.filter(
		(t) => t.names || !((textAsked && TEXT_WORDS.has(t.label.toLowerCase())) || (comparing && COMPARING.has(t.label.toLowerCase()))),
	);
	const ranked: Ranked =
		terms.length > 0
			? await rankPages(pagefind, terms, names.pages, scope, priorOf(names, words, plan, textAsked, comparing))
			: { order: [], scores: new Map(), found: [], weights: [] };
	const { found, weights, relaxed } = ranked;
	const order = [...ranked.order];
	const pageOf = (id: string) => names.results?.[id];
	const entryAt = new Map(names.entries.map((e) => [entryPath(e.id), e]));

	const mentions = answers.uncovered
		? ((await pagefind.search(`"${answers.uncovered.phrase}"`, { filters: {} }))?.results.length ?? 0)
		: undefined;

	// A question about an amount that names no rule and gives no amount: "fines under the
	// Cybersecurity Law" asks about the law, which a fine under it only illustrates, but "how much
	// did the CAC fine DiDi" asks about the fine, not the body that set it.
	const actorNamed = (t: Term) => ACTORS.has(entryAt.get(entryPath(t.entry!))?.kind ?? '');
	const asksAnAmount = plan.figure === 'money' && !plan.terms.some((t) => (t.names && !actorNamed(t)) || t.rankBy !== undefined);
	// A "when" question (and one that asks how much) is answered by a dated event: the timeline is
	// among the first results loaded whenever it has any of the words, so its best event can be
	// weighed. Not for fines only named ("penalties personal information"): the rule that sets them answers.
	if (plan.figure === 'date' || (asksAnAmount && plan.howMuch)) {
		const at = order.findIndex((r) => pageOf(r.id)?.path === '/timeline/');
		if (at >= FIRST_PAGE) order.splice(FIRST_PAGE - 1, 0, ...order.splice(at, 1));
	}

	// A book section the query names ("section 3", "the third section"): the page that covers it comes
	// first, found by the query's other words or, when it has none of them, listed from the chapter pages.
	const section = filters.type === undefined || filters.type === 'section' ? sectionCovering(names, plan.bookSection) : undefined;
	if (section) {
		const at = order.findIndex((r) => pageOf(r.id)?.path === section.page);
		const listed = async () =>
			(await pagefind.search(null, { filters: { ...scope, type: 'section' } }))?.results.find((r) => pageOf(r.id)?.path === section.page);
		const result = at >= 0 ? order.splice(at, 1)[0] : await listed();
		if (result) order.unshift(result);
	}

	// What each page holds for the passages: every term's matches, weighted as in the ranking; an
	// entry the query names counts at least as much as any other word, since it is what the
	// question is about.
	const evidence = (id: string): Evidence => ({
		terms: terms.map((t, i) => ({
			weight: t.names ? Math.max(1.5, 2 * weights[i]!) : weights[i]!,
			locations: found[i]?.get(id)?.words ?? [],
			...(found[i]?.get(id)?.typed && { typed: found[i]!.get(id)!.typed! }),
			...(t.names && { names: t.names }),
			...(t.entry && pageOf(id)?.path === entryPath(t.entry) && { ownPage: true }),
			...(t.narrower && { narrower: t.narrower }),
			...(t.namesFigure && { namesFigure: true }),
			...(t.searches.some(hasHan) && { inside: t.searches.filter(hasHan).map((q) => q.replace(/"/g, '')) }),
		})),
		...(plan.figure && { figure: plan.figure }),
		asked,
	});

	// The entries the query names come first, whether or not the full text found them.
	// So does the entry a misspelt name was corrected to ("Cyberspace Adminstration").
	const corrected = [answers.didYouMean?.entry, answers.begins].filter((e): e is NameEntry => e !== undefined);
	const pinned = [...new Set([...answers.named.map((m) => m.entry), ...answers.asked, ...corrected, ...answers.stating])].filter((e) =>
		inScope(e, filters),
	);
	// A query that names a body and states a figure of a rule ("software bugs must be reported to
	// MIIT within 2 days") asks about the rule, which the body's entry only mentions: the one the
	// full text ranks higher comes first. A query that states no figure asks about what it names.
	if (answers.stating.length > 0 && answers.named.length > 0) {
		const scoreOf = (e: NameEntry) => ranked.scores.get(order.find((r) => pageOf(r.id)?.path === entryPath(e.id))?.id ?? '') ?? 0;
		pinned.sort((a, b) => scoreOf(b) - scoreOf(a));
	}
	// Asked for a figure that a rule sets ("how much can the CAC fine a company under the PIPL"), a
	// query that names a body and a rule asks about the rule, which gives the figure; the body's
	// entry only enforces it. The rule's entry comes first (a stable sort keeps the rest in order).
	const rulesFigure = plan.figure === 'money' || plan.figure === 'duration';
	if (rulesFigure && pinned.some((e) => ACTORS.has(e.kind)) && pinned.some((e) => !ACTORS.has(e.kind)))
		pinned.sort((a, b) => Number(ACTORS.has(a.kind)) - Number(ACTORS.has(b.kind)));
	const pinnedUrls = new Set(pinned.map(entryUrl));
	const shown = new Set<string>();
	let loaded = 0;
	const pathOf = (url: string) => url.split(/[?#]/)[0]!;
	// One download per result, whether a scroll (fill) or "Show more" (load) asked for it first.
	const wholeHits = new Map<string, Promise<Scored>>();
	const whole = (r: PagefindResult): Promise<Scored> => {
		let hit = wholeHits.get(r.id);
		if (!hit) {
			hit = r.data().then((data) => toHit(r.id, data, highlight, evidence(r.id), ranked.scores.get(r.id) ?? 0));
			wholeHits.set(r.id, hit);
		}
		return hit;
	};
	const load = async (count: number): Promise<Scored[]> => {
		const out: Scored[] = [];
		while (out.length < count && loaded < order.length) {
			const slice = order.slice(loaded, loaded + count - out.length);
			loaded += slice.length;
			const hits = await Promise.all(slice.map(whole));
			for (const hit of hits) {
				if (shown.has(pathOf(hit.url))) continue;
				shown.add(pathOf(hit.url));
				out.push(hit);
			}
		}
		return out;
	};
	const firstPage = reorder(await load(FIRST_PAGE));
	const head: Hit[] = pinned.map((e) => firstPage.find((h) => pathOf(h.url) === entryUrl(e)) ?? entryHit(e, highlight));
	for (const e of pinned) shown.add(entryUrl(e));
	const rest: Hit[] = firstPage.filter((h) => !pinnedUrls.has(pathOf(h.url)));
	// "What year was the CAC set up": the event that holds the question answers it better than the
	// entry it names. So does, for "how much was DiDi fined", the event that shows the fine.
	const answering =
		plan.figure === 'date' || asksAnAmount
			? firstPage.find((h) => h.event && h.coverage >= EVENT_ANSWERS && (plan.figure === 'date' || h.showsFigure))
			: undefined;
	const sectionHit = section && firstPage.find((h) => pathOf(h.url) === withBase(base, section.page.slice(1)));
	// A section with no page of its own is the passage that names it, whatever else the query asks.
	if (sectionHit && section.passage) sectionHit.url = withHighlight(safeUrl(withBase(base, section.path.slice(1))), highlight);
	// "What does the analysis say about the cybersecurity review": the chapter page that tells it, at
	// the passage, before the entry the query names; unless a heading or an event's title holds every
	// word, which names what is asked ("book published": the book's publication on the timeline).
	const tellingPage = async (): Promise<Hit | undefined> => {
		const loadedHit = firstPage.find((h) => h.type === 'section');
		if (loadedHit) return loadedHit;
		// The best chapter page may rank below the first results: it is loaded too.
		const r = order.slice(loaded).find((x) => resultTypeOf(pageOf(x.id)?.path ?? '') === 'section');
		if (!r) return undefined;
		const hit = await whole(r);
		shown.add(pathOf(hit.url));
		return hit;
	};
	const told = textAsked && !firstPage[0]?.headed ? await tellingPage() : undefined;
	// "Situational awareness and emergency response" names an entry, but a heading says all of it:
	// the passage under that heading is the topic asked, not the entry that holds half of it. Not
	// when a heading of a named entry's own page says it all too ("cybersecurity law amendment").
	const pinnedHit = (h: Scored) => pinnedUrls.has(pathOf(h.url));
	// Nor when the other words are the named entry's own ("MLPS levels": the Multi-Level Protection
	// Scheme's levels, not the 1994 order whose event title names the scheme).
	const nameWords = new Set(pinned.flatMap((e) => e.names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u))));
	const ownWord = (label: string) => [...nameWords].some((w) => w.length >= 4 && label.toLowerCase().replace(/s$/, '') === w);
	const saysMore =
		pinned.length > 0 && plan.terms.some((t) => !t.names && !ownWord(t.label)) && !firstPage.some((h) => pinnedHit(h) && h.headed);
	const headedHit = saysMore ? firstPage.find((h) => h.headed && h.coverage >= 1 && !pinnedHit(h)) : undefined;
	// "How long do operators have to report to the CAC": a body's entry does not give the figure a
	// question asks for; the result whose landing shows it ("1 hour") answers, before the body.
	const figureHit =
		rulesFigure && pinned.length > 0 && pinned.every((e) => ACTORS.has(e.kind)) && !firstPage.some((h) => pinnedHit(h) && h.showsFigure)
			? firstPage.find((h) => h.showsFigure && !pinnedHit(h))
			: undefined;
	// "Which body passed the Cybersecurity Law", "who runs China's national CERT": asked for an actor,
	// a question that names only rules or ideas asks who acts on them. A body among the first results
	// (an agency or organisation) whose entry holds most of the question answers, before what it names.
	const actorHit =
		plan.actor && pinned.length > 0 && pinned.every((e) => !ACTORS.has(e.kind))
			? firstPage.find(
					(h) => h.type === 'glossary' && h.kind !== undefined && ACTORS.has(h.kind) && !pinnedHit(h) && h.coverage >= ACTOR_ANSWERS,
				)
			: undefined;
	// "How does India's incident reporting deadline compare with China's": a comparison asked for is
	// the comparison page's, before the Chinese rule the query names, where it holds what the others
	// do not (India). "Compare the 2023 draft with the 2025 measures" asks about two Chinese rules,
	// whose entries hold all the comparison page does.
	const holds = (id: string) => new Set(terms.flatMap((_, i) => ((found[i]?.get(id)?.words.size ?? 0) > 0 ? [i] : [])));
	const compared = comparing ? firstPage.find((h) => h.type === 'compare') : undefined;
	const others = firstPage.filter((h) => h !== compared && !h.id.startsWith('entry:')).map((h) => holds(h.id));
	const comparedHit = compared && [...holds(compared.id)].some((term) => others.every((o) => !o.has(term))) ? compared : undefined;
	// An actor asked for answers before a heading that names what it did ("Data Security Law adopted").
	const first = sectionHit ?? answering ?? told ?? actorHit ?? comparedHit ?? headedHit ?? figureHit;
	const hits = first ? [first, ...head.filter((h) => h !== first), ...rest.filter((h) => h !== first)] : [...head, ...rest];
	const previews = order
		.slice(loaded)
		.flatMap((r) => {
			const where = pageOf(r.id);
			const hit = where && previewHit(r.id, where, entryAt.get(where.path), highlight);
			return hit && !shown.has(pathOf(hit.url)) ? [hit] : [];
		})
		.slice(0, PREVIEWS);
	const extra = head.filter((h) => h.id.startsWith('entry:')).length;
	// User Timing entry read by tests/bench/search.bench.ts: one query, from call to rendered data.
	performance.measure('search', { start: started, detail: { query } });
	return {
		query,
		filters,
		total: order.length + extra,
		hits: [...hits.map(plain), ...previews],
		answers,
		...(relaxed && { relaxed }),
		...(mentions !== undefined && { mentions }),
		more: async (count = PAGE_SIZE) => (await load(count)).map(plain),
		fill: async (id) => {
			const r = previews.some((h) => h.id === id) ? order.find((x) => x.id === id) : undefined;
			return r && plain(await whole(r));
		},
	};
}

/** A result as the interface gets it, without what only the ordering used. */
const plain = (h: Hit): Hit => ({
	id: h.id,
	url: h.url,
	title: h.title,
	type: h.type,
	...(h.kind && { kind: h.kind }),
	excerpt: h.excerpt,
	subResults: h.subResults,
	names: h.names,
});

/** Instant answers for what is typed so far, once the names index is loaded (no Pagefind needed). */
export async function answerNow(query: string): Promise<Answers> {
	return answer(query, await loadNames());
}
