import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';
import { loadContent } from '../../src/content/load';
import { milestones } from '../../src/glossary/status';
import { ruleKinds } from '../../src/schemas/glossary';
import { relationLabels } from '../../src/site/labels';
import { sourceLabels } from '../../src/site/source-labels';
import { wideMapWidth } from '../../src/data/map-layout';

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
		const scripts = (p: Root) => selectAll('script[src], link[rel="modulepreload"]', p).map((s) => attr(s, 'src') || attr(s, 'href'));
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
		for (const row of selectAll('tbody tr', incident!)) {
			const labels = selectAll('.cmp-label', row).map((l) => toString(l));
			expect(labels).toEqual([heads[1], heads[2]]);
		}
		for (const t of tables)
			for (const cell of selectAll('tbody td', t))
				expect(
					toString(cell)
						.replace(toString(select('.cmp-label', cell)!), '')
						.trim(),
					toString(cell),
				).not.toMatch(/^$|not stated/i);
	});
});

describe('the timeline', () => {
	requireDist();
	const timeline = page('timeline');
	const events = selectAll('li.event[id]', timeline);

	it('draws one mark per event in the strip, each linking to its event', () => {
		const marks = selectAll('.strip-marks a', timeline);
		expect(marks).toHaveLength(content.timeline.length);
		expect(marks.map((m) => attr(m, 'href'))).toEqual(events.map((e) => `#${attr(e, 'id')}`));
	});

	it('marks the book’s publication and the analysis, which is placed after the draft it discusses', () => {
		expect(toString(select('.strip-marks a.mark-pill-book', timeline)!)).toMatch(/^Book/);
		const ids = events.map((e) => attr(e, 'id'));
		expect(ids.indexOf('analysis-published')).toBe(ids.indexOf('incident-draft') + 1);
		const analysis = events[ids.indexOf('analysis-published')]!;
		expect(toString(select('.event-date', analysis)!)).toContain('After 8\u00a0December\u00a02023');
		expect(select('.event-date time', analysis)).toBeFalsy();
	});

	it('has a year index: every year label links to a heading that exists', () => {
		const labels = selectAll('.strip-label', timeline);
		expect(labels.length).toBeGreaterThan(10);
		for (const l of labels) expect(select(`h2[id="${attr(l, 'href').slice(1)}"]`, timeline), attr(l, 'href')).toBeTruthy();
	});

	it('filters by kind and by term with plain anchors to sections listing exactly the matching events', () => {
		const drafts = content.timeline.filter((e) => e.value.kind === 'draft').map((e) => `#${e.value.id}`);
		const view = select('#only-kind-draft', timeline)!;
		expect(selectAll('.filter-list a', view).map((a) => attr(a, 'href'))).toEqual(drafts);
		expect(select('.timeline-filters a[href="#only-kind-draft"]', timeline)).toBeTruthy();
		const aboutCac = content.timeline.filter((e) => e.value.terms.includes('cac')).map((e) => `#${e.value.id}`);
		expect(selectAll('#only-term-cac .filter-list a', timeline).map((a) => attr(a, 'href'))).toEqual(aboutCac);
	});

	it('gives every event a visible permalink and keeps it a search sub-result', () => {
		for (const e of events) {
			expect(attr(select('a.event-permalink', e), 'href')).toBe(`#${attr(e, 'id')}`);
			expect(attr(e, 'dataPagefindTitle').length).toBeGreaterThan(0);
		}
	});
});
