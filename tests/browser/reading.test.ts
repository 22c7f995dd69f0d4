import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlPages, isSectionPath } from '../support/dist';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

describe.skipIf(skipBrowser)('reading the site in Chromium', () => {
	const built = useBuiltSite();
	let sectionPath: string;
	beforeAll(async () => {
		const section = htmlPages(distDir).find((p) => isSectionPath(p.path));
		if (!section) throw new Error('the build has no chapter section page');
		sectionPath = section.path;
	});

	it('with JavaScript off, a section reads in full and a term link opens its glossary entry', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url(sectionPath));
		expect(await page.locator('h1').count()).toBe(1);
		expect((await page.locator('main').innerText()).split(/\s+/).length).toBeGreaterThan(300);
		const term = page.locator('main a.term').first();
		const name = (await term.innerText()).trim();
		await term.click();
		await page.waitForURL(/\/glossary\/[a-z0-9-]+\/$/);
		const heading = await page.locator('h1').innerText();
		const names = await page.locator('main').innerText();
		expect(names.toLowerCase()).toContain(name.toLowerCase());
		expect(heading.length).toBeGreaterThan(0);
		await context.close();
	});

	// One load of each page at each width (a page load is most of these checks' time): the structure
	// is read at phone width, where the skip link and landmarks matter most.
	for (const width of [320, 1280]) {
		const atPhoneWidth = width === 320;
		it(`${atPhoneWidth ? 'has one h1, a skip link to the main landmark and landmarks on every page, and ' : ''}does not scroll sideways at ${width} px wide`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 800 } });
			for (const { path } of htmlPages(distDir)) {
				await page.goto(built.server.url(path));
				const { overflow, ...structure } = await page.evaluate(() => ({
					overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					h1: document.querySelectorAll('h1').length,
					header: document.querySelectorAll('header.site-header').length,
					// Painted: the header shows only once <main> follows it (layout.css).
					headerShown: getComputedStyle(document.querySelector('header.site-header') ?? document.body).visibility,
					main: document.querySelectorAll('main#main').length,
					footer: document.querySelectorAll('footer').length,
				}));
				expect(overflow, path).toBeLessThanOrEqual(0);
				if (!atPhoneWidth) continue;
				expect(structure, path).toEqual({ h1: 1, header: 1, headerShown: 'visible', main: 1, footer: 1 });
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
				expect(focused, path).toBe('Skip to content');
			}
			await context.close();
		});
	}

	it('keeps prose lines between 45 and 80 characters on a wide screen', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1280, height: 800 } });
		await page.goto(built.server.url(sectionPath));
		const chars = await page.evaluate(() => {
			const p = document.querySelector('main .prose p[id]');
			if (!p) return 0;
			const probe = document.createElement('span');
			// Typical English letter frequencies, on one unwrapped line, give the average character width.
			probe.textContent = 'the quick brown fox jumps over the lazy dog and then reads a long paragraph of policy prose ';
			probe.style.whiteSpace = 'nowrap';
			probe.style.position = 'absolute';
			p.append(probe);
			const perChar = probe.getBoundingClientRect().width / probe.textContent.length;
			probe.remove();
			return p.getBoundingClientRect().width / perChar;
		});
		expect(chars).toBeGreaterThan(45);
		expect(chars).toBeLessThan(80);
		await context.close();
	});

	// The header at 400 % zoom and the theme button: tests/browser/header.test.ts.
});
