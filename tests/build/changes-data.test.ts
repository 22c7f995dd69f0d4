import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { distDir, htmlPages, isSectionPath, readHtml, requireDist } from '../support/dist';
import { sharedBuild, variants } from '../support/shared-build';
import { loadContent } from '../../src/content/load';

// /changes/, its Atom feed, and the Data page's downloads, read the way a feed reader, a calendar
// app and a reference manager would read them.

const content = loadContent(join(process.cwd(), 'content'));
const ATOM = 'http://www.w3.org/2005/Atom';
// A feed needs absolute addresses, so these tests read a build that has one (the default build
// has none and publishes no feed: tested at the end).
const built = (await sharedBuild(variants.hosted.env)).outDir;
const file = (name: string) => readFileSync(join(built, name), 'utf8');
const page = (path: string, dir = built): Root => fromHtml(readHtml(join(dir, path, 'index.html')));
const origin = (() => {
	const canonical = select('link[rel="canonical"]', page('changes'));
	return new URL(String(canonical?.properties.href)).origin;
})();
/** Whether a site URL's page exists in the build and has the fragment's id. */
function resolves(url: string): boolean {
	const u = new URL(url);
	if (u.origin !== origin) return false;
	const entry = htmlPages(built).find((p) => p.path === u.pathname);
	if (!entry) return false;
	return (
		!u.hash || selectAll('[id]', fromHtml(readHtml(entry.file))).some((el) => el.properties.id === decodeURIComponent(u.hash.slice(1)))
	);
}

describe('/changes/ and its Atom feed', () => {
	requireDist();
	const changes = page('changes');

	it('lists every correction and update, newest first, each linking to its passage', () => {
		const items = selectAll('.changes-list > li', changes);
		expect(items.length).toBeGreaterThan(5);
		const dates = items.map((li) => String(select('.change-meta time', li)?.properties.dateTime));
		expect([...dates].sort().reverse()).toEqual(dates);
		for (const li of items) {
			const href = String(select('a[href*="#note-"]', li)?.properties.href);
			expect(resolves(new URL(href, origin).href), href).toBe(true);
		}
	});

	it('is announced in the head of every page, where a feed reader given any of the site’s addresses looks', () => {
		const pages = htmlPages(built);
		expect(pages.length).toBeGreaterThan(40);
		for (const p of pages) {
			const feeds = selectAll('head link[rel="alternate"][type="application/atom+xml"]', fromHtml(readHtml(p.file)));
			expect(
				feeds.map((l) => String(l.properties.href)),
				p.path,
			).toEqual([`${origin}/changes.xml`]);
			expect(String(feeds[0]?.properties.title), p.path).toMatch(/^What changed/);
		}
	});

	it('parses as Atom: namespace, ids, dates and links that resolve', () => {
		const errors: string[] = [];
		const doc = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(
			file('changes.xml'),
			'application/xml',
		);
		expect(errors).toEqual([]);
		const feed = doc.documentElement!;
		expect(feed.localName).toBe('feed');
		expect(feed.namespaceURI).toBe(ATOM);
		const child = (el: XmlElement, name: string) =>
			[...el.childNodes].find((n) => n.nodeType === 1 && (n as XmlElement).localName === name) as XmlElement | undefined;
		const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
		expect(child(feed, 'id')?.textContent).toBe(`${origin}/changes/`);
		expect(child(feed, 'updated')?.textContent).toMatch(rfc3339);
		expect(child(feed, 'title')?.textContent).toBeTruthy();
		const entries = [...feed.getElementsByTagNameNS(ATOM, 'entry')];
		expect(entries).toHaveLength(selectAll('.changes-list > li', changes).length);
		const ids = new Set<string>();
		for (const entry of entries) {
			const id = child(entry, 'id')!.textContent!;
			expect(new URL(id).href).toBe(id);
			ids.add(id);
			expect(child(entry, 'updated')?.textContent).toMatch(rfc3339);
			expect(child(entry, 'title')?.textContent).toBeTruthy();
			const link = child(entry, 'link')!.getAttribute('href')!;
			expect(resolves(link), link).toBe(true);
		}
		expect(ids.size).toBe(entries.length);
	});

	it('is where each chapter page’s "Last updated" leads', () => {
		for (const { path } of htmlPages(built).filter((p) => isSectionPath(p.path))) {
			const href = String(select('.updated a', page(path.slice(1)))?.properties.href);
			expect(href, path).toMatch(/^\/changes\/#page-/);
			expect(resolves(new URL(href, origin).href), href).toBe(true);
		}
	});

	it('counts each page’s notes by kind, apart from the date of its last revision, and lists them in the page’s order', () => {
		for (const section of selectAll('#by-page ~ section', page('changes'))) {
			const said = toString(select('p', section)!).replace(/\s+/g, ' ');
			const kinds = selectAll('li a', section).map((a) => toString(a).split(', ')[1]!.toLowerCase());
			const count = (kind: string) => kinds.filter((k) => k === kind).length;
			expect(said).toMatch(/^Text last revised \d{1,2} [A-Z][a-z]+ \d{4}\. /);
			for (const kind of ['correction', 'update'])
				if (count(kind) > 0) expect(said).toContain(`${count(kind)} ${kind}${count(kind) === 1 ? '' : 's'}`);
			if (kinds.length === 0) expect(said).toContain('No corrections or updates noted.');
			// "1 correction" holds together: a phone's line once ended on "1", the noun on the next.
			expect(toString(select('p', section)!)).not.toMatch(/\d (?:correction|update)/);
			// Listed in the page's own order, by note number (the list above is the one by date).
			const numbers = selectAll('li a', section).map((a) => Number(/^Note (\d+)/.exec(toString(a))![1]));
			expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		}
	});
});

describe('the Data page and its downloads', () => {
	requireDist();
	const data = page('data');

	it('links every download, states the licence, and is linked from About', () => {
		const links = selectAll('.downloads a[download]', data).map((a) => String(a.properties.href));
		expect(links.sort()).toEqual(['/glossary.json', '/relations.json', '/sources.csl.json', '/timeline.ics', '/timeline.json']);
		expect(String(select('#licence + p a[rel~="license"]', data)?.properties.href)).toBe('https://creativecommons.org/licenses/by/4.0/');
		expect(select('main a[href="/data/"]', page('about'))).toBeTruthy();
	});

	it('timeline.json has every event, the undated analysis with "after"', () => {
		const { events } = JSON.parse(file('timeline.json'));
		expect(events).toHaveLength(content.timeline.length);
		expect(events.find((e: { id: string }) => e.id === 'analysis-published')).toMatchObject({ date: null, after: 'incident-draft' });
		for (const e of events) expect(resolves(e.url), e.url).toBe(true);
	});

	it('timeline.ics parses as iCalendar with one all-day event per event dated to the day', () => {
		const calendar = new ICAL.Component(ICAL.parse(file('timeline.ics')));
		const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		const dayEvents = content.timeline.filter((e) => e.value.date?.precision === 'day');
		expect(vevents.map((v) => v.startDate.toString())).toEqual(dayEvents.map((e) => e.value.date!.iso));
		expect(vevents.every((v) => v.startDate.isDate)).toBe(true);
		expect(vevents[0]?.summary).toBe(dayEvents[0]?.value.title);
	});

	it('sources.csl.json is read by a CSL processor (citeproc-js through citation-js), every source in the bibliography', () => {
		const items = JSON.parse(file('sources.csl.json'));
		expect(items).toHaveLength(content.sources.size);
		// The input is CSL-JSON already: tell citation-js so, rather than have it guess the format.
		const cite = new Cite(items, { forceType: '@csl/list+object' } as ConstructorParameters<typeof Cite>[1]);
		const bibliography: string = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
		const entries = bibliography.trim().split('\n');
		expect(entries).toHaveLength(content.sources.size);
		expect(bibliography).toContain('Dakota Cary. (n.d.). Governing Cybersecurity.');
	});

	it('relations.json has every relation with its sources and every rule with its status', () => {
		const { nodes, edges } = JSON.parse(file('relations.json'));
		const relations = [...content.glossary.values()].flatMap((e) => e.value.relations);
		expect(edges).toHaveLength(relations.length);
		for (const e of edges) expect(e.sources.length).toBeGreaterThan(0);
		expect(nodes.find((n: { id: string }) => n.id === 'incident-reporting-draft-2023').status).toMatchObject({
			stage: 'replaced',
			draft: '2023-12-08',
			replacedBy: 'incident-reporting-measures-2025',
		});
	});
});

describe('a build with no address of its own', () => {
	requireDist();

	it('publishes no feed, since Atom needs absolute addresses, and no page announces one', () => {
		expect(existsSync(join(distDir, 'changes.xml'))).toBe(false);
		for (const p of htmlPages(distDir))
			expect(select('link[rel="alternate"][type="application/atom+xml"]', fromHtml(readHtml(p.file))), p.path).toBeUndefined();
	});
});
