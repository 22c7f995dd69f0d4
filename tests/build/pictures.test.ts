import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { distDir, htmlPages, pageScriptSources, readHtml, requireDist } from '../support/dist';
import { loadContent } from '../../src/content/load';
import { milestones } from '../../src/glossary/status';
import { ruleKinds } from '../../src/schemas/glossary';
import { eventKindLabels, relationLabels } from '../../src/site/labels';
import { sourceLabels } from '../../src/site/source-labels';
import { wideMapWidth } from '../../src/drawing/map-layout';

// What readers see of the who's-who map, the status badges, the comparison tables, the timeline
// strip and filters, checked on the built HTML against the content it was built from.

const content = loadContent(join(process.cwd(), 'content'));
const page = (path: string): Root => fromHtml(readHtml(join(distDir, path, 'index.html')));
const attr = (el: Element | undefined, name: string) => String(el?.properties[name] ?? '');
const pathExists = (href: string) => {
	const [path = '', hash] = href.split('#');
	const file = join(distDir, path, path.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) return false;
	return !hash || selectAll('[id]', fromHtml(readFileSync(file, 'utf8'))).some((el) => el.properties.id === hash);
};
const relations = [...content.glossary.values()].flatMap((e) => e.value.relations.map((r) => ({ from: e.value.id, ...r })));

describe('the who’s-who map', () => {
	requireDist();
	const map = page('map');

	it('draws every relation of the glossary, in the wide map and in the phone panels', () => {
		expect(relations.length).toBeGreaterThan(20);
		expect(selectAll('svg.map-wide path.map-edge', map)).toHaveLength(relations.length);
		expect(selectAll('svg.map-narrow path.map-edge', map)).toHaveLength(relations.length);
		// Each edge's verb is drawn on the wide map.
		const verbs = selectAll('svg.map-wide .map-edge-label text', map).map((t) => toString(t));
		expect(verbs.sort()).toEqual(relations.map((r) => relationLabels[r.type].verb).sort());
	});

	it('writes each verb on its own line of the wide map, where no other verb covers it', () => {
		// A verb set beside its line, at a bend, was read as another line's ("coordinates" under
		// two "implements" lines, beside the PIPL box, as if the CAC coordinated the PIPL).
		const edges = selectAll('svg.map-wide .map-edges path.map-edge', map);
		const labels = selectAll('svg.map-wide .map-edge-labels g.map-edge-label', map);
		expect(labels).toHaveLength(edges.length);
		const box = (label: Element) => {
			const rect = select('rect', label);
			const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attr(rect, name)));
			return { x: x!, y: y!, width: width!, height: height! };
		};
		const points = (d: string) => [...d.matchAll(/[ML]\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
		const crosses = (d: string, b: ReturnType<typeof box>) =>
			points(d).some((p, i, all) => {
				const q = all[i + 1];
				if (!q) return false;
				const steps = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y));
				return Array.from({ length: steps + 1 }, (_, s) => s / Math.max(steps, 1)).some((t) => {
					const [x, y] = [p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t];
					return x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;
				});
			});
		edges.forEach((edge, i) => {
			const label = box(labels[i]!);
			expect(crosses(attr(edge, 'd'), label), `“${toString(labels[i]!)}” on ${attr(edge, 'dataType')} line ${i}`).toBe(true);
		});
		const boxes = labels.map(box);
		boxes.forEach((a, i) =>
			boxes.slice(i + 1).forEach((b) => {
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart, `verbs at ${a.x},${a.y} and ${b.x},${b.y} overlap`).toBe(true);
			}),
		);
	});

	it('shows every body and rule named by the issue, each box a link to an entry that exists', () => {
		const nodes = selectAll('svg.map-wide a.map-node', map);
		const ids = nodes.map((n) => attr(n, 'dataNode'));
		for (const id of [
			'central-cyberspace-affairs-commission',
			'cac',
			'miit',
			'ministry-of-public-security',
			'cncert',
			'state-council',
			'npc-standing-committee',
			'cybersecurity-law',
			'data-security-law',
			'pipl',
			'mlps',
			'cii-regulations',
			'cybersecurity-review',
			'data-export-security-assessment',
			'cross-border-data-flow-provisions',
			'vulnerability-regulations-2021',
			'incident-reporting-measures-2025',
		])
			expect(ids).toContain(id);
		for (const a of selectAll('svg a.map-node', map)) {
			expect(attr(a, 'href')).toBe(`/glossary/${attr(a, 'dataNode')}/`);
			expect(pathExists(attr(a, 'href')), attr(a, 'href')).toBe(true);
		}
	});

	it('labels each rule on the map with its status', () => {
		const cyberLaw = selectAll('svg.map-wide a.map-node', map).find((n) => attr(n, 'dataNode') === 'cybersecurity-law');
		expect(toString(select('.map-stage', cyberLaw!)!)).toBe('In force, amended');
		const draft = selectAll('svg.map-wide a.map-node', map).find((n) => attr(n, 'dataNode') === 'incident-reporting-draft-2023');
		expect(toString(select('.map-stage', draft!)!)).toBe('Replaced');
	});

	it('says on which day, or between which days, its statuses were checked, in one phrase', () => {
		const days = [...new Set([...content.glossary.values()].flatMap((e) => (e.value.status ? [e.value.status.asOf.iso] : [])))].sort();
		const intro = toString(select('main > p', map)!).replace(/\s+/g, ' ');
		const said = (iso: string) =>
			new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		expect(intro).toContain(
			days.length === 1
				? `Statuses are as of ${said(days[0]!)}.`
				: `Statuses were checked between ${said(days[0]!)} and ${said(days.at(-1)!)}.`,
		);
	});

	it('gives every relation in words too, with links and sources', () => {
		const items = selectAll('section[aria-labelledby="in-words"] li[id^="node-"] > ul > li', map).filter((li) =>
			select('.relation-sources', li),
		);
		expect(items).toHaveLength(relations.length);
		for (const li of items) expect(selectAll('.relation-sources a[href^="/sources/#"]', li).length).toBeGreaterThan(0);
	});

	it('names each work of a relation once, by its label on every page, and each publisher once a line (“Wikiwand; Wikiwand”)', () => {
		const labels = sourceLabels([...content.sources.values()].map((s) => s.value));
		/** What a line shows, without what only screen readers hear. */
		const shown = (el: Element): string =>
			el.children
				.map((c) =>
					c.type === 'text' ? c.value : c.type === 'element' && !attr(c, 'className').includes('visually-hidden') ? shown(c) : '',
				)
				.join('');
		let works = 0;
		for (const line of selectAll('.relation-list .relation-sources', map)) {
			const where = toString(line);
			const links = selectAll('a[href^="/sources/#"]', line);
			const ids = links.map((a) => decodeURIComponent(attr(a, 'href').slice('/sources/#'.length)));
			works += ids.length;
			expect(new Set(ids).size, where).toBe(ids.length);
			// Every link is named by the work's site-wide label (src/site/source-labels.ts), as on every other page.
			links.forEach((a, i) => expect(toString(a).replace(/\s+/g, ' ').trim(), where).toBe(labels.get(ids[i]!)!.text));
			// A publisher cited for two or more works is written once, its works' links gathered after it.
			const publishers = ids.map((id) => labels.get(id)!.publisher);
			for (const publisher of new Set(publishers)) {
				const count = publishers.filter((p) => p === publisher).length;
				const groups = selectAll('.source-group', line).filter((g) => shown(g).startsWith(`${publisher}: `));
				expect(groups, `${where}: ${publisher}`).toHaveLength(count > 1 ? 1 : 0);
				if (count > 1) expect(selectAll('a', groups[0]!)).toHaveLength(count);
			}
			const parts = shown(line)
				.replace(/^\s*· sources:\s*/, '')
				.split('; ');
			expect(new Set(parts).size, where).toBe(parts.length);
		}
		expect(works).toBeGreaterThan(30);
	});

	it('is drawn narrow enough for the column that shows it at its own size', () => {
		const svg = select('svg.map-wide', map)!;
		const [, , width] = attr(svg, 'viewBox').split(' ').map(Number);
		expect(width).toBeLessThanOrEqual(wideMapWidth);
	});

	it('ships no JavaScript of its own and stays within 40 KB compressed', () => {
		const scripts = (p: Root) => [...pageScriptSources(p), ...selectAll('link[rel="modulepreload"]', p).map((l) => attr(l, 'href'))];
		expect(scripts(map)).toEqual(scripts(page('glossary')));
		const html = readFileSync(join(distDir, 'map/index.html'));
		const css = selectAll('link[rel="stylesheet"]', map).map((l) => readFileSync(join(distDir, attr(l, 'href'))));
		const bytes = [html, ...css].reduce((n, b) => n + brotliCompressSync(b).length, 0);
		expect(bytes).toBeLessThan(40 * 1024);
	});

	it('is in every page’s site navigation and on the home page', () => {
		for (const { path } of htmlPages(distDir).filter((p) => p.path.endsWith('/')))
			expect(toString(select('header nav a[href="/map/"]', page(path)) ?? { type: 'root', children: [] }), path).toBe('Who’s who');
		expect(selectAll('main a[href="/map/"]', page('')).length).toBe(1);
	});

	it('is linked from every chapter page and from each entry on it', () => {
		for (const { path } of htmlPages(distDir).filter((p) => /^\/chapter-\d+\/[^/]+\/$/.test(p.path)))
			expect(selectAll('main a[href="/map/"]', page(path)).length, path).toBeGreaterThan(0);
		const onMap = new Set(selectAll('svg.map-wide a.map-node', map).map((n) => attr(n, 'dataNode')));
		for (const id of content.glossary.keys()) {
			const link = select('.on-the-map a', page(`glossary/${id}`));
			expect(Boolean(link), id).toBe(onMap.has(id));
			if (link) expect(attr(link, 'href')).toBe('/map/#map');
		}
	});
});

describe('status badges', () => {
	requireDist();
	const timeline = page('timeline');
	const eventDate = new Map(
		selectAll('li.event[id]', timeline).map((li) => [attr(li, 'id'), attr(select('.event-date time', li), 'dateTime')]),
	);

	it('every law and regulation shows its stage, its dates and an "as of" date', () => {
		const rules = [...content.glossary.values()].filter((e) => ruleKinds.includes(e.value.kind));
		expect(rules.length).toBeGreaterThan(10);
		for (const e of rules) {
			const badge = select('.term-entry .status', page(`glossary/${e.value.id}`));
			expect(badge, e.value.id).toBeTruthy();
			expect(toString(select('.status-asof', badge!)!)).toMatch(/^as of \d{1,2}\u00a0\w+\u00a0\d{4}$/);
			expect(selectAll('.status-dates li', badge!).length).toBe(milestones(e.value.status!).length + (e.value.status!.replacedBy ? 1 : 0));
		}
	});

	it('every badge date links to a timeline event of the same date', () => {
		let checked = 0;
		for (const id of content.glossary.keys()) {
			for (const a of selectAll('.status-dates a[href^="/timeline/#"]', page(`glossary/${id}`))) {
				const event = attr(a, 'href').slice('/timeline/#'.length);
				expect(eventDate.get(event), `${id} → ${event}`).toBe(attr(select('time', a), 'dateTime'));
				checked++;
			}
		}
		const total = [...content.glossary.values()].reduce((n, e) => n + (e.value.status ? milestones(e.value.status).length : 0), 0);
		expect(checked).toBe(total);
	});
});

describe('comparison tables', () => {
	requireDist();
	const section = page('chapter-5/systems-and-capacity-building');
	const tables = selectAll('.comparison table', section);

	it('compares incident reporting, Cybersecurity Law fines and outbound data, with sources on every row', () => {
		expect(tables.map((t) => toString(select('caption', t)!))).toEqual([
			expect.stringMatching(/^Incident reporting/),
			expect.stringMatching(/^Cybersecurity Law fines/),
			expect.stringMatching(/^Outbound data/),
		]);
		for (const t of tables) {
			const rows = selectAll('tbody tr', t);
			expect(rows.length).toBeGreaterThanOrEqual(3);
			// Each row's numbers link to the works listed under its table, which link to /sources/.
			const listed = selectAll('.comparison', section)[tables.indexOf(t)]!;
			const ids = new Set(selectAll('.cmp-sources li', listed).map((li) => attr(li, 'id')));
			expect(selectAll('.cmp-sources li a[href^="/sources/#"]', listed).length).toBe(ids.size);
			for (const row of rows) {
				const marks = selectAll('.cmp-refs a', row).map((a) => attr(a, 'href')!.slice(1));
				expect(marks.length).toBeGreaterThan(0);
				for (const id of marks) expect(ids.has(id), id).toBe(true);
			}
		}
	});

	it('names each cell’s column for the narrow layout, and leaves no cell empty', () => {
		const [incident] = tables;
		const heads = selectAll('thead th', incident!).map((th) => toString(th));
		// The narrow layout shows each cell's data-label before it (comparison.css).
		for (const row of selectAll('tbody tr', incident!)) {
			const labels = selectAll('td', row).map((td) => td.properties.dataLabel);
			expect(labels).toEqual([heads[1], heads[2]]);
		}
		for (const t of tables) for (const cell of selectAll('tbody td', t)) expect(toString(cell).trim()).not.toMatch(/^$|not stated/i);
	});
});

describe('the timeline', () => {
	requireDist();
	const timeline = page('timeline');
	const events = selectAll('li.event[id]', timeline);

	// The strip "At a glance" (src/components/TimelineStrip.astro): what it draws, read from its SVG.
	const strip = select('nav.glance .strip', timeline)!;
	const stripEvents = selectAll('a.strip-event', strip);
	const scale = Number(attr(strip, 'dataScale'));
	const byId = new Map(content.timeline.map((e) => [e.value.id, e.value]));
	/** An event's date as a year and its fraction (an undated event: its anchor's), counted here without the layout's code. */
	const when = (id: string): number => {
		const e = byId.get(id)!;
		const date = e.date ?? byId.get(e.after!)!.date!;
		const [y = 0, m = 1, d = 1] = date.iso.split('-').map(Number);
		return y + (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
	};
	/** The lines of an event's label as drawn. */
	const labelLines = (a: Element) => selectAll('text.strip-label > tspan', a).map((t) => toString(t));
	const num = (el: Element | undefined, name: string) => Number(el?.properties[name]);
	const breakYears = (text: string) => {
		const m = /^(\d{4})(?:–(\d{4}))?: no events$/.exec(text);
		expect(m, text).toBeTruthy();
		const [from, to = from] = [Number(m![1]), Number(m![2] ?? m![1])];
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	};

	it('draws one link per event, in date order, each to its event, marked by its kind and labelled with its date and title', () => {
		expect(stripEvents).toHaveLength(content.timeline.length);
		expect(stripEvents.map((a) => attr(a, 'href'))).toEqual(events.map((e) => `#${attr(e, 'id')}`));
		for (const a of stripEvents) {
			const e = byId.get(attr(a, 'href').slice(1))!;
			expect(attr(a, 'className'), e.id).toContain(`strip-kind-${e.kind}`);
			expect(select('path.strip-mark', a), e.id).toBeTruthy();
			// The label is drawn, not a tooltip: the title in full, after the date to the month.
			const shown = labelLines(a).join(' ');
			const [y, m] = (e.date?.iso ?? '').split('-');
			const month = m ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ` : '';
			expect(shown, e.id).toBe(e.date ? `${month}${y} ${e.title}` : e.title);
			expect(select('title', a), e.id).toBeFalsy();
		}
	});

	it('is a list of links in date order for assistive technology, each named by its title, date and kind', () => {
		expect(attr(strip, 'role')).toBe('list');
		expect(attr(strip, 'ariaLabel').length).toBeGreaterThan(0);
		for (const piece of selectAll('svg', strip)) expect(attr(piece, 'role')).toBe('none');
		const items = selectAll('[role="listitem"]', strip);
		expect(items.length).toBe(stripEvents.length + selectAll('a.strip-year-link', strip).length);
		for (const item of items) expect(selectAll('a', item)).toHaveLength(1);
		// Each year, then its events: an event is read after its own year's link (an undated one after its anchor's).
		let year = '';
		for (const a of items.map((item) => select('a', item)!)) {
			const href = attr(a, 'href');
			if (href.startsWith('#year-')) year = href.slice('#year-'.length);
			else {
				const e = byId.get(href.slice(1))!;
				expect(year, e.id).toBe((e.date ?? byId.get(e.after!)!.date!).iso.slice(0, 4));
			}
		}
		for (const a of stripEvents) {
			const e = byId.get(attr(a, 'href').slice(1))!;
			const name = attr(a, 'ariaLabel');
			expect(name, e.id).toContain(e.title);
			expect(name, e.id).toContain(eventKindLabels[e.kind]);
			// The date as the list of events gives it ("7 November 2016", "After 8 December 2023").
			const listed = select(
				'.event-date',
				events.find((li) => attr(li, 'id') === e.id),
			)!;
			const date = toString(select('time', listed) ?? select('span', listed)!).toLowerCase();
			expect(name.toLowerCase(), e.id).toContain(date);
			// Said once: a year-only date is the label's own first word, and not repeated after the title.
			expect(name.toLowerCase().split(date).length - 1, `${e.id}: ${name}`).toBe(1);
		}
		// Everything else it draws is hidden from assistive technology.
		for (const decor of selectAll('.strip-decor', strip)) expect(attr(decor, 'ariaHidden')).toBe('true');
	});

	it('puts every point where its date falls, at one scale in every column; only a break, which says so, leaves time out', () => {
		expect(scale).toBeGreaterThan(20);
		let pairs = 0;
		for (const column of selectAll('.strip-column', strip)) {
			const points = selectAll('g[data-point]', column).map((g) => ({ id: attr(g, 'dataPoint'), y: num(select('circle', g), 'cy') }));
			// Drawn once per piece it crosses: one entry each.
			const unique = [...new Map(points.map((p) => [p.id, p])).values()];
			const breaks = selectAll('.strip-break-line', column).map((l) => num(l, 'y1'));
			for (let i = 1; i < unique.length; i += 1) {
				const [a, b] = [unique[i - 1]!, unique[i]!];
				if (breaks.some((y) => y > a.y && y < b.y)) continue;
				expect(b.y - a.y, `${a.id} → ${b.id}`).toBeCloseTo(scale * (when(b.id) - when(a.id)), 0);
				pairs += 1;
			}
		}
		expect(pairs).toBeGreaterThan(content.timeline.length / 2);
	});

	it('names every year from the first event to the last, among the labels or in a break, and breaks only where no event falls', () => {
		const years = content.timeline.flatMap((e) => (e.value.date ? [Number(e.value.date.iso.slice(0, 4))] : []));
		const named = selectAll('text.strip-year', strip).map((t) => Number(/^\d{4}/.exec(toString(t))?.[0]));
		const broken = selectAll('.strip-break-text', strip).flatMap((t) => breakYears(toString(t)));
		expect(broken.length).toBeGreaterThan(5);
		for (const y of broken) expect(years, `${y} is left out`).not.toContain(y);
		const all = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i);
		expect([...new Set([...named, ...broken])].sort()).toEqual(all);
	});

	it('heads each year’s events with the year’s own label in their column, so no year stands beside the year before’s events', () => {
		for (const column of selectAll('.strip-column', strip)) {
			// The labels down the column, as drawn: years' links and names, and events' links.
			const years = [
				...selectAll('a.strip-year-link', column).map((a) => ({
					year: toString(select('text', a)!),
					top: num(select('rect.strip-hit', a), 'y'),
				})),
				...selectAll('text.strip-year-quiet', column).map((t) => ({ year: toString(t).slice(0, 4), top: num(t, 'y') })),
			];
			const events = selectAll('a.strip-event', column).map((a) => ({
				id: attr(a, 'href').slice(1),
				top: num(select('rect.strip-hit', a), 'y'),
				x: num(select('rect.strip-hit', a), 'x'),
			}));
			expect(events.length).toBeGreaterThan(0);
			for (const e of events) {
				const { date, after } = byId.get(e.id)!;
				const own = (date ?? byId.get(after!)!.date!).iso.slice(0, 4);
				// The nearest year's label above the event's is its own year's.
				const above = years.filter((y) => y.top < e.top).sort((a, b) => b.top - a.top)[0];
				expect(above?.year, e.id).toBe(own);
			}
			// In the events' column of labels, not beside the axis.
			for (const a of selectAll('a.strip-year-link', column)) expect(num(select('rect.strip-hit', a), 'x')).toBe(events[0]!.x);
		}
	});

	it('marks the book’s publication and the analysis, which is placed after the draft it discusses', () => {
		const book = selectAll('a.strip-milestone-book', strip);
		expect(book.map((a) => attr(a, 'href'))).toEqual([`#${content.timeline.find((e) => e.value.milestone === 'book')!.value.id}`]);
		const analysis = select('a.strip-milestone-analysis', strip)!;
		expect(attr(analysis, 'href')).toBe('#analysis-published');
		expect(attr(analysis, 'className')).toContain('strip-undated');
		expect(toString(select('text.strip-note', analysis)!)).toMatch(/^Date unknown: after 8\s?December\s?2023$/);
		const ids = events.map((e) => attr(e, 'id'));
		expect(ids.indexOf('analysis-published')).toBe(ids.indexOf('incident-draft') + 1);
		const listed = events[ids.indexOf('analysis-published')]!;
		expect(toString(select('.event-date', listed)!)).toContain('After 8\u00a0December\u00a02023');
		expect(select('.event-date time', listed)).toBeFalsy();
		// Read as text (a search excerpt, a copy, a screen reader), its date, kind and mark are words
		// apart: "2023PublishedThe analysis" was a search result's excerpt.
		expect(toString(select('.event-date', listed)!)).toMatch(/2023 Published The analysis/);
	});

	it('has a year index: every year with events links to its heading', () => {
		const links = selectAll('a.strip-year-link', strip);
		const headings = selectAll('.timeline-years h2[id^="year-"]', timeline).map((h) => attr(h, 'id'));
		expect(headings.length).toBeGreaterThan(10);
		expect(links.map((l) => attr(l, 'href').slice(1)).sort()).toEqual([...headings].sort());
	});

	it('filters by kind and by term with plain anchors to sections listing exactly the matching events', () => {
		const drafts = content.timeline.filter((e) => e.value.kind === 'draft').map((e) => `#${e.value.id}`);
		const view = select('#only-kind-draft', timeline)!;
		expect(selectAll('.filter-list a', view).map((a) => attr(a, 'href'))).toEqual(drafts);
		expect(select('.timeline-filters a[href="#only-kind-draft"]', timeline)).toBeTruthy();
		const aboutCac = content.timeline.filter((e) => e.value.terms.includes('cac')).map((e) => `#${e.value.id}`);
		expect(selectAll('#only-term-cac .filter-list a', timeline).map((a) => attr(a, 'href'))).toEqual(aboutCac);
	});

	it('counts the events of each filter in words that agree with the number: “1 event”, “2 events”', () => {
		const headings = selectAll('.filter-view h2', timeline).map((h) => toString(h));
		expect(headings.length).toBeGreaterThan(10);
		const counts = headings.map((h) => /: (\d+) (events?)$/.exec(h));
		for (const [i, m] of counts.entries()) expect(m, headings[i]).toBeTruthy();
		for (const m of counts) expect(m![2]).toBe(m![1] === '1' ? 'event' : 'events');
		// Both forms occur, so the test reads real headings of each kind.
		expect(new Set(counts.map((m) => m![2]))).toEqual(new Set(['event', 'events']));
	});

	it('gives every event a visible permalink and keeps it a search sub-result', () => {
		for (const e of events) {
			expect(attr(select('a.event-permalink', e), 'href')).toBe(`#${attr(e, 'id')}`);
			expect(attr(e, 'dataPagefindTitle').length).toBeGreaterThan(0);
		}
	});
});
