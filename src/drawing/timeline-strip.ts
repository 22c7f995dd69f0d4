import type { PartialDate } from '../schemas/ids';
import type { TimelineEvent } from '../schemas/timeline';
import { wrapLabel } from './text-fit';

/**
 * The timeline's "At a glance" strip, laid out at build time so the page ships no JavaScript and
 * no inline style: positions become SVG geometry attributes (src/components/TimelineStrip.astro).
 *
 * Time runs down the strip at one scale: every year is the same height. Where two or more whole
 * years pass without an event, the axis is broken (a zigzag that names the years left out). Each
 * event is a point on the axis at the start of its day, month or year, and a link from that point
 * to its label: the kind's mark (shape and colour), the date to the month and the title. Labels
 * keep the events' order and sit as close to their points as their neighbours allow (the least
 * squared distance, found by pooling neighbours that would overlap), so a crowded stretch fans
 * its labels out rather than stretching time; where they reach past the last event of a stretch,
 * the axis goes on dotted: room for labels, not time.
 *
 * The strip comes in columns, each a stretch of years with balanced labels, split at the start of
 * a year: side by side on a wide screen, one after another on a phone and on paper. A column is
 * drawn as pieces, cut wherever no label or leader crosses the start of a year or a break, so a
 * printed page can break between them; a piece's viewBox is its slice of the column.
 */

/** Type sizes and line heights in SVG user units (px at 100 %), which src/styles/timeline.css uses too. */
export const stripType = { label: 13, lineHeight: 16, note: 12, noteLineHeight: 15, year: 13 } as const;

/** A column's width in user units: it fits the 288 px column of a 320 px screen at about full size. */
export const STRIP_WIDTH = 300;

const YEAR_X = 38; // right edge of the year labels
const AXIS_X = 48;
const DOT = 4; // the radius of an event's point on the axis
const LEADER = 24; // the run of a leader from the axis to the label
// A leader is drawn in every piece it crosses, so leaders as long as a pile of labels would make
// a pile cost the square of its size (every copy of a timeline piles up on its dates). Longer than
// this, past any on today's strip, a leader joins a shared line beside the axis (a gutter) instead.
const LONG_LEADER = 400;
const MARK = 12; // the size of a kind's mark, at the start of its label
const MARK_GAP = 6; // between the mark and the title
const PAD = 4; // inside a label's box, above and below its text
const GAP = 2; // between label boxes
const TARGET = 26; // the least height of a link: 24 px (WCAG 2.5.8) when a 300-unit column is drawn 288 px wide, at 320 px
const BREAK = 36; // the height of a break in the axis
const RUN_TOP = 14; // above a run's first year, room for its label
const RUN_MARGIN = 0.06; // a run reaches this long (in years) before its first event and after its last
const CUT = TARGET / 2 + 1; // a piece starts this far above the year it opens with: the year's link whole inside it
const MIN_PIECE = 160; // the least height of a piece: enough places for a page to break, not a drawing per label
const MIN_BREAK_YEARS = 2; // this many whole years without events, or more, are cut out
// No browser at build time: glyphs are counted at a generous average width for the UI sans-serif
// fonts (measured 0.52 em on these titles in DejaVu Sans, 0.57 at most).
const EM = { regular: 0.58, bold: 0.64 };

export interface StripEventInput {
	id: string;
	title: string;
	kind: TimelineEvent['kind'];
	milestone?: TimelineEvent['milestone'];
	/** The event's date; or, for an undated event, the date of the event it follows. */
	date: PartialDate;
	/** The event's own date is unknown: it happened some time after `date`. */
	undated?: boolean;
	/** The date as the page writes it: "7 November 2016", "After 8 December 2023". */
	dateLabel: string;
}

export interface PlacedEvent {
	type: 'event';
	event: StripEventInput;
	/** Its point on the axis (x is the axis'): the start of its day, month or year. */
	y: number;
	/** The label's box: its top and height (it runs from x.label to the column's right edge). */
	top: number;
	height: number;
	/** The middle of the label's first line, where the leader ends and the kind's mark sits. */
	lineY: number;
	/**
	 * The date as the strip gives it ("Sep 2021", "2014"; none for an undated event), then the title,
	 * in lines: the first line starts with the date. For an undated event, a note in lines under it.
	 */
	date?: string;
	lines: string[];
	note: string[];
	/** SVG path data of the leader from the axis to the label; for a long one, from the axis to the gutter. */
	leader: string;
	/** A long leader's other end: from the gutter to the label. */
	labelLeader?: string;
}

export interface PlacedYear {
	type: 'year';
	year: number;
	y: number;
	/** Whether the label stands on the year's 1 January on the axis (a tick), or at the top of a run that starts within the year. */
	tick: boolean;
	/** The number of events dated in that year (0: a quiet year, named on the axis with nothing to link to). */
	events: number;
}

export interface PlacedBreak {
	/** The first and last years left out. */
	from: number;
	to: number;
	/** The break's extent on the axis, and where its words go. */
	top: number;
	bottom: number;
	textY: number;
}

export interface StripPiece {
	/** The slice of its column this piece shows (its viewBox: 0 top width height). */
	top: number;
	height: number;
	/** Years and events whose links it holds (an event's where its label is), in date order. */
	items: (PlacedYear | PlacedEvent)[];
}

export interface StripColumn {
	height: number;
	/** The first and last year it shows. */
	firstYear: number;
	lastYear: number;
	pieces: StripPiece[];
	/** What is drawn but not a link, and events' points and leaders: each piece draws what falls in its slice. */
	axis: { top: number; bottom: number; dotted?: boolean }[];
	breaks: PlacedBreak[];
	events: PlacedEvent[];
	/** Where long leaders run between their two ends, each stretch once. */
	gutters: { top: number; bottom: number }[];
}

export interface StripLayout {
	width: number;
	/** User units per year, the same in every column. */
	scale: number;
	columns: StripColumn[];
	/** Where things go across: the year labels' right edge, the axis, a label's box, its mark's centre and its text. */
	x: { year: number; axis: number; gutter: number; label: number; mark: number; text: number };
	sizes: { dot: number; mark: number; pad: number; firstLine: number; target: number };
}

/**
 * A kind's mark as SVG path data, `size` wide and centred on (cx, cy): its shape as well as its
 * colour (src/styles/timeline.css), so the kind never rests on colour alone. The strip, its key and
 * the list of events draw the same marks (src/components/KindMark.astro).
 */
export function markPath(kind: TimelineEvent['kind'], cx: number, cy: number, size: number): string {
	const r = size / 2;
	const circle = (d: number) => `M${cx - d} ${cy}a${d} ${d} 0 1 0 ${2 * d} 0a${d} ${d} 0 1 0 ${-2 * d} 0Z`;
	switch (kind) {
		case 'adopted':
			return circle(r);
		case 'draft':
			return circle(r - 1.5);
		case 'in-force':
			return `M${cx - r + 0.5} ${cy - r + 0.5}h${2 * r - 1}v${2 * r - 1}h${1 - 2 * r}Z`;
		case 'published':
			return `M${cx} ${cy - r - 1}L${cx + r + 1} ${cy}L${cx} ${cy + r + 1}L${cx - r - 1} ${cy}Z`;
		case 'event':
			return `M${cx} ${cy - r}L${cx + r + 0.5} ${cy + r - 0.5}L${cx - r - 0.5} ${cy + r - 0.5}Z`;
	}
}

/** A calendar date as a year and its fraction: 2021-07-02 → 2021.5. */
const yearFraction = (y: number, month: number, day: number) => {
	const start = Date.UTC(y, 0, 1);
	return y + (Date.UTC(y, month, day) - start) / (Date.UTC(y + 1, 0, 1) - start);
};

/** Where a partial date starts, as a year and its fraction: its day, or the first of its month or year. */
export function dateStart(date: PartialDate): number {
	const [y = 0, m = 1, d = 1] = date.iso.split('-').map(Number);
	return yearFraction(y, m - 1, d);
}

const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * A date as a label on the strip starts: "Sep 2021", or "2014" for a year. Labels may stand a little
 * away from their points where events crowd, so each says when it is; the day is in the list.
 */
export const shortDate = (date: PartialDate) => {
	const [y, m] = date.iso.split('-');
	return m ? `${MONTH[Number(m) - 1]} ${y}` : `${y}`;
};

/**
 * Tops for boxes of the given heights, in order and never overlapping (each at least `gap` below the
 * last, the first at `min` or lower), as close to the wanted tops as they can be: the least sum of
 * squared distances. Neighbours that would overlap are pooled into a block placed at the mean of
 * what its members want, merging with the block above while they still overlap.
 */
export function placeInOrder(wanted: number[], heights: number[], gap: number, min = -Infinity): number[] {
	// `sum` is what its members want less their offsets, added up from the block's first member on.
	// A merge carries the block above's sum on and adds only the members below, in the same order,
	// so each sum is the same number as adding the whole block anew, which made events that pile
	// up on one date (every copy of a timeline) cost the square of their number.
	type Block = { first: number; offsets: number[]; top: number; height: number; sum: number };
	const blocks: Block[] = [];
	wanted.forEach((w, i) => {
		let block: Block = { first: i, offsets: [0], top: Math.max(min, w), height: heights[i]!, sum: 0 + w - 0 };
		for (let above = blocks.at(-1); above && above.top + above.height + gap > block.top; above = blocks.at(-1)) {
			blocks.pop();
			const shift = above.height + gap;
			// The block above is off the stack: its offsets become the merged block's.
			const offsets = above.offsets;
			let sum = above.sum;
			for (const o of block.offsets) {
				const off = o + shift;
				sum = sum + wanted[above.first + offsets.length]! - off;
				offsets.push(off);
			}
			block = { first: above.first, offsets, top: Math.max(min, sum / offsets.length), height: shift + block.height, sum };
		}
		blocks.push(block);
	});
	return blocks.flatMap((b) => b.offsets.map((o) => b.top + o));
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * What a piece of a column draws besides its links: the stretches of axis, breaks and gutters
 * that reach into its slice, the points (with their leaders, or a long leader's first end) and
 * the long leaders' label ends. Something that crosses several pieces is drawn in each.
 */
export function pieceDecor(column: StripColumn, piece: StripPiece, dot: number) {
	const bottom = piece.top + piece.height;
	const overlaps = (a: number, b: number) => a < bottom && b > piece.top;
	return {
		axis: column.axis.filter((a) => overlaps(a.top - 2, a.bottom + 2)),
		breaks: column.breaks.filter((b) => overlaps(b.top, b.bottom)),
		gutters: column.gutters.filter((g) => overlaps(g.top, g.bottom)),
		points: column.events.filter((e) =>
			e.labelLeader ? overlaps(e.y - dot, e.y + dot) : overlaps(Math.min(e.y, e.lineY) - dot, Math.max(e.y, e.lineY) + dot),
		),
		labelEnds: column.events.filter((e) => e.labelLeader && overlaps(e.lineY - 1, e.lineY + 1)),
		years: column.pieces.flatMap((p) => p.items).filter((i): i is PlacedYear => i.type === 'year' && i.y >= piece.top && i.y < bottom),
	};
}

/**
 * Whether a label reaches across `cut`. The labels of a run are in order and apart (placeInOrder),
 * so only the last one to start above the cut can: found by halving, not by asking every label.
 */
function crosses(labels: PlacedEvent[], cut: number): boolean {
	let [lo, hi] = [0, labels.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (labels[mid]!.top < cut) lo = mid + 1;
		else hi = mid;
	}
	const above = labels[lo - 1];
	return above !== undefined && above.top + above.height > cut;
}

/** The stretches the long leaders of a column run along, overlapping ones joined: each drawn once per piece. */
function gutterStretches(placed: PlacedEvent[]): { top: number; bottom: number }[] {
	const spans = placed
		.filter((p) => p.labelLeader)
		.map((p) => ({ top: Math.min(p.y, p.lineY), bottom: Math.max(p.y, p.lineY) }))
		.sort((a, b) => a.top - b.top);
	const joined: { top: number; bottom: number }[] = [];
	for (const span of spans) {
		const last = joined.at(-1);
		if (last && span.top <= last.bottom) last.bottom = Math.max(last.bottom, span.bottom);
		else joined.push({ ...span });
	}
	return joined;
}

/** The year an event is dated in (for an undated event, the year of the one it follows). */
const yearOf = (e: StripEventInput) => Number(e.date.iso.slice(0, 4));

/** Events (indexes into a list in date order) into runs drawn to scale: two or more whole years without an event start a new run. */
function runsOf(events: StripEventInput[], indexes: number[]): number[][] {
	const runs: number[][] = [];
	for (const i of indexes) {
		const last = runs.at(-1);
		if (last && yearOf(events[i]!) - yearOf(events[last.at(-1)!]!) - 1 < MIN_BREAK_YEARS) last.push(i);
		else runs.push([i]);
	}
	return runs;
}

/**
 * Consecutive events into `count` columns, split only where the year changes, so that the tallest
 * column is as short as it can be (every way of splitting is tried: there are few).
 */
function balancedColumns<T extends { height: number }>(events: StripEventInput[], count: number, layout: (indexes: number[]) => T): T[] {
	const all = events.map((_, i) => i);
	const splits = all.filter((i) => i > 0 && yearOf(events[i]!) !== yearOf(events[i - 1]!));
	const range = (from: number, to: number) => all.slice(from, to);
	const cache = new Map<string, T>();
	const column = (from: number, to: number) => {
		const key = `${from}-${to}`;
		if (!cache.has(key)) cache.set(key, layout(range(from, to)));
		return cache.get(key)!;
	};
	let best: T[] = [column(0, events.length)];
	const tallest = (cols: T[]) => Math.max(...cols.map((c) => c.height));
	const search = (from: number, left: number, done: T[]) => {
		if (left === 1) {
			const cols = [...done, column(from, events.length)];
			if (tallest(cols) < tallest(best)) best = cols;
			return;
		}
		for (const split of splits.filter((s) => s > from)) {
			const col = column(from, split);
			if (tallest([...done, col]) < tallest(best)) search(split, left - 1, [...done, col]);
		}
	};
	search(0, count, []);
	return best;
}

export function layoutStrip(events: StripEventInput[], { width = STRIP_WIDTH, columns = 4 } = {}): StripLayout {
	const x = {
		year: YEAR_X,
		axis: AXIS_X,
		gutter: AXIS_X + DOT + LEADER / 2,
		label: AXIS_X + DOT + LEADER,
		mark: AXIS_X + DOT + LEADER + PAD + MARK / 2,
		text: 0,
	};
	x.text = x.mark + MARK / 2 + MARK_GAP;
	const room = width - x.text - PAD;
	const firstLine = PAD + stripType.lineHeight / 2;
	const when = events.map((e) => dateStart(e.date));

	const boxes = events.map((e) => {
		const date = e.undated ? undefined : shortDate(e.date);
		const lines = wrapLabel(
			date ? `${date} ${e.title}` : e.title,
			Math.floor(room / (stripType.label * (e.milestone ? EM.bold : EM.regular))),
		);
		const note = e.undated
			? wrapLabel(`Date unknown: ${e.dateLabel.replace(/^After/, 'after')}`, Math.floor(room / (stripType.note * EM.regular)))
			: [];
		const height = Math.max(TARGET, lines.length * stripType.lineHeight + note.length * stripType.noteLineHeight + 2 * PAD);
		return { date, lines, note, height };
	});

	// One scale for every column, set by the longest run's labels: about as many units per year as
	// they take, so they sit near their points and the leaders stay short.
	const runs = runsOf(
		events,
		events.map((_, i) => i),
	);
	const span = (run: number[]) => when[run.at(-1)!]! - when[run[0]!]! + 2 * RUN_MARGIN;
	const longest = runs.reduce((a, b) => (span(b) > span(a) ? b : a));
	const labels = longest.reduce((n, i) => n + boxes[i]!.height + GAP, 0);
	const scale = Math.round(Math.min(240, Math.max(60, labels / Math.max(1, span(longest)))));

	const layoutColumn = (indexes: number[]): StripColumn => {
		const placed: PlacedEvent[] = [];
		const axis: StripColumn['axis'] = [];
		const years: PlacedYear[] = [];
		const breaks: PlacedBreak[] = [];
		const cuts: number[] = [];
		let cursor = 0;
		const columnRuns = runsOf(events, indexes);
		// Whether two events (indexes) are far enough apart for a break: two or more whole years between.
		const apart = (i: number, j: number) => yearOf(events[j]!) - yearOf(events[i]!) - 1 >= MIN_BREAK_YEARS;
		columnRuns.forEach((run, n) => {
			// A column that takes over from the one before without a break starts on 1 January, where
			// that one ends; and ends on the 1 January where the next one takes over, so no time is lost.
			const before = run[0]! - 1;
			const after = run.at(-1)! + 1;
			const continues = n === 0 && before >= 0 && !apart(before, run[0]!);
			const handsOver = n === columnRuns.length - 1 && after < events.length && !apart(run.at(-1)!, after);
			const from = continues ? yearOf(events[run[0]!]!) : when[run[0]!]! - RUN_MARGIN;
			const top = cursor + RUN_TOP;
			const at = (t: number) => top + (t - from) * scale;
			const tops = placeInOrder(
				run.map((i) => at(when[i]!) - firstLine),
				run.map((i) => boxes[i]!.height),
				GAP,
				cursor + GAP,
			);
			const mine = run.map((i, k): PlacedEvent => {
				const y = at(when[i]!);
				const lineY = tops[k]! + firstLine;
				const start = x.axis + DOT;
				const long = Math.abs(lineY - y) > LONG_LEADER;
				return {
					type: 'event',
					event: events[i]!,
					y: round(y),
					top: round(tops[k]!),
					height: boxes[i]!.height,
					lineY: round(lineY),
					...(boxes[i]!.date && { date: boxes[i]!.date }),
					lines: boxes[i]!.lines,
					note: boxes[i]!.note,
					leader: long
						? `M${start} ${round(y)}H${x.gutter}`
						: Math.abs(lineY - y) < 0.5
							? `M${start} ${round(y)}H${x.label}`
							: `M${start} ${round(y)}C${x.gutter} ${round(y)} ${x.gutter} ${round(lineY)} ${x.label} ${round(lineY)}`,
					...(long && { labelLeader: `M${x.gutter} ${round(lineY)}H${x.label}` }),
				};
			});
			placed.push(...mine);
			const axisEnd = at(handsOver ? yearOf(events[after]!) : when[run.at(-1)!]! + RUN_MARGIN);
			const bottom = Math.max(axisEnd, ...mine.map((p) => p.top + p.height)) + GAP;
			axis.push({ top: round(top), bottom: round(axisEnd) });
			if (bottom - axisEnd > 2 * GAP) axis.push({ top: round(axisEnd), bottom: round(bottom), dotted: true });
			// Each year's label on its 1 January; a run that starts within a year names it at its top.
			const firstYear = yearOf(events[run[0]!]!);
			const lastYear = yearOf(events[run.at(-1)!]!);
			const quietTo = handsOver ? yearOf(events[after]!) - 1 : lastYear;
			for (let year = firstYear; year <= quietTo; year += 1) {
				const tick = year >= from;
				years.push({
					type: 'year',
					year,
					y: round(tick ? at(year) : top),
					tick,
					events: events.filter((e) => !e.undated && yearOf(e) === year).length,
				});
			}
			// A piece may end wherever no label or year's link is cut: just above a year's label, or
			// between two labels. (Points and leaders are drawn in every piece they cross.)
			const clear = (cut: number) => !crosses(mine, cut) && years.every((t) => Math.abs(t.y - cut) >= TARGET / 2);
			for (const t of years.filter((t) => t.y > top + CUT)) if (clear(t.y - CUT)) cuts.push(round(t.y - CUT));
			for (const p of mine.slice(0, -1)) if (clear(p.top + p.height + GAP / 2)) cuts.push(round(p.top + p.height + GAP / 2));
			// The break after a run: before the column's next run, or before the next column's first event.
			const next = columnRuns[n + 1] ?? (after < events.length && !handsOver ? [after] : undefined);
			if (next) {
				const textY = bottom + BREAK / 2;
				breaks.push({
					from: lastYear + 1,
					to: yearOf(events[next[0]!]!) - 1,
					top: round(bottom),
					bottom: round(bottom + BREAK),
					textY: round(textY),
				});
				cursor = bottom + BREAK;
				cuts.push(round(cursor));
			} else cursor = bottom + 2 * GAP;
		});
		const height = round(cursor);

		// The links in date order: the events in the order given (the page's), each year before the events dated in it.
		const inOrder: (PlacedYear | PlacedEvent)[] = [];
		let y = 0;
		for (const p of placed) {
			while (y < years.length && years[y]!.y <= p.y) inOrder.push(years[y++]!);
			inOrder.push(p);
		}
		inOrder.push(...years.slice(y));
		const at = (i: PlacedYear | PlacedEvent) => (i.type === 'year' ? i.y : i.top);
		// A piece holds the links drawn in its slice, and the pieces are read one after another: a cut
		// must leave everything before it in that order above it. Where a crowded year fans its first
		// labels out above its own 1 January, a cut between them and the year would read them before it.
		// The cuts are tried from the top down, so the first item at or below each is found by moving
		// on from the last one's, and whether all after it are below by the least of what follows it.
		const ats = inOrder.map(at);
		const leastFrom = [...ats];
		for (let i = ats.length - 2; i >= 0; i -= 1) leastFrom[i] = Math.min(ats[i]!, leastFrom[i + 1]!);
		let below = 0;
		const keepsOrder = (cut: number) => {
			while (below < ats.length && ats[below]! < cut) below += 1;
			return below === ats.length || leastFrom[below]! >= cut;
		};
		// Pieces of at least MIN_PIECE, cut at the first place that allows it past that.
		const bounds = [0];
		for (const cut of [...new Set(cuts)].sort((a, b) => a - b))
			if (cut - bounds.at(-1)! >= MIN_PIECE && height - cut >= MIN_PIECE / 3 && keepsOrder(cut)) bounds.push(cut);
		bounds.push(height);
		const pieces = bounds.slice(0, -1).map((top, b) => ({
			top,
			height: round(bounds[b + 1]! - top),
			items: inOrder.filter((i) => at(i) >= top && at(i) < bounds[b + 1]!),
		}));
		return {
			height,
			firstYear: yearOf(events[indexes[0]!]!),
			lastYear: yearOf(events[indexes.at(-1)!]!),
			pieces,
			axis,
			breaks,
			events: placed,
			gutters: gutterStretches(placed),
		};
	};

	return {
		width,
		scale,
		columns: balancedColumns(events, columns, layoutColumn),
		x,
		sizes: { dot: DOT, mark: MARK, pad: PAD, firstLine, target: TARGET },
	};
}
