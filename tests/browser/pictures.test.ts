import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, skipBrowser, phone, phoneScreen } from '../support/browser';
import { scrollSettled } from '../support/scroll';
import { useBuiltSite } from '../support/site';
import { asOneLine, printedPages, withPdfFile } from '../support/pdf';
import { readContent } from '../../src/content/read';
import { relationLabels } from '../../src/site/labels';
import type { RelationType } from '../../src/schemas/glossary';
import { loadContent } from '../../src/content/load';
import { heardNames } from '../support/aria';

const content = loadContent(join(process.cwd(), 'content'));
const relations = [...content.glossary.values()].flatMap((e) => e.value.relations.map((r) => ({ from: e.value.id, ...r })));

const SECTION = '/chapter-5/systems-and-capacity-building/';
const timelineEvents = readContent(fileURLToPath(new URL('../../content', import.meta.url))).model.timeline.map((e) => e.value);
const eventIds = timelineEvents.map((e) => e.id);

/** How far the page scrolls sideways: 0 when everything fits the viewport. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Every visible SVG box fits inside the viewport, and its label text fits inside its box. */
const boxesFit = (page: Page, selector: string) =>
	page.evaluate((sel) => {
		const problems: string[] = [];
		for (const a of document.querySelectorAll<SVGAElement>(sel)) {
			const rect = a.querySelector('rect')!.getBoundingClientRect();
			if (rect.width === 0) continue;
			if (rect.left < 0 || rect.right > document.documentElement.clientWidth) problems.push(`${a.dataset.node} outside the screen`);
			for (const t of a.querySelectorAll('text')) {
				const box = t.getBoundingClientRect();
				if (box.right > rect.right + 0.5 || box.left < rect.left - 0.5)
					problems.push(`${a.dataset.node}: "${t.textContent}" overflows its box`);
			}
		}
		return problems;
	}, selector);

/**
 * The size a reader sees each piece of text in `selector` at, in CSS px: its font size, times the
 * scale its SVG is drawn at. Only text that is rendered counts; the smallest comes first.
 */
const renderedTextSizes = (page: Page, selector: string) =>
	page.evaluate((sel) => {
		const sizes: { px: number; text: string }[] = [];
		for (const scope of document.querySelectorAll(sel)) {
			const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const el = node.parentElement!;
				if (!node.textContent!.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
				const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
				const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
				sizes.push({ px: Math.round(parseFloat(getComputedStyle(el).fontSize) * scale * 100) / 100, text: node.textContent!.trim() });
			}
		}
		return sizes.sort((a, b) => a.px - b.px);
	}, selector);

/** A4 less the print margins (print.css: 15 mm either side), in CSS px: the width a printed page lays out in. */
const A4_TEXT_WIDTH = Math.floor(((210 - 30) / 25.4) * 96);

/** Presses Tab until a box of the wide map has the focus, as a keyboard reader gets there. */
async function tabToMap(page: Page) {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const node = await page.evaluate(() =>
			document.activeElement?.closest('svg.map-wide') ? (document.activeElement as SVGAElement).dataset.node : undefined,
		);
		if (node) return node;
	}
	throw new Error('Tab never reached the map');
}

/** What a box's highlight shows, and whether the rest of the map's lines have stepped back. */
const highlightOf = (page: Page, node: string) =>
	page.evaluate((id) => {
		const item = document.querySelector(`svg.map-wide a.map-node[data-node="${id}"]`)!.parentElement!;
		const shown = [...document.querySelectorAll('svg.map-wide .map-highlight')].filter((g) => getComputedStyle(g).display !== 'none');
		const own = item.querySelector('.map-highlight')!;
		return {
			shownCount: shown.length,
			ownShown: shown.includes(own),
			edges: [...own.querySelectorAll<SVGPathElement>('.map-highlight-edge')].map((p) => p.dataset.type),
			labels: [...own.querySelectorAll('.map-highlight-label text')].map((t) => t.textContent),
			boxes: own.querySelectorAll('.map-highlight-box').length,
			othersOpacity: Number(getComputedStyle(document.querySelector('svg.map-wide .map-edges')!).opacity),
		};
	}, node);

describe.skipIf(skipBrowser)('the who’s-who map in Chromium', () => {
	const built = useBuiltSite();

	for (const width of [320, 390]) {
		it(`at ${width} px shows the small maps, nothing sideways, text inside every box`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 800 } });
			await page.goto(built.server.url('/map/'));
			expect(await sideways(page)).toBe(0);
			expect(await page.locator('svg.map-wide').isVisible()).toBe(false);
			expect(await page.locator('.map-panels svg').first().isVisible()).toBe(true);
			expect(await boxesFit(page, '.map-panels a.map-node')).toEqual([]);
			// A screen reader hears each small map by a name of its own: all were named by the figure's
			// long caption, heard once per map.
			const groups = await heardNames(page.locator('.map-panels'), 'group');
			expect(groups.length).toBe(await page.locator('.map-panels svg').count());
			expect(new Set(groups).size, groups.join(' | ')).toBe(groups.length);
			for (const name of groups) expect(name).toMatch(/^Small map: \S.{0,60}$/);
			await context.close();
		});
	}

	// Issue 28 §2: names rendered at 10 px and labels at 8.6 px on a 1366 px screen, the SVG scaled down.
	for (const [what, viewport, media] of [
		['on a 390 px phone', phoneScreen, 'screen'],
		['at 1366 px', { width: 1366, height: 768 }, 'screen'],
		['at 1600 px', { width: 1600, height: 1000 }, 'screen'],
		['printed on A4', { width: A4_TEXT_WIDTH, height: 1000 }, 'print'],
	] as const) {
		it(`draws no text on the map, its key or the page under 12 px ${what}`, async () => {
			const { page, context } = await openPage(built.browser, { viewport });
			await page.emulateMedia({ media });
			await page.goto(built.server.url('/map/'));
			const map = await renderedTextSizes(page, '#map');
			// The map's own text: box names, statuses, verbs on the lines or in the boxes, the key.
			expect(map.filter((s) => s.text.length > 0).length).toBeGreaterThan(60);
			expect(map[0]!.px, JSON.stringify(map[0])).toBeGreaterThanOrEqual(12);
			const all = await renderedTextSizes(page, 'main');
			expect(all[0]!.px, JSON.stringify(all[0])).toBeGreaterThanOrEqual(12);
			await context.close();
		});
	}

	it('at 1366 px shows the whole map at its own size, and following a box opens its entry', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await page.goto(built.server.url('/map/'));
		expect(await sideways(page)).toBe(0);
		expect(await page.locator('svg.map-wide').isVisible()).toBe(true);
		expect(await page.locator('.map-panels').isVisible()).toBe(false);
		const fit = await page.locator('svg.map-wide').evaluate((svg) => ({
			drawn: svg.getBoundingClientRect().width,
			own: (svg as SVGSVGElement).viewBox.baseVal.width,
			scrolls: svg.parentElement!.scrollWidth > svg.parentElement!.clientWidth,
		}));
		expect(fit).toEqual({ drawn: fit.own, own: fit.own, scrolls: false });
		expect(await boxesFit(page, 'svg.map-wide a.map-node')).toEqual([]);
		await page.locator('svg.map-wide a.map-node[data-node="pipl"]').click();
		await page.waitForURL(/\/glossary\/pipl\/$/);
		expect(await page.locator('h1').innerText()).toContain('Personal Information Protection Law');
		expect(await page.locator('.term-entry .status:not(.status-compact) .status-badge').innerText()).toBe('In force');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('names each box on the map and in the home page’s picture by its words as drawn, a space where a line wraps, and the caption once', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		const misread: string[] = [];
		let boxes = 0;
		// The home page's picture as a phone shows it, where most of its names wrap, and as the reading column does.
		for (const [path, drawing, box, width] of [
			['/map/', 'svg.map-wide', 'a.map-node[href]', 1366],
			['/', 'svg.picture-narrow', 'a.picture-item[href]', 390],
			['/', 'svg.picture-wide', 'a.picture-item[href]', 1366],
		] as const) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(built.server.url(path));
			// The drawn lines read as one text: a space between them, none after a hyphen or slash the line broke at.
			const drawn = await page
				.locator(`${drawing} ${box}`)
				.evaluateAll((links) =>
					links.map((a) =>
						[...a.querySelectorAll('text')]
							.map((text) =>
								[...text.querySelectorAll('tspan:not(tspan tspan)')]
									.map((line) => line.textContent!)
									.reduce((read, line) => (read === '' || /[-/]$/.test(read) ? read + line : `${read} ${line}`), ''),
							)
							.join(' '),
					),
				);
			// What a screen reader hears: the accessible names, in the same order (YAML quotes a line with ": " in it).
			const heard = await heardNames(page.locator(drawing), 'link');
			boxes += drawn.length;
			misread.push(...drawn.flatMap((words, i) => (heard[i] === words ? [] : [`${path}: heard “${heard[i]}”, drawn “${words}”`])));
			// The figure is named by its caption; the drawing is not named by it again (heard three times).
			const figure = page.locator('figure').filter({ has: page.locator(drawing) });
			const caption = (await figure.locator('figcaption').innerText()).slice(0, 40);
			const said = (await figure.ariaSnapshot()).split(caption).length - 1;
			if (said > 2) misread.push(`${path}: the caption is heard ${said} times`);
		}
		expect(boxes).toBeGreaterThan(20);
		expect(misread).toEqual([]);
		await context.close();
	});

	it('tells every kind of relation apart without colour: a line style per family, a verb per line, each in the key', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await page.goto(built.server.url('/map/'));
		const seen = await page.evaluate(() => {
			const dashes = (el: Element) => getComputedStyle(el).strokeDasharray;
			const edges = [...document.querySelectorAll<SVGPathElement>('svg.map-wide path.map-edge')];
			const key = [...document.querySelectorAll('.map-key li')].map((li) => ({
				dashes: dashes(li.querySelector('.map-edge')!),
				verbs: li
					.textContent!.split(':')
					.at(-1)!
					.split(',')
					.map((v) => v.trim()),
			}));
			return { edges: edges.map((e) => ({ type: e.dataset.type!, dashes: dashes(e) })), key };
		});
		const byType = new Map(seen.edges.map((e) => [e.type, e.dashes]));
		// Every line of a kind is drawn alike, and the key shows that same line beside the kind's verb, once.
		for (const e of seen.edges) expect(e.dashes, e.type).toBe(byType.get(e.type));
		const keyed = seen.key.flatMap((k) => k.verbs.map((verb) => ({ verb, dashes: k.dashes })));
		expect(keyed.map((k) => k.verb).sort()).toEqual([...byType.keys()].map((t) => relationLabels[t as RelationType].verb).sort());
		for (const k of keyed) expect(k.dashes, k.verb).toBe(byType.get(k.verb));
		// The families look different from each other in black and white.
		expect(new Set(seen.key.map((k) => k.dashes)).size).toBe(seen.key.length);
		await context.close();
	});

	it('shows a box’s relations while it is hovered or has the keyboard focus, with no script', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 }, javaScriptEnabled: false });
		await page.goto(built.server.url('/map/'));
		const expected = (id: string) =>
			relations
				.filter((r) => r.from === id || r.term === id)
				.map((r) => r.type)
				.sort();
		expect((await highlightOf(page, 'cac')).shownCount).toBe(0);

		await page.locator('svg.map-wide a.map-node[data-node="cac"]').hover();
		const hovered = await highlightOf(page, 'cac');
		expect(hovered.shownCount).toBe(1);
		expect(hovered.ownShown).toBe(true);
		expect(hovered.edges.sort()).toEqual(expected('cac'));
		expect(hovered.labels.sort()).toEqual(
			expected('cac')
				.map((t) => relationLabels[t].verb)
				.sort(),
		);
		expect(hovered.boxes).toBe(
			1 + new Set(relations.filter((r) => r.from === 'cac' || r.term === 'cac').map((r) => (r.from === 'cac' ? r.term : r.from))).size,
		);
		expect(hovered.othersOpacity).toBeLessThan(0.5);
		// Its bold copies are as legible as the map.
		const bold = await renderedTextSizes(page, 'svg.map-wide .map-highlight');
		expect(bold[0]!.px).toBeGreaterThanOrEqual(12);

		await page.mouse.move(5, 5);
		expect((await highlightOf(page, 'cac')).shownCount).toBe(0);
		const focused = await tabToMap(page);
		const byKeyboard = await highlightOf(page, focused);
		expect(byKeyboard.shownCount).toBe(1);
		expect(byKeyboard.ownShown).toBe(true);
		expect(byKeyboard.edges.sort()).toEqual(expected(focused));
		await context.close();
	});

	it('prints the small maps at their own size, every box name in the PDF, the key on the sheet where they start', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/map/'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('svg.map-wide').isVisible()).toBe(false);
		expect(await page.locator('.map-panels svg').first().isVisible()).toBe(true);
		// The key under the map reads as a caption on paper: no larger than the text, and as wide.
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(await size('#map-caption')).toBeLessThan(await size('main p'));
		const caption = (await page.locator('#map-caption').boundingBox())!;
		expect(caption.width).toBeGreaterThanOrEqual((await page.locator('main p').first().boundingBox())!.width - 1);
		const names = await page
			.locator('svg.map-wide a.map-node .map-name')
			.evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ')));
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const sheets = withPdfFile(pdf, (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).split('\f');
		const text = sheets.join(' ').replace(/\s+/g, ' ');
		// pdftotext joins a word broken after its hyphen ("Incident-" / "reporting") without the hyphen.
		const unhyphenated = (t: string) => t.replace(/-\s*/g, '');
		for (const name of names) expect(unhyphenated(text), name).toContain(unhyphenated(name));
		expect(sheets[0]).toContain('Solid line');
		expect(sheets[0]).toContain('Central');
		await context.close();
	});
});

describe.skipIf(skipBrowser)('comparison tables in Chromium', () => {
	const built = useBuiltSite();

	it('reflow at 320 px: no sideways scroll, each cell labelled with its column', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 800 } });
		await page.goto(built.server.url(SECTION));
		expect(await sideways(page)).toBe(0);
		const table = page.locator('.comparison').first();
		const box = (await table.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		expect(await table.locator('thead').isVisible()).toBe(false);
		// The column's name, drawn before the cell's text (comparison.css).
		const label = (cell: Element) => getComputedStyle(cell, '::before').content;
		expect(await table.locator('tbody td').first().evaluate(label)).toBe('"December 2023 draft"');
		await context.close();
	});

	it('are real tables with column headings at 1366 px', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await page.goto(built.server.url(SECTION));
		const table = page.locator('.comparison').first();
		expect(await table.locator('thead').isVisible()).toBe(true);
		expect(
			await table
				.locator('tbody td')
				.first()
				.evaluate((cell) => getComputedStyle(cell, '::before').content),
		).toBe('none');
		expect(await table.locator('table').evaluate((t) => getComputedStyle(t).display)).toBe('table');
		await context.close();
	});
});

describe.skipIf(skipBrowser)('the timeline in Chromium', () => {
	const built = useBuiltSite();

	it('with JavaScript off, a filter link shows only its events, and an event link brings the full list back', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url('/timeline/'));
		const all = await page.locator('.timeline-years li.event').count();
		await page.locator('.timeline-filters a[href="#only-kind-draft"]').click();
		await page.waitForURL(/#only-kind-draft$/);
		await expect.poll(() => page.locator('.timeline-years').isVisible()).toBe(false);
		const view = page.locator('#only-kind-draft');
		expect(await view.isVisible()).toBe(true);
		const items = view.locator('.filter-list a');
		expect(await items.count()).toBe(timelineEvents.filter((e) => e.kind === 'draft').length);
		const first = (await items.first().getAttribute('href'))!;
		await items.first().click();
		await page.waitForURL(new RegExp(`${first}$`));
		await expect.poll(() => page.locator('.timeline-years').isVisible()).toBe(true);
		expect(await page.locator('.timeline-years li.event').count()).toBe(all);
		expect(await page.locator(`li.event${first}`).isVisible()).toBe(true);
		await context.close();
	});

	/** The strip's links as drawn: each one's box and its target's, its label's box and lines (with any note), its drawing's box, its type size in px. */
	const stripLinks = (page: Page) =>
		page.locator('.strip a').evaluateAll((links) =>
			links.map((a) => {
				const svg = (a as SVGAElement).ownerSVGElement!;
				const drawing = svg.getBoundingClientRect();
				const label = a.querySelector('text')!;
				const box = (el: Element) => {
					const r = el.getBoundingClientRect();
					return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
				};
				return {
					href: a.getAttribute('href')!,
					event: a.classList.contains('strip-event'),
					target: box(a),
					hit: box(a.querySelector('.strip-hit')!),
					label: box(label),
					lines: [...a.querySelectorAll('text > tspan')].map((t) => t.textContent!.trim()),
					drawing: box(svg),
					px: parseFloat(getComputedStyle(label).fontSize) * (drawing.width / svg.viewBox.baseVal.width),
					shown: getComputedStyle(label).visibility === 'visible' && getComputedStyle(label).opacity === '1',
				};
			}),
		);
	type StripLink = Awaited<ReturnType<typeof stripLinks>>[number];
	const overlap = (a: StripLink['hit'], b: StripLink['hit']) =>
		Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
	/** Every label drawn in full inside its drawing, in type a reader can read, on a target of 24 px or more that no other target overlaps. */
	const expectReadable = (links: StripLink[], width: number) => {
		expect(links.filter((l) => l.event)).toHaveLength(eventIds.length);
		for (const l of links) {
			expect(l.shown, l.href).toBe(true);
			expect(l.target.width, l.href).toBeGreaterThanOrEqual(24);
			expect(l.target.height, l.href).toBeGreaterThanOrEqual(24);
			expect(l.px, l.href).toBeGreaterThanOrEqual(12);
			expect(l.label.left, l.href).toBeGreaterThanOrEqual(Math.max(0, l.drawing.left) - 0.5);
			expect(l.label.right, l.href).toBeLessThanOrEqual(Math.min(width, l.drawing.right) + 0.5);
		}
		for (const [i, a] of links.entries())
			for (const b of links.slice(i + 1)) expect(overlap(a.hit, b.hit), `${a.href} and ${b.href} overlap`).toBe(false);
	};

	it('at 320 px on a touch screen: every label drawn in full and readable, apart from the others, and a finger on a mark opens its event', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });
		await page.goto(built.server.url('/timeline/'));
		expect(await sideways(page)).toBe(0);
		expectReadable(await stripLinks(page), 320);
		const mark = page.locator('.strip a[href="#csl-adopted"] .strip-mark');
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
		await page.waitForURL(/#csl-adopted$/);
		// The page scrolls smoothly (motion is not reduced here), a long way at 320 px: wait until it arrives.
		await expect
			.poll(() => page.locator('#csl-adopted h3').evaluate((h) => h.getBoundingClientRect().top), { timeout: 15_000 })
			.toBeLessThan(700);
		await context.close();
	});

	it('at 320 px offers a way past the strip, several screens tall, before it starts, that lands on the first year of the full list', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });
		await page.goto(built.server.url('/timeline/'));
		const skip = page.getByRole('link', { name: 'Skip the strip: every event in full' });
		const skipBox = (await skip.boundingBox())!;
		const strip = (await page.locator('.strip').first().boundingBox())!;
		expect(skipBox.y + skipBox.height).toBeLessThanOrEqual(strip.y);
		expect(strip.height).toBeGreaterThan(2 * 700);
		await skip.tap();
		await page.waitForURL(/#timeline-events$/);
		const firstYear = page.locator('#timeline-events h2').first();
		await expect.poll(() => firstYear.evaluate((h) => h.getBoundingClientRect().top), { timeout: 15_000 }).toBeLessThan(700);
		// The link scrolls smoothly where motion is allowed: measured where it comes to rest.
		await scrollSettled(page);
		// Not above the screen: a scroll comes to rest on a whole device pixel, so a heading brought to
		// the very top may sit a fraction of a pixel above it (−0.45 px in one run), which no reader sees.
		expect(await firstYear.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThan(-1);
		await context.close();
	});

	it('at 1366 px: the strip stands in columns side by side, wider than the text, every label readable, and the years are no landmarks', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await page.goto(built.server.url('/timeline/'));
		expect(await sideways(page)).toBe(0);
		const columns = await page
			.locator('.strip-column')
			.evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
		expect(new Set(columns.map((c) => Math.round(c.top))).size).toBe(1);
		expect(new Set(columns.map((c) => Math.round(c.left))).size).toBe(columns.length);
		expect(columns.length).toBeGreaterThanOrEqual(3);
		const text = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().width);
		expect(Math.max(...columns.map((c) => c.right)) - Math.min(...columns.map((c) => c.left))).toBeGreaterThan(text);
		expectReadable(await stripLinks(page), 1366);
		// The key says what a break stands for as the strip draws it: a single year without events (2015)
		// stays, named among the labels (“2015: no events”), and the key said every such year was left out.
		expect(await page.locator('.strip-year-quiet').count()).toBeGreaterThan(0);
		expect(await page.locator('.strip-legend li', { has: page.locator('.strip-break-mark') }).innerText()).toMatch(
			/^two or more years without events, left out$/,
		);
		// A screen reader's list of regions: the page's own few, not one per year (eighteen were).
		const regions = (await heardNames(page.locator('main'), 'region')).length;
		expect(regions).toBeLessThanOrEqual(3);
		await context.close();
	});

	it('printed: the strip is on paper, every label whole on one sheet, the breaks named, and each event of the list whole on a sheet', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/timeline/'));
		const labels = (await stripLinks(page)).filter((l) => l.event).map((l) => l.lines.join(' '));
		const sheets = (await printedPages(page, { layout: false })).map((s) => asOneLine([s]));
		expect(labels).toHaveLength(eventIds.length);
		for (const label of labels)
			expect(
				sheets.filter((s) => s.includes(label)),
				label,
			).toHaveLength(1);
		expect(sheets.join(' ')).toMatch(/\d{4}–\d{4}: no events/);
		// Each event of the list whole on a sheet: never its date at the foot of one and its title on the next.
		const events = await page
			.locator('.timeline-years .event')
			.evaluateAll((items) =>
				items.map((e) => [...e.querySelectorAll('.event-date > :not(.event-permalink), h3')].map((x) => x.textContent!.trim()).join(' ')),
			);
		expect(events).toHaveLength(eventIds.length);
		expect(events.filter((e) => !sheets.some((s) => s.includes(asOneLine([e]))))).toEqual([]);
		await context.close();
	});
});

describe.skipIf(skipBrowser)('drawings stacked down a phone’s screen, in Chromium', () => {
	const built = useBuiltSite();

	for (const [path, what, selector] of [
		['/timeline/', 'the strip’s pieces', '.strip-piece'],
		['/map/', 'the small maps', '.map-panels .map-svg'],
	] as const) {
		it(`on ${path}, draws ${what} as the reader nears them, each at its full height from the start, so the page never changes length`, async () => {
			const { page, context } = await openPage(built.browser, phone);
			await page.goto(built.server.url(path));
			const drawings = page.locator(selector);
			/** Each drawing's height and the height its own width and viewBox give it, the page's length, and which are drawn (not skipped as off screen). */
			const state = () =>
				drawings.evaluateAll((svgs) => ({
					heights: svgs.map((s) => Math.round(s.getBoundingClientRect().height * 10) / 10),
					own: svgs.map((s) => {
						const box = (s as SVGSVGElement).viewBox.baseVal;
						return Math.round(((s.getBoundingClientRect().width * box.height) / box.width) * 10) / 10;
					}),
					length: document.documentElement.scrollHeight,
					drawn: svgs.map((s) => s.querySelector('text')!.checkVisibility({ contentVisibilityAuto: true })),
				}));
			const first = await state();
			expect(first.heights.length).toBeGreaterThan(4);
			// The first is on screen and drawn; the last, many screens down, waits.
			expect(first.drawn[0]).toBe(true);
			expect(first.drawn.at(-1)).toBe(false);
			// As tall as drawn: the width and height the build wrote give each waiting one its size.
			for (const [i, h] of first.heights.entries()) expect(h, `drawing ${i + 1}`).toBeCloseTo(first.own[i]!, 0);
			// A reader who jumps to the last (as a drag of the scroll bar does) finds it drawn, and nothing above it has moved.
			const topOfLast = () => drawings.last().evaluate((s) => s.getBoundingClientRect().top + scrollY);
			const lastTop = await topOfLast();
			await drawings.last().evaluate((s) => s.scrollIntoView({ block: 'center', behavior: 'instant' }));
			await expect.poll(async () => (await state()).drawn.at(-1)).toBe(true);
			const after = await state();
			expect(after.heights).toEqual(first.heights);
			expect(after.length).toBe(first.length);
			expect(await topOfLast()).toBe(lastTop);
			// On paper every one is drawn.
			await page.emulateMedia({ media: 'print' });
			expect((await state()).drawn.every(Boolean)).toBe(true);
			await context.close();
		});
	}
});
