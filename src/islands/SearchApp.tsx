import { render, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Answers } from '../search/answers';
import {
	answerNow,
	loadPagefind,
	preload,
	searchSite,
	type Hit,
	type ResultFilters as Filters,
	type SearchOutcome,
} from '../search/client';
import { loadNames } from '../search/names-load';
import { readSearchParams, searchPageHref, searchParamsOf } from '../search/params';
import { kindLabels, resultTypeLabels, searchBoxLabel } from '../site/labels';
import { withBase } from '../site/urls';
import { SearchAnswers, SearchNotices, SearchPageAnswers } from './SearchAnswers';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';

interface Props {
	/** "dialog": the site-wide dialog. "page": /search/, whose state lives in the URL. */
	mode: 'dialog' | 'page';
	onClose?: () => void;
	/** The page's query string, read by /search/ ("?q=…&type=…"); empty when the build draws the page. */
	search?: string;
	/** What a reader typed in the build's form before the script took it over (mountSearch). */
	typed?: string;
}

type Phase = 'idle' | 'loading' | 'ready' | 'error';

const base = import.meta.env.BASE_URL;
const DEBOUNCE_MS = 150;
/** How long a result listed by title stays in view before it is loaded whole: a reader looking, not scrolling past. */
const IN_VIEW_MS = 300;
const examples = ['MLPS', '网信办', 'who enforces the Cybersecurity Law?', '"legal weapons"', 'one hour'];

/** Starts loading search (the names index and Pagefind) when a reader shows they are about to use it. */
export function warmUp(): void {
	void loadNames().catch(() => undefined);
	void loadPagefind().catch(() => undefined);
}

function scopeOf(filters: Filters): string {
	if (filters.kind) return ` among ${kindLabels[filters.kind].plural.toLowerCase()}`;
	if (filters.type) return ` among ${resultTypeLabels[filters.type].plural.toLowerCase()}`;
	return '';
}

/** The polite live region's text: announced once per settled search, never per keystroke. */
function Status({ phase, outcome }: { phase: Phase; outcome: SearchOutcome | null }): JSX.Element | null {
	if (phase === 'error') {
		return (
			<>
				Search is not available right now (it needs the built site and its index). Browse the{' '}
				<a href={withBase(base, 'glossary/')}>glossary index</a> instead.
			</>
		);
	}
	if (!outcome || phase === 'idle') return null;
	const { total, query, filters } = outcome;
	if (total === 0) {
		return (
			<>
				No results for “{query}”{scopeOf(filters)}. Try fewer or other words, an abbreviation, or browse the{' '}
				<a href={withBase(base, 'glossary/')}>glossary index</a> of agencies, laws and programs.
			</>
		);
	}
	return (
		<>
			{total} {total === 1 ? 'result' : 'results'} for “{query}”{scopeOf(filters)}
			{outcome.relaxed && outcome.relaxed.shown.length > 0 && (
				<>
					{'. '}No page has every word, so they are ranked by the most telling ones. Showing results for “{outcome.relaxed.shown.join(' ')}”
					{outcome.relaxed.missing.length > 0 && <> (the site never uses “{outcome.relaxed.missing.join('”, “')}”)</>}
				</>
			)}
		</>
	);
}

/**
 * Search over the chapter sections, glossary and timeline, shared by the dialog and /search/.
 * Typing searches after a short pause; ↓ moves from the box into the results and ↑/↓ through
 * them (every result and sub-result link), Home/End jump, Enter opens, and any other printable
 * key returns to the box. Enter in the box opens the first result.
 */
export function SearchApp({ mode, onClose, search = '', typed: typedEarly = '' }: Props) {
	const initial = mode === 'page' ? readSearchParams(search) : { query: '', filters: {} };
	const [query, setQuery] = useState(typedEarly || initial.query);
	const [filters, setFilters] = useState<Filters>(initial.filters);
	const [phase, setPhase] = useState<Phase>('idle');
	const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
	const [hits, setHits] = useState<Hit[]>([]);
	const [answers, setAnswers] = useState<Answers | null>(null);
	const [exhausted, setExhausted] = useState(false);
	/** How many of `hits` are whole from the search or "Show more"; those after are previews, or previews a scroll filled. */
	const whole = useRef(0);
	const input = useRef<HTMLInputElement>(null);
	const list = useRef<HTMLDivElement>(null);
	const latest = useRef(0);
	/** The last keystroke: its text and the time the reader made it (the input event's timeStamp). */
	const typed = useRef<{ query: string; at: number } | null>(null);
	const firstRun = useRef(true);
	/** The page's own title, before a query is put in front of it (read in the browser, not at build time). */
	const pageTitle = useRef<string | null>(null);
	const id = `search-${mode}`;

	// Start fetching Pagefind while the reader types the first word: at once in the dialog (opening
	// it is the intent to search), on first focus of the box on /search/, so a visit to the page
	// costs nothing until then. A query in the address starts the search, and the download, at once.
	useEffect(() => {
		if (mode !== 'dialog') return;
		warmUp();
		input.current?.focus();
	}, []);

	// Instant answers from the names index, on every keystroke, before Pagefind has loaded. A layout
	// effect runs in the same task as the keystroke, so the answer is on the page by the next frame;
	// a passive effect would wait for a paint first. Pagefind's work waits for the effect below.
	useLayoutEffect(() => {
		const q = query.trim();
		const run = ++latest.current;
		if (!q) return;
		answerNow(q)
			.then((a) => run === latest.current && setAnswers(a))
			.catch(() => undefined);
	}, [query, filters.type, filters.kind]);

	// User Timing entry read by tests/bench/search.bench.ts: from the keystroke that made the query
	// to its instant answer on the page (committed, not yet painted), the wait a reader has. Whether
	// an answer is shown is read from the page, so SearchAnswers and SearchNotices alone decide it.
	useLayoutEffect(() => {
		const shown = input.current?.closest('.search')?.querySelector('.search-answers, .search-notices');
		if (answers && shown && typed.current?.query === answers.query) {
			performance.measure('answer', { start: typed.current.at, detail: { query: answers.query } });
			typed.current = null;
		}
	}, [answers]);

	useEffect(() => {
		const q = query.trim();
		const run = latest.current;
		const delay = firstRun.current ? 0 : DEBOUNCE_MS;
		firstRun.current = false;
		if (mode === 'page') {
			pageTitle.current ??= document.title;
			history.replaceState(history.state, '', `${location.pathname}${searchParamsOf({ query: q, filters })}`);
			document.title = q ? `${q} · ${pageTitle.current}` : pageTitle.current;
		}
		if (!q) {
			setPhase('idle');
			setOutcome(null);
			setHits([]);
			setAnswers(null);
			return;
		}
		preload(query, filters).catch(() => undefined);
		const timer = setTimeout(async () => {
			setPhase('loading');
			try {
				const result = await searchSite(q, filters);
				if (run !== latest.current) return;
				setOutcome(result);
				whole.current = result.hits.filter((h) => !h.preview).length;
				setHits(result.hits);
				setAnswers(result.answers);
				setExhausted(false);
				setPhase('ready');
			} catch {
				if (run === latest.current) setPhase('error');
			}
		}, delay);
		return () => clearTimeout(timer);
	}, [query, filters.type, filters.kind]);

	const showMore = async () => {
		if (!outcome) return;
		const more = await outcome.more();
		// The results listed by title (previews, filled or not) are the first of these: they come back whole.
		const first = whole.current;
		whole.current += more.length;
		if (more.length === 0) setExhausted(true);
		setHits([...hits.slice(0, first), ...more]);
		// Keep the keyboard where the new results start.
		requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('.search-result-link')[first]?.focus());
	};

	// A result listed by title comes whole (its excerpt, its passages, its link to the passage that
	// answers) once it has been in view for a moment: its fragment is then worth the download. Off
	// screen, scrolled past, or replaced by the next keystroke's results, it costs nothing. Observed
	// against the viewport, which clips the dialog's own scrolling too.
	useEffect(() => {
		const current = outcome;
		const run = latest.current;
		const previews = list.current?.querySelectorAll<HTMLElement>('[data-preview]');
		if (!current || !previews?.length || !('IntersectionObserver' in window)) return;
		const waiting = new Map<Element, number>();
		const fill = (hitId: string) =>
			current
				.fill(hitId)
				.then((hit) => hit && run === latest.current && setHits((shown) => shown.map((h) => (h.id === hitId ? hit : h))))
				.catch(() => undefined);
		const seen = new IntersectionObserver((entries) => {
			for (const { target, isIntersecting } of entries) {
				clearTimeout(waiting.get(target));
				waiting.delete(target);
				if (!isIntersecting) continue;
				const hitId = (target as HTMLElement).dataset.preview!;
				waiting.set(
					target,
					window.setTimeout(() => {
						seen.unobserve(target);
						if (run === latest.current) void fill(hitId);
					}, IN_VIEW_MS),
				);
			}
		});
		previews.forEach((p) => seen.observe(p));
		return () => {
			seen.disconnect();
			waiting.forEach((timer) => clearTimeout(timer));
		};
	}, [outcome, hits]);

	const onKeyDown = (event: KeyboardEvent) => {
		const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('.search-answers a, .search-results a') ?? [])];
		const inInput = event.target === input.current;
		const at = links.indexOf(event.target as HTMLAnchorElement);
		if (!inInput && at < 0) return;
		const go = (el: HTMLElement | null | undefined) => {
			event.preventDefault();
			el?.focus();
		};
		if (event.key === 'ArrowDown') go(inInput ? links[0] : (links[at + 1] ?? links[at]));
		else if (event.key === 'ArrowUp' && at >= 0) go(at === 0 ? input.current : links[at - 1]);
		else if (event.key === 'Home' && at >= 0) go(links[0]);
		else if (event.key === 'End' && at >= 0) go(links.at(-1));
		else if (event.key === 'Enter' && inInput) {
			event.preventDefault();
			const first = list.current?.querySelector<HTMLAnchorElement>('.search-answers a, .search-results a');
			if (first && answers?.query === query.trim()) location.assign(first.href);
		} else if (at >= 0 && event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
			input.current?.focus(); // the key press then types into the box
		}
	};

	// The glossary entries and site pages the results for this query list: the instant answers shorten to their names.
	const listed = new Set(outcome?.query === query.trim() ? hits.map((h) => h.url.split(/[?#]/)[0]!) : []);

	return (
		<div class={`search search-in-${mode}${query.trim() ? ' search-active' : ''}`} onKeyDown={onKeyDown}>
			{/* A search landmark, not a form: results come as the reader types and Enter opens the first
			    (onKeyDown), so there is nothing to submit, and a form drawn at build time must not be
			    sent anywhere before its script arrives. */}
			<div role="search" class="search-form">
				<label class="search-label" for={`${id}-input`}>
					{searchBoxLabel}
				</label>
				<div class="search-row">
					<input
						ref={input}
						id={`${id}-input`}
						class="search-input"
						type="search"
						value={query}
						onInput={(e) => {
							typed.current = { query: e.currentTarget.value.trim(), at: e.timeStamp };
							setQuery(e.currentTarget.value);
						}}
						onFocus={warmUp}
						autocomplete="off"
						spellcheck={false}
						enterkeyhint="search"
						aria-describedby={`${id}-hint`}
						aria-controls={`${id}-results`}
					/>
					{onClose && (
						<button type="button" class="search-close" onClick={onClose}>
							Close
						</button>
					)}
				</div>
				<SearchFilters idPrefix={id} filters={filters} onChange={setFilters} />
			</div>
			<p id={`${id}-hint`} class="search-hint">
				A question, a name in English, Chinese or pinyin, an abbreviation, or a “quoted phrase”.{' '}
				<span class="search-keys">↓ ↑ move through results, Enter opens{mode === 'dialog' ? ', Esc closes' : ''}.</span>
			</p>
			<p role="status" class="search-status">
				<Status phase={phase} outcome={outcome} />
			</p>
			{phase === 'idle' && (
				<p class="search-examples">
					Try:{' '}
					{examples.map((ex) => (
						<button
							type="button"
							class="search-example"
							onClick={() => {
								setQuery(ex);
								input.current?.focus();
							}}
						>
							{/* What a reader would type (kbd), not the site's own words: its quotes stay straight. */}
							<kbd lang={/\p{Script=Han}/u.test(ex) ? 'zh-Hans' : undefined}>{ex}</kbd>
						</button>
					))}
				</p>
			)}
			{answers && query.trim() && (
				<SearchNotices answers={answers} mentions={outcome?.query === answers.query ? outcome.mentions : undefined} onSearch={setQuery} />
			)}
			<div ref={list}>
				{answers && query.trim() && <SearchPageAnswers answers={answers} filters={filters} listed={listed} />}
				{answers && query.trim() && <SearchAnswers answers={answers} query={query} filters={filters} listed={listed} />}
				{/* A heading of their own, for screen readers' heading keys: they sat under "In the glossary". */}
				{hits.length > 0 && <h2 class="visually-hidden">All results</h2>}
				<SearchResults id={`${id}-results`} hits={hits} />
			</div>
			{outcome && phase === 'ready' && !exhausted && hits.length < outcome.total && (
				<button type="button" class="search-more" onClick={showMore}>
					Show more results ({outcome.total - hits.length} more)
				</button>
			)}
			{mode === 'dialog' && query.trim() && (
				<p class="search-page-link">
					<a href={searchPageHref(base, { query, filters })}>Open this search as a page</a> (to bookmark or share it)
				</p>
			)}
		</div>
	);
}

/**
 * Starts search in `root`. On /search/ the build has already drawn the form there (search.astro),
 * so the page's largest text is painted before this script arrives; Preact renders over those
 * elements, keeping them (and the box's focus), and takes over what a quick reader typed.
 */
export function mountSearch(root: HTMLElement, props: Props): void {
	const built = root.querySelector<HTMLInputElement>('input[type="search"]');
	if (!built) root.replaceChildren(); // the dialog's "Loading search…"
	const typed = built?.value ?? '';
	render(<SearchApp {...props} search={location.search} typed={typed} />, root);
	root.dataset.mounted = '';
}
