import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

const SECTION = '/chapter-5/systems-and-capacity-building/';

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

describe.skipIf(skipBrowser)('the who’s-who map in Chromium', () => {
	const built = useBuiltSite();

	it('at 320 px shows the phone panels, readable, nothing sideways, text inside every box', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 800 } });
		await page.goto(built.server.url('/map/'));
		expect(await sideways(page)).toBe(0);
		expect(await page.locator('svg.map-wide').isVisible()).toBe(false);
		expect(await page.locator('.map-panels svg').first().isVisible()).toBe(true);
		expect(await boxesFit(page, '.map-panels a.map-node')).toEqual([]);
		// Legible: the drawn label text is at least 12 px high on the screen.
		const smallest = await page.evaluate(() =>
			Math.min(...[...document.querySelectorAll('.map-panels .map-node tspan')].map((t) => t.getBoundingClientRect().height)),
		);
		expect(smallest).toBeGreaterThanOrEqual(12);
		await context.close();
	});

	it('at 1366 px shows the whole map, and following a box opens its entry', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await page.goto(built.server.url('/map/'));
		expect(await sideways(page)).toBe(0);
		expect(await page.locator('svg.map-wide').isVisible()).toBe(true);
		expect(await page.locator('.map-panels').isVisible()).toBe(false);
		expect(await boxesFit(page, 'svg.map-wide a.map-node')).toEqual([]);
		await page.locator('svg.map-wide a.map-node[data-node="pipl"]').click();
		await page.waitForURL(/\/glossary\/pipl\/$/);
		expect(await page.locator('h1').innerText()).toContain('Personal Information Protection Law');
		expect(await page.locator('.term-entry .status:not(.status-compact) .status-badge').innerText()).toBe('In force');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('prints the whole map on the first page, with every box name in the PDF', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/map/'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('svg.map-wide').isVisible()).toBe(true);
		expect(await page.locator('.map-panels').isVisible()).toBe(false);
		// The key under the map reads as a caption on paper: no larger than the text, and as wide.
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(await size('#map-caption')).toBeLessThan(await size('main p'));
		const caption = (await page.locator('#map-caption').boundingBox())!;
		expect(caption.width).toBeGreaterThanOrEqual((await page.locator('main p').first().boundingBox())!.width - 1);
		const file = join(mkdtempSync(join(tmpdir(), 'explainer-map-')), 'map.pdf');
		writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false }));
		const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		for (const name of ['NPC Standing Committee', 'State Council', 'Cybersecurity Law', 'Data Security Law']) expect(first).toContain(name);
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
		expect(await table.locator('.cmp-label').first().innerText()).toBe('December 2023 draft');
		await context.close();
	});

	it('are real tables with column headings at 1366 px', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await page.goto(built.server.url(SECTION));
		const table = page.locator('.comparison').first();
		expect(await table.locator('thead').isVisible()).toBe(true);
		expect(await table.locator('.cmp-label').first().isVisible()).toBe(false);
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
		expect(await items.count()).toBe(2);
		const first = (await items.first().getAttribute('href'))!;
		await items.first().click();
		await page.waitForURL(new RegExp(`${first}$`));
		await expect.poll(() => page.locator('.timeline-years').isVisible()).toBe(true);
		expect(await page.locator('.timeline-years li.event').count()).toBe(all);
		expect(await page.locator(`li.event${first}`).isVisible()).toBe(true);
		await context.close();
	});

	it('at 390 px the strip fits the screen and every mark is a 24 px target linking to its event', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 390, height: 800 } });
		await page.goto(built.server.url('/timeline/'));
		expect(await sideways(page)).toBe(0);
		const sizes = await page
			.locator('.strip-marks a')
			.evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
		for (const [w, h] of sizes) {
			expect(w).toBeGreaterThanOrEqual(24);
			expect(h).toBeGreaterThanOrEqual(24);
		}
		await page.locator('.strip-marks a[href="#csl-adopted"]').click();
		await page.waitForURL(/#csl-adopted$/);
		expect(await page.locator('#csl-adopted').isVisible()).toBe(true);
		await context.close();
	});
});
