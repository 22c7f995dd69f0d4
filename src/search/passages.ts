import { escapeText, markWord } from './excerpt';
import { IN_BRIEF_ID } from '../site/urls';
import { APPARATUS_MARKER, ROW_MARKER, SECTION_END, TABLE_MARKER } from './model';
import { MONTHS as MONTH_NAMES, NUMBER_WORDS, normWord, YEAR, type Figure } from './query';

/**
 * Where in a page a result should land, and what its excerpts show. Pagefind finds pages and the
 * word positions of each term's matches; this module splits a page at its anchors (headings,
 * timeline events and, on chapter pages, each paragraph: src/integrations/search-index.ts) and
 * scores each part by the terms it holds together, rarer terms counting more, so a result can
 * link to the paragraph or the event that answers, not only to the page or to the first heading
 * that mentions one of the words. Excerpts are cut from that part, around as many of the terms as
 * fit, and around the figure a question asks for ("how fast" → "1 hour"), which is marked too.
 * Pure: the same page and terms always give the same passages.
 */

/** An anchor as Pagefind records it in a page's fragment. */
export interface Anchor {
	element: string;
	id: string;
	text?: string;
	/** Set by data-pagefind-title: a timeline event's title. */
	title?: string;
	/** The index of the word it starts at. */
	location: number;
}

export interface PageText {
	/** The page's indexed text, as Pagefind stores it. */
	content: string;
	anchors: Anchor[];
	/** The page's title, for the part before its first heading. */
	title: string;
}

/** One term of the query in this page: how telling it is, and the words that match it. */
export interface TermSpots {
	weight: number;
	locations: Iterable<number>;
	/**
	 * For an entry the query names: all its names. A passage that uses another of them ("Personal
	 * Information Protection Law" for "PIPL") holds the term too, and a passage that names none of
	 * the entries a query names is about something else, so it counts for half.
	 */
	names?: string[];
	/**
	 * The page is the named entry's own: every part of it is about the entry, whether or not it
	 * repeats the name (its "Fines" section says "Article 59", not "Cybersecurity Law").
	 */
	ownPage?: boolean;
	/** The name as typed when it narrows a shorter one ("MLPS 2.0"): a passage that says it counts more. */
	narrower?: string;
	/** A word that names the figure asked for ("deadline"): a passage showing one holds it (src/search/plan.ts). */
	namesFigure?: boolean;
	/**
	 * Chinese to find inside the page's words. Pagefind finds a part of a run of Chinese by a suffix
	 * indexed apart from the text (src/search/cjk.ts), and gives no place for it: a word of the page
	 * that holds one of these holds the term ("网络安全观" in "树立正确的网络安全观").
	 */
	inside?: string[];
	/**
	 * For a term also looked up in other words ("promulgated" as "adopted" too): where it is found as
	 * typed. A passage that says what the reader typed counts a little more than one that says another.
	 */
	typed?: Iterable<number>;
}

export interface Passage {
	/** The anchor to link to; absent for the top of the page. */
	id?: string;
	/** A heading's text or an event's title; the page title for the top of the page. */
	title: string;
	/** Entity-encoded text with <mark> around matches and the figure asked for (the form sanitizeExcerpt gives). */
	excerpt: string;
	/** How well it answers: the weights of the terms it holds, and a little for titles and figures. */
	score: number;
	/** The share of the query's weight it holds, 0–1: how completely this one passage answers. */
	coverage: number;
	/** How close together its terms are: how many it holds over the fewest words that hold them all, 0–1. */
	proximity: number;
	/** A timeline event (an anchor with data-pagefind-title). */
	event: boolean;
	/** Whether it shows the figure the question asks for ("RMB 8.026 billion" for "how much"). */
	showsFigure: boolean;
	/** Whether its heading or event title holds every one of two or more terms: the page names the whole query as a topic. */
	headed: boolean;
}

export interface PagePassages {
	/** The part to land on: a paragraph, a heading or an event (or the top of the page). */
	best: Passage;
	/** The page's sections (headings and events) that hold any term, best first, ties in page order. */
	sections: Passage[];
}

/** Words as Pagefind counts them (its word separators), so its match locations index into them. */
export const pageWords = (content: string): string[] => content.split(/[^\S\uFEFF]+/);

const bare = (word: string) => normWord(word).replace(/[^\p{L}\p{N}]/gu, '');

const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
const DURATION_UNITS = /^(?:hours?|days?|minutes?|weeks?|months?|years?|working)$/;
const isNumber = (w: string) => /^\d[\d,.]*$/.test(w) || w in NUMBER_WORDS;

/** The word positions of the figures of one kind in a page: "1 hour", "RMB 10 million", "4 May 2011". */
export function figureSpots(words: string[], figure: Figure): Set<number> {
	const out = new Set<number>();
	const norm = words.map(bare);
	norm.forEach((w, i) => {
		const next = norm[i + 1] ?? '';
		if (figure === 'date' && YEAR.test(w)) {
			out.add(i);
			if (MONTHS.has(norm[i - 1] ?? '')) {
				out.add(i - 1);
				if (/^\d{1,2}$/.test(norm[i - 2] ?? '')) out.add(i - 2);
			}
		} else if (figure === 'duration' && isNumber(w) && DURATION_UNITS.test(next)) {
			out.add(i);
			out.add(i + 1);
		} else if (figure === 'duration' && /^\p{L}+-(?:hour|day|minute|week)s?\b/u.test(normWord(words[i] ?? ''))) {
			// "one-hour", "two-day": one word to Pagefind.
			out.add(i);
		} else if (figure === 'money' && (w === 'rmb' || w === 'yuan') && (isNumber(next) || isNumber(norm[i - 1] ?? ''))) {
			out.add(i);
			if (isNumber(next)) out.add(i + 1);
			else out.add(i - 1);
			if (norm[i + 2] === 'million' || norm[i + 2] === 'billion') out.add(i + 2);
		} else if (figure === 'count' && isNumber(w) && !YEAR.test(w) && !MONTHS.has(next) && !MONTHS.has(norm[i - 1] ?? '')) out.add(i);
	});
	return out;
}

/**
 * Where a page uses one of a set of names (whole words, any case; Chinese anywhere in a word).
 * Spacing and hyphens do not count: "data security risk-assessment measures" on a page is the
 * name "data security risk assessment measures", and "cybersecurity law" is "cyber security law".
 */
export function nameSpots(words: string[], names: string[]): Set<number> {
	const out = new Set<number>();
	const norm = words.map(bare);
	for (const name of names) {
		if (/\p{Script=Han}/u.test(name)) {
			words.forEach((w, i) => w.includes(name) && out.add(i));
			continue;
		}
		const target = name.split(/\s+/).map(bare).join('');
		if (!target) continue;
		for (let i = 0; i < norm.length; i++) {
			if (!norm[i] || !target.startsWith(norm[i]!)) continue;
			let said = '';
			let k = i;
			while (k < norm.length && said.length < target.length && target.startsWith(said + norm[k]!)) said += norm[k++]!;
			if (said === target) for (let j = i; j < k; j++) out.add(j);
		}
	}
	return out;
}

interface Unit {
	start: number;
	end: number;
	anchor?: Anchor;
	/** Where its title's words are (a heading's text, an event's title), to count a match there a little more. */
	titleEnd: number;
}

/** Anchors that begin a section: headings with text, and elements with a title (timeline events); never the page's h1. */
const opensSection = (a: Anchor) => (a.title?.trim() ? true : /^h[2-6]$/i.test(a.element) && Boolean(a.text?.trim()));
/** Anchors that are places to land but not sections: a paragraph's marker. */
const isParagraph = (a: Anchor) => !opensSection(a) && /^p-/.test(a.id) && !a.text?.trim();
/** Where a <section> ended: what follows is not its heading's (src/integrations/search-index.ts). */
const isEnd = (a: Anchor) => a.id === SECTION_END;
/** A paragraph of the page's apparatus (key takeaways, questions for discussion), not a passage. */
const isApparatus = (a: Anchor) => isParagraph(a) && a.element === APPARATUS_MARKER;
/** What a summary or a question counts for beside a passage that says the same. */
const APPARATUS = 0.6;

function titleEnd(a: Anchor, words: string[]): number {
	const title = (a.title ?? a.text ?? '').split(/\s+/).filter(Boolean);
	if (title.length === 0) return a.location;
	// An event's title follows its date: look for its first word among the first words.
	const first = bare(title[0]!);
	for (let i = a.location; i < Math.min(words.length, a.location + 6); i++) if (bare(words[i]!) === first) return i + title.length;
	return a.location + title.length;
}

function split(words: string[], anchors: Anchor[], keep: (a: Anchor) => boolean): Unit[] {
	const starts = anchors.filter(keep).sort((a, b) => a.location - b.location);
	const units: Unit[] = [{ start: 0, end: starts[0]?.location ?? words.length, titleEnd: 0 }];
	starts.forEach((a, i) => {
		const end = starts[i + 1]?.location ?? words.length;
		if (end > a.location) units.push({ start: a.location, end, anchor: a, titleEnd: titleEnd(a, words) });
	});
	return units.filter((u) => u.end > u.start);
}

const EXCERPT_WORDS = 26;
/** What beginning a sentence adds to a window, as a share of the lightest term's weight (each word seen again adds 0.1). */
const SENTENCE_START = 0.25;
/** A word that ends a sentence, or a fact's row (separateBlocks ends each with a full stop). */
const SENTENCE_END = /[.!?][”’"')\]]*$/;
/** The most words an excerpt runs on to finish a figure it would cut ("RMB 10 | million"). */
const FIGURE_TAIL = 3;

/** The excerpt of a unit: the window of words holding the most (rare) terms and the figure, marked. */
function excerptOf(
	words: string[],
	unit: Unit,
	spots: { weight: number; at: Set<number>; marks: Set<number> }[],
	figure: Set<number>,
	event: boolean,
	/** Mark only the first figure in the excerpt: a date answers "when", the others are by the way. */
	firstFigure: boolean,
	/** What a figure in the excerpt is worth: about what a term is. */
	figureWeight: number,
	/** The query's runs of Chinese: in a marked word, only they are marked. */
	chinese: readonly string[],
): string {
	const length = Math.min(EXCERPT_WORDS + (event ? 6 : 0), unit.end - unit.start);
	// Where the label of a fact's value begins ("A provincial CAC office passing on … incident: 1 hour"):
	// the value follows a word ending in a colon, and its row begins after the previous full stop.
	const labelStart = new Map<number, number>();
	for (const at of figure) {
		if (at <= unit.start || at >= unit.end || figure.has(at - 1) || !(words[at - 1] ?? '').endsWith(':')) continue;
		let start = at - 1;
		while (start > unit.start && !SENTENCE_END.test(words[start - 1] ?? '')) start--;
		labelStart.set(at, start);
	}
	const value = (from: number, size: number) => {
		let v = 0;
		for (const s of spots) {
			let n = 0;
			for (let i = from; i < from + size; i++) if (s.at.has(i)) n++;
			if (n > 0) v += s.weight * (1 + Math.min(n - 1, 2) / 10);
		}
		// Each figure counts like most of a term, up to three: "how fast" is answered by the deadlines.
		// A fact's value counts only with its label: "… incident: 1 hour" does not say whose hour it is.
		let figures = 0;
		let whole = 0;
		for (let i = from; i < from + size; i++) {
			if (figure.has(i) && !figure.has(i - 1) && (labelStart.get(i) ?? from) >= from) figures++;
			if (figure.has(i)) whole++;
		}
		// A little for each word of a figure, so a window never cuts one in half ("RMB 10 …").
		return v + Math.min(figures, 3) * 0.75 * figureWeight + whole / 1000;
	};
	// A window that begins a sentence or a fact's row reads whole. That is worth a little more than a
	// word seen again, and never as much as another word asked for or a figure.
	const opening = SENTENCE_START * Math.min(...spots.map((s) => s.weight), figureWeight);
	const opens = (at: number) => at === unit.start || SENTENCE_END.test(words[at - 1] ?? '');
	/** The best window of `size` words between `from` and `to`; of equally good ones the middle, so matches sit inside it. */
	const window = (from: number, to: number, size: number) => {
		let best = -1;
		let run: number[] = [];
		for (let at = from; at <= Math.max(from, to - size); at++) {
			const v = value(at, size) + (opens(at) ? opening : 0);
			if (v > best + 1e-9) {
				best = v;
				run = [at];
			} else if (Math.abs(v - best) < 1e-9 && run.at(-1) === at - 1) run.push(at);
		}
		const start = run[Math.floor(run.length / 2)] ?? from;
		return { start, value: value(start, size) };
	};
	// An event begins with its date and title, and so does its excerpt; when the words asked for
	// come later in it, they follow after a gap.
	let parts: [number, number][];
	if (event) {
		const head = Math.min(unit.titleEnd, unit.start + length);
		const rest = window(head, unit.end, Math.max(1, length - (head - unit.start)));
		parts =
			value(unit.start, length) + 1e-9 >= value(unit.start, head - unit.start) + rest.value || rest.start <= head
				? [[unit.start, unit.start + length]]
				: [
						[unit.start, head],
						[rest.start, rest.start + length - (head - unit.start)],
					];
	} else {
		const { start } = window(unit.start, unit.end, length);
		parts = [[start, start + length]];
	}
	// A window that ends inside a figure ("incident: 30 …") takes the rest of it ("30 minutes"), a
	// few words at most: figures that follow each other in a table's cells are not one.
	for (const part of parts) {
		const most = part[1] + FIGURE_TAIL;
		while (part[1] < Math.min(unit.end, most) && figure.has(part[1]) && figure.has(part[1] - 1)) part[1]++;
	}
	const inside = (at: number) => parts.some(([a, b]) => at >= a && at < b);
	const inExcerpt = [...figure].filter(inside).sort((a, b) => a - b);
	// The first figure is a run of neighbouring words ("4 May 2011").
	const firstEnd = inExcerpt.findIndex((at, k) => k > 0 && inExcerpt[k - 1] !== at - 1);
	const shown = firstFigure && firstEnd > 0 ? inExcerpt.slice(0, firstEnd) : inExcerpt;
	const marked = new Set([...spots.flatMap((s) => [...s.marks]), ...shown]);
	const text = ([a, b]: [number, number]) =>
		words
			.slice(a, b)
			.map((w, k) => (marked.has(a + k) ? markWord(w, chinese) : escapeText(w)))
			.join(' ');
	const first = parts[0]![0];
	const last = parts.at(-1)![1];
	return `${first > unit.start ? '… ' : ''}${parts.map(text).join(' … ')}${last < unit.end ? ' …' : ''}`;
}

/** Words a row's question may use that say nothing of what it asks ("Who receives the report"). */
const FILLER = new Set(['the', 'a', 'an', 'it', 'of', 'to']);
/** Question words a reader uses for one another: "what incidents" asks what "Which incidents" does. */
const SAME_ASKING: Record<string, string> = { what: 'which' };
/** A word as a row's question and a query are compared: "reports" and "reported" say "report". */
const askingForm = (word: string) => {
	const w = bare(word);
	return SAME_ASKING[w] ?? (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);
};

/** The weight of the terms a part holds, all together. */
const weightOf = (terms: Map<number, number>) => [...terms.values()].reduce((a, b) => a + b, 0);

/**
 * The row that holds most of a query that asks no row's question ("CIRCIA 72 hours": the row that
 * says "CIRCIA, as proposed: 72 hours"), where it holds two or more of its terms that its table's
 * caption and column heads do not (`named`), and no other row holds as much. One word ("NIS2")
 * names a rule several rows speak of, and words the caption holds ("US incident reporting") name
 * the table: both land on the table.
 */
function saysMost(rows: Unit[], weigh: Weigher, named: (u: Unit) => Map<number, number>): Unit | undefined {
	const held = rows.map((u) => {
		const caption = named(u);
		return { u, terms: new Map([...weigh.terms(u)].filter(([term]) => !caption.has(term))) };
	});
	const best = held.reduce<(typeof held)[number] | undefined>((b, x) => (!b || weightOf(x.terms) > weightOf(b.terms) ? x : b), undefined);
	if (!best || best.terms.size < 2) return undefined;
	return held.some((x) => x !== best && weightOf(x.terms) >= weightOf(best.terms) - 1e-9) ? undefined : best.u;
}

/** What askedRow needs to know of a part of the page. */
interface Weigher {
	/** The query's terms a part holds, each by its weight. */
	terms(u: Unit): Map<number, number>;
	/** How well a part answers, with the section it is in (findPassages' score). */
	value(u: Unit): number;
}

/**
 * The row of a /compare/ table that asks what the query asks: every word of its question
 * ("How fast", "Who receives the report"), fillers aside, is in the query, and the longest such
 * question wins. Asked for a figure in other words ("how quickly", "deadline"), the rows that show
 * that figure answer it; failing both, the row that holds the query's own words (saysMost). Among
 * rows that ask alike, the one whose table's caption and column heads hold more of the query (the
 * places it compares: India, for "India's deadline compared with China's"), then whose table
 * holds what no other such table does, then the table that answers best. The rows of the part the
 * result would land on come first; where it has none (the page's introduction), the page's. Where
 * no row is chosen, the result lands where it would have.
 */
function askedRow(anchors: Anchor[], within: Unit, asked: string[], figures: Set<number>, weigh: Weigher): Unit | undefined {
	const allRows = anchors.filter((a) => a.element === ROW_MARKER && a.text?.trim()).sort((a, b) => a.location - b.location);
	const tables = tableUnits(anchors);
	const tableOf = (a: Anchor): Unit =>
		tables.find((t) => t.start <= a.location && a.location < t.end) ?? { start: 0, end: Infinity, titleEnd: 0 };
	const units = allRows.map((a, i): Unit => {
		const next = allRows[i + 1];
		const end = Math.min(next?.location ?? Infinity, tableOf(a).end, a.location < within.end ? within.end : Infinity);
		return { start: a.location, end, anchor: a, titleEnd: a.location + a.text!.trim().split(/\s+/).length };
	});
	const inWithin = units.filter((u) => u.start >= within.start && u.start < within.end);
	const rows = inWithin.length > 0 ? inWithin : units;
	const query = new Set(asked.map(askingForm));
	const questionWords = (u: Unit) =>
		u
			.anchor!.text!.trim()
			.split(/\s+/)
			.map(askingForm)
			.filter((w) => w && !FILLER.has(w));
	const figuresIn = (u: Unit) => [...figures].filter((at) => at >= u.start && at < u.end).length;
	const put = rows.filter((u) => questionWords(u).every((w) => query.has(w)));
	const showing = rows.filter((u) => figuresIn(u) > 0);
	// A table's caption and column heads, before its first row, name the places it compares.
	const headTerms = (u: Unit) => {
		const table = tableOf(u.anchor!);
		const first = units.find((r) => r.start >= table.start)!;
		return weigh.terms({ start: table.start, end: first.start, titleEnd: table.start });
	};
	const candidates =
		put.length > 0 ? put : showing.length > 0 ? showing : [saysMost(rows, weigh, headTerms)].filter((u) => u !== undefined);
	if (candidates.length === 0) return undefined;
	const heldBy = new Map(candidates.map((u) => [u, weigh.terms(tableOf(u.anchor!))]));
	// The weight of the terms this row's table holds and no other candidate's table does.
	const own = (u: Unit) => {
		let sum = 0;
		for (const [term, weight] of heldBy.get(u)!)
			if (candidates.every((o) => o === u || tableOf(o.anchor!).start === tableOf(u.anchor!).start || !heldBy.get(o)!.has(term)))
				sum += weight;
		return sum;
	};
	const head = (u: Unit) => weightOf(headTerms(u));
	const rank = (u: Unit) => [put.length > 0 ? questionWords(u).length : 0, head(u), own(u), weigh.value(tableOf(u.anchor!)), figuresIn(u)];
	const before = (a: number[], b: number[]) => {
		const i = a.findIndex((x, k) => Math.abs(x - b[k]!) > 1e-9);
		return i >= 0 && a[i]! > b[i]!;
	};
	return candidates.reduce((best, u) => (before(rank(u), rank(best)) ? u : best));
}

/** What a /compare/ table must hold of what the introduction holds to be landed on instead (tableHolding). */
const TABLE_HOLDS = 0.75;

/** The bounds of each /compare/ table: from its marker to the next table or heading. */
function tableUnits(anchors: Anchor[]): Unit[] {
	const bounds = anchors.filter((a) => a.element === TABLE_MARKER || opensSection(a)).map((a) => a.location);
	return anchors
		.filter((a) => a.element === TABLE_MARKER)
		.map((t) => ({ start: t.location, end: Math.min(...bounds.filter((at) => at > t.location), Infinity), titleEnd: t.location }));
}

/**
 * The table that holds most of the query, where it holds at least three quarters of what `part`
 * (the introduction) holds: the introduction also says what the page is ("comparison", "places"),
 * words a reader uses to ask for the page, not for its opening. None on a page without tables.
 */
function tableHolding(anchors: Anchor[], part: Unit, weigh: Weigher): Unit | undefined {
	const held = (u: Unit) => weightOf(weigh.terms(u));
	const enough = held(part) * TABLE_HOLDS;
	const holding = tableUnits(anchors).filter((t) => held(t) >= enough);
	const rank = (t: Unit) => held(t) + weigh.value(t) / 1000;
	return holding.length > 0 ? holding.reduce((best, t) => (rank(t) > rank(best) ? t : best)) : undefined;
}

/**
 * The passages of one page for a query's terms: the part to land on and the sections to list
 * under the result. `figure` is what a question asks for: a part that shows one counts a little
 * more, and its excerpt shows it. `asked` is the query's own words, question words too, which
 * choose a /compare/ table's row (askedRow).
 */
export function findPassages(page: PageText, terms: TermSpots[], figure?: Figure, asked: string[] = []): PagePassages {
	const words = pageWords(page.content);
	const figures = figure ? figureSpots(words, figure) : new Set<number>();
	const spots = terms.map((t) => {
		const found = new Set(t.locations);
		if (found.size === 0 && t.inside) words.forEach((w, at) => t.inside!.some((part) => w.includes(part)) && found.add(at));
		// Pagefind finds a name of several words word by word ("law" anywhere, for "Data Security
		// Law"): a passage holds a named entry where it uses one of its names.
		const named = t.ownPage ? new Set(words.keys()) : t.names ? nameSpots(words, t.names) : new Set<number>();
		return {
			weight: t.weight,
			at: named.size > 0 ? named : t.namesFigure ? new Set([...found, ...figures]) : found,
			// Excerpts mark what the reader typed, as Pagefind found it, not the entry's other names.
			marks: named.size > 0 ? new Set([...found].filter((at) => named.has(at))) : found,
			named: Boolean(t.names),
			// On the entry's own page every word stands for its name, headings' words too: no heading
			// holds it more than the opening does.
			own: Boolean(t.ownPage),
			narrowed: t.narrower ? nameSpots(words, [t.narrower]) : new Set<number>(),
			typed: new Set(t.typed ?? []),
		};
	});
	const naming = spots.some((s) => s.named);
	/** The terms a heading must hold to name the topic asked: all but the page's own name, which every heading holds. */
	const others = spots.filter((s) => !s.own).length;
	const chinese = terms.flatMap((t) => t.inside ?? []);
	const total = spots.reduce((s, t) => s + t.weight, 0) || 1;
	const mean = total / Math.max(1, spots.length);

	const score = (u: Unit) => {
		let held = 0;
		let titled = 0;
		let inTitles = 0;
		for (const s of spots) {
			let inUnit = false;
			let inTitle = false;
			for (const at of s.at) {
				if (at < u.start || at >= u.end) continue;
				inUnit = true;
				if (u.anchor && at < u.titleEnd) inTitle = true;
			}
			if (inUnit) held += s.weight;
			if (inTitle && !s.own) titled += s.weight;
			if (inTitle && !s.own) inTitles++;
		}
		let hasFigure = false;
		for (const at of figures) if (at >= u.start && at < u.end) hasFigure = true;
		// "MLPS 2.0" said in so many words, where other parts only say "MLPS".
		for (const s of spots) if ([...s.narrowed].some((at) => at >= u.start && at < u.end)) titled += s.weight;
		// "Promulgated" as typed, where another part says "adopted".
		let typed = 0;
		for (const s of spots) if ([...s.typed].some((at) => at >= u.start && at < u.end)) typed += s.weight;
		const aboutIt = !naming || spots.some((s) => s.named && [...s.at].some((at) => at >= u.start && at < u.end));
		const value =
			(held + titled / 2 + typed / 4 + (hasFigure && held > 0 ? mean / 2 : 0)) * (aboutIt ? 1 : 0.5) * (apparatus(u) ? APPARATUS : 1);
		return { held, value, proximity: proximity(u), hasFigure, headed: spots.length >= 2 && inTitles === others };
	};
	/**
	 * Whether every paragraph a unit holds is the page's apparatus (a section of key takeaways, one
	 * takeaway), or the unit is the page's "In brief", which sums up what a paragraph of the body
	 * says at length: a reader who asks why US policymakers should worry lands on the paragraph
	 * that says why, not on the summary's one sentence, unless the body says less.
	 */
	const apparatus = (u: Unit) => {
		if (u.anchor?.id === IN_BRIEF_ID) return true;
		const inside = page.anchors.filter((a) => isParagraph(a) && a.location >= u.start && a.location < u.end);
		return inside.length > 0 && inside.every(isApparatus);
	};
	/** The fewest words that hold every term the unit holds (a sliding window over their places). */
	const proximity = (u: Unit) => {
		const places = spots.flatMap((s, t) => [...s.at].filter((at) => at >= u.start && at < u.end).map((at) => ({ at, t })));
		places.sort((a, b) => a.at - b.at);
		const kinds = new Set(places.map((p) => p.t)).size;
		if (kinds <= 1) return 1;
		const count = new Map<number, number>();
		let span = Infinity;
		let left = 0;
		for (const p of places) {
			count.set(p.t, (count.get(p.t) ?? 0) + 1);
			while (count.size === kinds) {
				span = Math.min(span, p.at - places[left]!.at + 1);
				const l = places[left++]!;
				const n = count.get(l.t)! - 1;
				if (n === 0) count.delete(l.t);
				else count.set(l.t, n);
			}
		}
		return Math.min(1, kinds / span);
	};
	const passage = (u: Unit, s: ReturnType<typeof score>): Passage => ({
		...(u.anchor && !isEnd(u.anchor) && { id: u.anchor.id }),
		title: u.anchor && !isEnd(u.anchor) ? (u.anchor.title || u.anchor.text || page.title).trim() : page.title,
		excerpt: excerptOf(words, u, spots, figures, Boolean(u.anchor?.title), figure === 'date', mean, chinese),
		score: s.value,
		coverage: s.held / total,
		proximity: s.proximity,
		event: Boolean(u.anchor?.title),
		showsFigure: s.hasFigure,
		headed: s.headed,
	});

	const sectionUnits = split(words, page.anchors, (a) => opensSection(a) || isEnd(a));
	const scoredSections = sectionUnits.map((u, i) => ({ u, i, s: score(u) }));
	// A section that is only its heading (a year on the timeline) is no sub-result: its events are.
	// (A query for the year itself lands on it: src/search/client.ts, toHit.)
	const sections = scoredSections
		.filter(({ u, s }) => u.anchor && opensSection(u.anchor) && s.held > 0 && u.end > u.titleEnd)
		.sort((a, b) => b.s.value - a.s.value || a.i - b.i)
		.map(({ u, s }) => passage(u, s));

	// Landing: the paragraph (or section, where a page has no paragraph anchors) that holds the
	// most, its section's score breaking ties, so "the CAC … set up" lands where both are.
	const units = split(words, page.anchors, (a) => opensSection(a) || isParagraph(a) || isEnd(a));
	const sectionOf = (u: Unit) => scoredSections.findLast((x) => x.u.start <= u.start);
	let best: { u: Unit; s: ReturnType<typeof score>; rank: number } | undefined;
	for (const u of units) {
		const s = score(u);
		const rank = s.value + 0.25 * (sectionOf(u)?.s.value ?? 0);
		if (!best || rank > best.rank + 1e-9) best = { u, s, rank };
	}
	const weigh: Weigher = {
		terms: (u) => new Map(spots.flatMap((s, i) => ([...s.at].some((at) => at >= u.start && at < u.end) ? [[i, s.weight] as const] : []))),
		value: (u) => score(u).value + (sectionOf(u)?.s.value ?? 0),
	};
	const row = asked.length > 0 ? askedRow(page.anchors, best!.u, asked, figures, weigh) : undefined;
	if (row) return { best: passage(row, score(row)), sections };
	// /compare/'s introduction says what its tables set out: a table that holds most of what it holds
	// of the query answers better ("how does China's incident reporting compare with the US": the
	// incident table's heading, not the top of the page). The page's title, its first words, names
	// the page, not a passage ("compare"), so it is left out of what the introduction holds.
	const afterTitle = { ...best!.u, start: Math.max(best!.u.start, page.title.trim().split(/\s+/).length) };
	const table = best!.u.anchor ? undefined : tableHolding(page.anchors, afterTitle, weigh);
	const tableSection = table && sectionOf(table);
	if (tableSection?.u.anchor) return { best: passage(tableSection.u, tableSection.s), sections };
	return { best: passage(best!.u, best!.s), sections };
}
