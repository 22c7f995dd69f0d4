import { describe, expect, it } from 'vitest';
import { distDir, htmlPages } from '../support/dist';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

// Issue 28 §4: two different works never share a label. Measured as a reader meets them, in Chromium.

const pages = htmlPages(distDir).map((p) => p.path);
// The who's-who map names its relations' sources itself (src/pages/map.astro, issue 28 §2's change).
const labelled = pages.filter((path) => path !== '/map/');

describe.skipIf(skipBrowser)('sources as a reader sees them', () => {
	const built = useBuiltSite();

	it('never gives two different works the same label on one page', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		const problems: string[] = [];
		let links = 0;
		for (const path of labelled) {
			await page.goto(built.server.url(path));
			const named = await page.evaluate(() =>
				// Every link naming a work, less the "About this source" link beside each full entry of a source list.
				[...document.querySelectorAll<HTMLAnchorElement>('a[href*="/sources/#"]:not(.source-more)')]
					.filter((a) => a.checkVisibility())
					.map((a) => ({ text: a.innerText.replace(/\s+/g, ' ').trim(), id: decodeURIComponent(a.hash.slice(1)) })),
			);
			links += named.length;
			const ids = new Map<string, Set<string>>();
			for (const { text, id } of named) ids.set(text, (ids.get(text) ?? new Set()).add(id));
			for (const [text, set] of ids) if (set.size > 1) problems.push(`${path}: “${text}” names ${[...set].join(', ')}`);
		}
		expect(links).toBeGreaterThan(100);
		expect(problems).toEqual([]);
		await context.close();
	});

	it('names the three CSIS works apart wherever they are cited', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/chapter-5/overview/'));
		const shown = await page
			.locator('.prose .source-refs a[href$="#cary-analysis"], .prose .source-refs a[href$="#csis-ch5-translation"]')
			.allInnerTexts();
		expect(new Set(shown).size).toBe(2);
		for (const text of shown) expect(text).toMatch(/^CSIS, \S/);
		await context.close();
	});
});
