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
 * to its label: the kind's mark (shape and colour), the date to the month and the title. Each year
 * is a tick on its 1 January, with a leader to its own label in the same column as the events',
 * just above theirs: a crowded year pushes its labels down past the next year's tick, and a label
 * of the year's beside that tick was read as the next year's. Labels keep the order of the axis and
 * sit as close to their points as their neighbours allow (the least squared distance, found by
 * pooling neighbours that would overlap), so a crowded stretch fans its labels out rather than
 * stretching time; where they reach past the last event of a stretch, the axis goes on dotted:
 * room for labels, not time.
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

// Left of the axis only a break's zigzag: every label is to its right.
const AXIS_X = 12;
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

/** A year's or an event's label in the column of labels, and the leader from its point on the axis. */
interface PlacedLabel {
	/** Its point on the axis (x is the axis'): an event's day, month or year starts there, a year's tick stands there. */
	y: number;
	/** The label's box: its top and height (it runs from x.label to the column's right edge). */
	top: number;
	height: number;
	/** The middle of the label's first line, where the leader ends (and an event's kind's mark sits). */
	lineY: number;
	/** SVG path data of the leader from the axis to the label; for a long one, from the axis to the gutter. */
	leader: string;
	/** A long leader's other end: from the gutter to the label. */
	labelLeader?: string;
}

export interface PlacedEvent extends PlacedLabel {
	type: 'event';
	event: StripEventInput;
	/**
	 * The date as the strip gives it ("Sep 2021", "2014"; none for an undated event), then the title,
	 * in lines: the first line starts with the date. For an undated event, a note in lines under it.
	 */
	date?: string;
	lines: string[];
	note: string[];
}

export interface PlacedYear extends PlacedLabel {
	type: 'year';
	year: number;
	/** Whether its point is the year's 1 January on the axis (a tick), or the top of a run that starts within the year. */
	tick: boolean;
	/** The number of events dated in that year (0: a quiet year, named among the labels with nothing to link to). */
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
	/** What is drawn but not a link, and the points, ticks and leaders: each piece draws what falls in its slice. */
	axis: { top: number; bottom: number; dotted?: boolean }[];
	breaks: PlacedBreak[];
	events: PlacedEvent[];
	years: PlacedYear[];
	/** Where long leaders run between their two ends, each stretch once. */
	gutters: { top: number; bottom: number }[];
}

export interface StripLayout {
	width: number;
	/** User units per year, the same in every column. */
	scale: number;
	columns: StripColumn[];
	/** Where things go across: the axis, a label's box, an event's mark's centre, its text, and the rule after a year's number. */
	x: { axis: number; gutter: number; label: number; mark: number; text: number; yearRule: number };
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
	// A point and its leader (or a long leader's first end), where they reach into the slice.
	const reaches = (l: PlacedLabel) =>
		l.labelLeader ? overlaps(l.y - dot, l.y + dot) : overlaps(Math.min(l.y, l.lineY) - dot, Math.max(l.y, l.lineY) + dot);
	const labelEnd = (l: PlacedLabel) => l.labelLeader !== undefined && overlaps(l.lineY - 1, l.lineY + 1);
	return {
		axis: column.axis.filter((a) => overlaps(a.top - 2, a.bottom + 2)),
		breaks: column.breaks.filter((b) => overlaps(b.top, b.bottom)),
		gutters: column.gutters.filter((g) => overlaps(g.top, g.bottom)),
		points: column.events.filter(reaches),
		ticks: column.years.filter(reaches),
		labelEnds: [...column.events, ...column.years].filter(labelEnd),
		/** Years without events: named, not links (there is nothing to link to). */
		quietYears: piece.items.filter((i): i is PlacedYear => i.type === 'year' && i.events === 0),
	};
}

/** The stretches the long leaders of a column run along, overlapping ones joined: each drawn once per piece. */
function gutterStretches(placed: PlacedLabel[]): { top: number; bottom: number }[] {
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
		axis: AXIS_X,
		gutter: AXIS_X + DOT + LEADER / 2,
		label: AXIS_X + DOT + LEADER,
		mark: AXIS_X + DOT + LEADER + PAD + MARK / 2,
		text: 0,
		// After a year's four digits (at the generous width of bold glyphs) and a space.
		yearRule: AXIS_X + DOT + LEADER + PAD + Math.ceil(4 * stripType.year * EM.bold) + MARK_GAP,
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

	// One scale for every column, set by the longest run's labels, its years' among them: about as
	// many units per year as they take, so they sit near their points and the leaders stay short.
	const runs = runsOf(
		events,
		events.map((_, i) => i),
	);
	const span = (run: number[]) => when[run.at(-1)!]! - when[run[0]!]! + 2 * RUN_MARGIN;
	const longest = runs.reduce((a, b) => (span(b) > span(a) ? b : a));
	const labels =
		longest.reduce((n, i) => n + boxes[i]!.height + GAP, 0) +
		(yearOf(events[longest.at(-1)!]!) - yearOf(events[longest[0]!]!) + 1) * (TARGET + GAP);
	const scale = Math.round(Math.min(240, Math.max(60, labels / Math.max(1, span(longest)))));

	/** A leader from a point on the axis to the middle of its label's first line, or a long one's two ends by the gutter. */
	const leaderOf = (y: number, lineY: number): Pick<PlacedLabel, 'leader' | 'labelLeader'> => {
		const start = x.axis + DOT;
		if (Math.abs(lineY - y) > LONG_LEADER) return { leader: `M${start} ${y}H${x.gutter}`, labelLeader: `M${x.gutter} ${lineY}H${x.label}` };
		if (Math.abs(lineY - y) < 0.5) return { leader: `M${start} ${y}H${x.label}` };
		return { leader: `M${start} ${y}C${x.gutter} ${y} ${x.gutter} ${lineY} ${x.label} ${lineY}` };
	};

	const layoutColumn = (indexes: number[]): StripColumn => {
		const labelsInOrder: (PlacedYear | PlacedEvent)[] = [];
		const axis: StripColumn['axis'] = [];
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
			// The run's labels in the axis' order: each year (on its tick, or at the top of a run that
			// starts within it), then its events; a year without events is named too.
			const lastYear = yearOf(events[run.at(-1)!]!);
			const quietTo = handsOver ? yearOf(events[after]!) - 1 : lastYear;
			const entries: ({ year: number; y: number } | { index: number; y: number })[] = [];
			let nextYear = yearOf(events[run[0]!]!);
			const yearsTo = (last: number) => {
				for (; nextYear <= last; nextYear += 1) entries.push({ year: nextYear, y: nextYear >= from ? at(nextYear) : top });
			};
			for (const i of run) {
				yearsTo(yearOf(events[i]!));
				entries.push({ index: i, y: at(when[i]!) });
			}
			yearsTo(quietTo);
			const heightOf = (e: (typeof entries)[number]) => ('index' in e ? boxes[e.index]!.height : TARGET);
			const lineOf = (e: (typeof entries)[number]) => ('index' in e ? firstLine : TARGET / 2);
			const tops = placeInOrder(
				entries.map((e) => e.y - lineOf(e)),
				entries.map(heightOf),
				GAP,
				cursor + GAP,
			);
			const mine = entries.map((e, k): PlacedYear | PlacedEvent => {
				const [y, lineY] = [round(e.y), round(tops[k]! + lineOf(e))];
				const placed = { y, top: round(tops[k]!), height: heightOf(e), lineY, ...leaderOf(y, lineY) };
				if ('year' in e)
					return {
						type: 'year',
						year: e.year,
						tick: e.year >= from,
						events: events.filter((ev) => !ev.undated && yearOf(ev) === e.year).length,
						...placed,
					};
				const box = boxes[e.index]!;
				return {
					type: 'event',
					event: events[e.index]!,
					...(box.date && { date: box.date }),
					lines: box.lines,
					note: box.note,
					...placed,
				};
			});
			labelsInOrder.push(...mine);
			const axisEnd = at(handsOver ? yearOf(events[after]!) : when[run.at(-1)!]! + RUN_MARGIN);
			const bottom = Math.max(axisEnd, ...mine.map((p) => p.top + p.height)) + GAP;
			axis.push({ top: round(top), bottom: round(axisEnd) });
			if (bottom - axisEnd > 2 * GAP) axis.push({ top: round(axisEnd), bottom: round(bottom), dotted: true });
			// A piece may end between any two labels (they are apart and in order), but not just after a
			// year's, which heads what follows: a printed sheet ended on "2008" with its event on the next.
			// (Points, ticks and leaders are drawn in every piece they cross.)
			for (const p of mine.slice(0, -1)) if (p.type === 'event') cuts.push(round(p.top + p.height + GAP / 2));
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

		// Pieces of at least MIN_PIECE, cut at the first place that allows it past that. A piece holds
		// the links whose labels start in its slice, read one piece after another in the axis' order.
		const bounds = [0];
		for (const cut of [...new Set(cuts)].sort((a, b) => a - b))
			if (cut - bounds.at(-1)! >= MIN_PIECE && height - cut >= MIN_PIECE / 3) bounds.push(cut);
		bounds.push(height);
		const pieces = bounds.slice(0, -1).map((top, b) => ({
			top,
			height: round(bounds[b + 1]! - top),
			items: labelsInOrder.filter((i) => i.top >= top && i.top < bounds[b + 1]!),
		}));
		const placed = labelsInOrder.filter((i): i is PlacedEvent => i.type === 'event');
		const years = labelsInOrder.filter((i): i is PlacedYear => i.type === 'year');
		return {
			height,
			firstYear: yearOf(events[indexes[0]!]!),
			lastYear: yearOf(events[indexes.at(-1)!]!),
			pieces,
			axis,
			breaks,
			events: placed,
			years,
			gutters: gutterStretches(labelsInOrder),
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
