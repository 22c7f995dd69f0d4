import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageTypes } from '../bench/pages';
import { stripScripts } from '../bench/reference-pages';
import { openPage, readingToolsReady, skipBrowser, phoneScreen } from '../support/browser';
import { distDir, htmlPages, isSectionPath } from '../support/dist';
import { useBuiltSite } from '../support/site';

// Issue 27: a section page at most 1.15× the bytes of its copy without JavaScript. The reading
// tools (term cards, permalinks, "Cite this") are what a section page had beyond that copy, so
// each tool's code now loads on a reader's first use of it (src/scripts/reading-tools.ts). These
// tests watch the requests the browser makes, as a reader's network would show them.

/** The tools' own chunks: none is fetched until a reader reaches for its tool. */
const TOOL_CHUNK = /\/_astro\/(term-cards|links|cite-this|confirmation)\.[\w-]+\.js$/;
const chunkOf = (url: string) => /\/_astro\/([\w-]+)\.[\w.-]+\.js$/.exec(url)?.[1];

/**
 * A response's bytes as the bench's server sends it: brotli at the `compression` middleware's
 * quality (4), and, as Lighthouse counts them, its headers (tests/build/page-weight.test.ts).
 */
const HEADERS = 400;
const sent = (body: Buffer | string) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length + HEADERS;

/** Records every URL the page requests, from before it loads. */
function requests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => void urls.push(r.url()));
	return urls;
}

describe.skipIf(skipBrowser)('reading tools load on first use', () => {
	const built = useBuiltSite();
	let sections: { path: string; file: string }[];
	beforeAll(() => {
		sections = htmlPages(distDir).filter((p) => isSectionPath(p.path));
		expect(sections.length).toBeGreaterThanOrEqual(5);
	});

	it('a reader who uses no tool downloads none of their code, and the bench’s section page weighs at most 1.15× its copy without JavaScript', async () => {
		const ratios = new Map<string, number>();
		for (const { path, file } of sections) {
			// A reader arriving with an empty cache.
			const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
			const urls = requests(page);
			await page.goto(built.server.url(path));
			await readingToolsReady(page);
			// The section's own tools ("On this page", notes) load when the page is idle too.
			await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/section-tools\./.test(r.name)));
			await page.waitForLoadState('networkidle');
			expect(
				urls.filter((u) => TOOL_CHUNK.test(u)),
				path,
			).toEqual([]);
			const scripts = urls.map(chunkOf).filter((c) => c !== undefined);
			// What the page's address changes loads at once only in a build that knows no address of its
			// own, as this one (the bench's build knows it, and its pages never fetch it until used).
			const needsAddress = readFileSync(file, 'utf8').includes('data-cite-path');
			expect(scripts.toSorted(), path).toEqual(
				['EveryPageScript', 'reading-tools', 'section-tools', ...(needsAddress ? ['page-address'] : [])].toSorted(),
			);
			// The page's bytes against its copy without JavaScript: the same requests, less the scripts.
			const own = new URL(built.server.url(path));
			const files = urls
				.map((u) => new URL(u))
				.filter((u) => u.origin === own.origin && u.pathname !== own.pathname && chunkOf(u.href) !== 'page-address')
				.map((u) => u.pathname);
			const html = readFileSync(file, 'utf8');
			const rest = files.filter((f) => !f.endsWith('.js')).reduce((a, f) => a + sent(readFileSync(join(distDir, f))), 0);
			const js = files.filter((f) => f.endsWith('.js')).reduce((a, f) => a + sent(readFileSync(join(distDir, f))), 0);
			const ratio = (sent(html) + rest + js) / (sent(stripScripts(html)) + rest);
			ratios.set(path, ratio);
			expect(errors).toEqual([]);
			await context.close();
		}
		const summary = [...ratios].map(([path, r]) => `${path} ${r.toFixed(3)}×`).join(', ');
		// The budget is judged by the bench on its section page, the heaviest. The same scripts weigh
		// more against a shorter page's HTML: the others are reported, not judged.
		const bench = pageTypes.find((p) => p.type === 'section')!.path;
		expect(ratios.get(bench), summary).toBeLessThanOrEqual(1.15);
		console.log(`section pages against their copies without JavaScript: ${summary}`);
	});

	it('each tool loads on its first use and then works: a hovered term, a focused ¶, an opened "Cite this"', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const urls = requests(page);
		const path = sections[0]!.path;
		await page.goto(built.server.url(path));
		await readingToolsReady(page);
		const fetched = (chunk: string) => urls.some((u) => chunkOf(u) === chunk);

		// A term under the pointer: the card code loads, and the card opens after the intent delay.
		expect(fetched('term-cards')).toBe(false);
		const term = page.locator('.prose a.term:visible').first();
		await term.scrollIntoViewIfNeeded();
		await term.hover();
		await page.locator('.term-card:popover-open').waitFor();
		expect(fetched('term-cards')).toBe(true);
		expect(await term.getAttribute('aria-expanded')).toBe('true');
		await page.mouse.move(1, 1);

		// A ¶ reached with the keyboard and pressed: the link code loads, and the link is copied.
		expect(fetched('links')).toBe(false);
		const permalink = page.locator('.prose p[id^="p-"]:visible').nth(2).locator('a.permalink');
		const href = await permalink.getAttribute('href');
		await permalink.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('[data-link-status]')?.textContent === 'Link copied');
		expect(fetched('links')).toBe(true);
		expect(new URL(page.url()).hash).toBe(href);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(built.server.url(`${path}${href}`));

		// "Cite this" opened: its code loads, the reader's date replaces the placeholder, Copy shows.
		expect(fetched('cite-this')).toBe(false);
		await page.locator('.cite-this summary').focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => !document.querySelector('[data-cite-this]')?.textContent?.includes('[date accessed]'));
		expect(fetched('cite-this')).toBe(true);
		await page.getByRole('button', { name: 'Copy APA citation' }).waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('on a touch screen, the first tap on a term opens its card without following the link, before the card code had loaded', async () => {
		const { page, context, errors } = await openPage(built.browser, {
			viewport: phoneScreen,
			hasTouch: true,
			isMobile: true,
		});
		const urls = requests(page);
		const path = sections[0]!.path;
		await page.goto(built.server.url(path));
		await readingToolsReady(page);
		expect(urls.some((u) => chunkOf(u) === 'term-cards')).toBe(false);
		const term = page.locator('.prose a.term:visible').first();
		await term.scrollIntoViewIfNeeded();
		await term.tap();
		await page.locator('.term-card:popover-open').waitFor();
		expect(urls.some((u) => chunkOf(u) === 'term-cards')).toBe(true);
		expect(new URL(page.url()).pathname).toBe(path);
		// A second tap follows the link.
		const href = (await term.getAttribute('href'))!;
		await term.tap();
		await page.waitForURL((url) => url.pathname === href);
		expect(errors).toEqual([]);
		await context.close();
	});
});
