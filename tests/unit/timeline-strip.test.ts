import { describe, expect, it } from 'vitest';
import {
	dateStart,
	layoutStrip,
	pieceDecor,
	placeInOrder,
	type PlacedEvent,
	type StripEventInput,
	type StripLayout,
} from '../../src/drawing/timeline-strip';
import type { PartialDate } from '../../src/schemas/ids';

// The timeline strip's layout (src/drawing/timeline-strip.ts) on made-up events, including more and
// more crowded ones than content/ has today: what it promises whatever the editors add. The built
// strip is read in tests/build/pictures.test.ts and shown in Chromium in tests/browser/pictures.test.ts.

const date = (iso: string): PartialDate => ({ iso, precision: iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day' });
const event = (id: string, iso: string, title = `Event ${id} with a title long enough to wrap onto a second line`): StripEventInput => ({
	id,
	title,
	kind: 'event',
	date: date(iso),
	dateLabel: iso,
});
const eventsOf = (layout: StripLayout) =>
	layout.columns.flatMap((c) => c.pieces.flatMap((p) => p.items)).filter((i): i is PlacedEvent => i.type === 'event');

/**
 * What every layout must hold: each event once, in order; labels apart, in order, within their
 * pieces; links read, piece after piece, as the years and their events (a year, then its events);
 * one scale.
 */
function expectSound(input: StripEventInput[], layout: StripLayout) {
	const placed = eventsOf(layout);
	expect(placed.map((p) => p.event.id)).toEqual(input.map((e) => e.id));
	// Read as a screen reader reads the pieces: every event after its own year's link, before the next year's.
	let year: number | undefined;
	for (const item of layout.columns.flatMap((c) => c.pieces.flatMap((p) => p.items)))
		if (item.type === 'year') {
			if (year !== undefined) expect(item.year, `${item.year} after ${year}`).toBeGreaterThan(year);
			year = item.year;
		} else expect(year, item.event.id).toBe(Number(item.event.date.iso.slice(0, 4)));
	for (const column of layout.columns) {
		// Years' labels and events' alike stand apart, down the page in the order they are read: a
		// year's label heads its events' labels, below the year before's, whatever a crowd pushes down.
		const labels = column.pieces.flatMap((p) => p.items);
		const name = (i: (typeof labels)[number]) => (i.type === 'year' ? String(i.year) : i.event.id);
		for (let i = 1; i < labels.length; i += 1)
			expect(labels[i]!.top, `${name(labels[i - 1]!)} → ${name(labels[i]!)}`).toBeGreaterThanOrEqual(
				labels[i - 1]!.top + labels[i - 1]!.height,
			);
		for (const piece of column.pieces)
			for (const item of piece.items) {
				// A label whole inside its piece.
				expect(item.top, name(item)).toBeGreaterThanOrEqual(piece.top);
				expect(item.top + item.height, name(item)).toBeLessThanOrEqual(piece.top + piece.height + 0.05);
			}
		expect(column.pieces.reduce((n, p) => n + p.height, 0)).toBeCloseTo(column.height, 1);
		// A year's label heads its events: no piece (a printed sheet may end with one) ends on it.
		for (const piece of column.pieces.slice(0, -1)) {
			const last = piece.items.at(-1);
			if (last?.type === 'year') expect(last.events, `a piece ends on ${last.year}`).toBe(0);
		}
	}
	for (const p of layout.columns.flatMap((c) => c.pieces.flatMap((piece) => piece.items))) expect(p.height).toBeGreaterThanOrEqual(26);
}

describe('placing labels in order', () => {
	it('keeps each where it wants to be when there is room', () => {
		expect(placeInOrder([0, 50, 100], [20, 20, 20], 2)).toEqual([0, 50, 100]);
	});

	it('spreads labels that want the same place evenly about it, in order, never above the least top', () => {
		expect(placeInOrder([100, 100], [20, 20], 0)).toEqual([90, 110]);
		expect(placeInOrder([0, 0, 0], [10, 10, 10], 0, 0)).toEqual([0, 10, 20]);
	});
});

describe('the timeline strip’s layout', () => {
	it('puts every point where its date falls, at one scale, in every column', () => {
		const input = [event('a', '2001-01-01'), event('b', '2001-07'), event('c', '2002'), event('d', '2002-09-15'), event('e', '2003-03-03')];
		for (const columns of [1, 2, 3]) {
			const layout = layoutStrip(input, { columns });
			expectSound(input, layout);
			for (const column of layout.columns)
				for (let i = 1; i < column.events.length; i += 1) {
					const [a, b] = [column.events[i - 1]!, column.events[i]!];
					expect(b.y - a.y).toBeCloseTo(layout.scale * (dateStart(b.event.date) - dateStart(a.event.date)), 0);
				}
		}
	});

	it('breaks the axis over two or more whole years without events, and names them; one quiet year stays, named', () => {
		const layout = layoutStrip([event('a', '1990-05'), event('b', '1996-02'), event('c', '1998-01')], { columns: 1 });
		const [column] = layout.columns;
		expect(column!.breaks.map((b) => [b.from, b.to])).toEqual([[1991, 1995]]);
		const years = column!.pieces.flatMap((p) => p.items).filter((i) => i.type === 'year');
		expect(years.map((y) => [y.year, y.events])).toEqual([
			[1990, 1],
			[1996, 1],
			[1997, 0],
			[1998, 1],
		]);
	});

	it('heads a crowded year’s events with its own label, below the year before’s, with a leader from its tick', () => {
		// Twelve events in 2021 take more room than the year: their labels reach past 2022's tick. The
		// label for 2022 stands after them, not beside the last of 2021's.
		const input = [
			event('a', '2020-06'),
			...Array.from({ length: 12 }, (_, i) => event(`m${i}`, `2021-${String(i + 1).padStart(2, '0')}`)),
			event('z', '2022-03'),
		];
		const layout = layoutStrip(input, { columns: 1 });
		expectSound(input, layout);
		const column = layout.columns[0]!;
		const y2022 = column.years.find((y) => y.year === 2022)!;
		const last2021 = column.events.find((e) => e.event.id === 'm11')!;
		expect(y2022.tick).toBe(true);
		expect(y2022.y).toBeLessThan(last2021.top + last2021.height);
		expect(y2022.top).toBeGreaterThanOrEqual(last2021.top + last2021.height);
		// Its leader runs from the tick on the axis to the middle of its label (a long one by the gutter
		// beside the axis, in two ends).
		expect(y2022.leader.startsWith(`M${layout.x.axis + layout.sizes.dot} ${y2022.y}`)).toBe(true);
		expect(y2022.labelLeader ?? y2022.leader).toMatch(
			new RegExp(`( ${layout.x.label} ${y2022.lineY}|^M${layout.x.gutter} ${y2022.lineY}H${layout.x.label})$`),
		);
		expect(y2022.lineY).toBeCloseTo(y2022.top + y2022.height / 2, 1);
	});

	it('loses no time between columns: each takes over on the 1 January where the last one ends, or after a named break', () => {
		const input = Array.from({ length: 24 }, (_, i) =>
			event(String(i), `${2000 + Math.floor(i / 3)}-${String((i % 3) * 4 + 1).padStart(2, '0')}`),
		);
		input.push(event('late', '2015-06'));
		const layout = layoutStrip(input, { columns: 4 });
		expectSound(input, layout);
		const named = layout.columns.flatMap((c) => [
			...c.pieces.flatMap((p) => p.items).flatMap((i) => (i.type === 'year' ? [i.year] : [])),
			...c.breaks.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, k) => b.from + k)),
		]);
		expect([...new Set(named)].sort()).toEqual(Array.from({ length: 16 }, (_, k) => 2000 + k));
	});

	it('stays sound when events crowd: a dozen on one day among a hundred, undated ones, long titles', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const days = Array.from({ length: 100 }, () => {
			const y = 1990 + Math.floor(random() * 36);
			const m = 1 + Math.floor(random() * 12);
			return random() < 0.3 ? `${y}` : random() < 0.5 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-15`;
		});
		const input = [...days, ...Array.from({ length: 12 }, () => '2021-09-01')]
			.sort()
			.map((iso, i) =>
				event(
					`e${i}`,
					iso,
					i % 9 === 0 ? 'A very long title naming a measure, the body that issued it and the law it implements in full' : undefined,
				),
			);
		input.splice(40, 0, { ...input[39]!, id: 'undated', undated: true, dateLabel: 'After 1 May 2001' });
		for (const columns of [1, 4]) {
			const layout = layoutStrip(input, { columns });
			expectSound(input, layout);
			const undated = eventsOf(layout).find((p) => p.event.id === 'undated')!;
			expect(undated.date).toBeUndefined();
			expect(undated.note.join(' ')).toBe('Date unknown: after 1 May 2001');
		}
	});

	it('draws a pile of labels in proportion to its size: a long leader as its two ends and a shared gutter, each drawn once per piece', () => {
		// Every copy of a timeline piles up on its dates (the bench's ×100 build): drawn in every piece
		// it crosses, each leader of a pile of n labels would be drawn about n/12 times.
		const input = [
			event('first', '2015-03-01'),
			...Array.from({ length: 300 }, (_, i) => event(`p${i}`, '2021-09-01')),
			event('last', '2024-05-01'),
		];
		const layout = layoutStrip(input, { columns: 1 });
		expectSound(input, layout);
		let drawn = 0;
		for (const column of layout.columns)
			for (const piece of column.pieces) {
				const decor = pieceDecor(column, piece, layout.sizes.dot);
				drawn += decor.points.length + decor.labelEnds.length + decor.gutters.length;
			}
		expect(drawn).toBeLessThan(4 * input.length);
		// Still one line from each point to its label: the gutter runs the whole way between its two ends.
		const column = layout.columns[0]!;
		const long = column.events.filter((e) => e.labelLeader);
		expect(long.length).toBeGreaterThan(200);
		for (const e of long) {
			expect(e.leader).toBe(`M${layout.x.axis + layout.sizes.dot} ${e.y}H${layout.x.gutter}`);
			expect(e.labelLeader).toBe(`M${layout.x.gutter} ${e.lineY}H${layout.x.label}`);
			expect(column.gutters.some((g) => g.top <= Math.min(e.y, e.lineY) && g.bottom >= Math.max(e.y, e.lineY))).toBe(true);
		}
		// Labels near their points keep their own curve.
		expect(column.events.find((e) => e.event.id === 'p0')!.labelLeader).toBeUndefined();
	});
});
