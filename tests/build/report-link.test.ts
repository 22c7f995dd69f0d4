import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';
import { sharedBuild, variants } from '../support/shared-build';
import { closeContexts, workerBrowser, openPage, readingToolsReady, skipBrowser, phoneScreen } from '../support/browser';
import { serveDist } from '../support/server';

const footerOf = (file: string) => select('footer.site-footer', fromHtml(readHtml(file)))!;
const { env, origin: SITE_URL } = variants.hosted;
const ISSUES = env.SITE_ISSUES_URL;

/** The About page's paragraph on corrections, where it says how to report an error. */
const correctionsOf = (file: string) => select('h2#corrections + p', fromHtml(readHtml(file)))!;

describe('“Report an error on this page” in a build given no address (npm run build, as here)', () => {
	requireDist();
	it('is on no page, and no footer says why: a reader gets a way to report or nothing', () => {
		const wrong = htmlPages(distDir).flatMap(({ path, file }) => {
			const footer = toString(footerOf(file));
			return /report|address/i.test(footer) || select('a[data-report-to]', footerOf(file)) ? [`${path}: ${footer.slice(0, 120)}`] : [];
		});
		expect(wrong).toEqual([]);
	});

	it('About names no tracker and invites no report it cannot take', () => {
		const text = toString(correctionsOf(join(distDir, 'about/index.html')));
		expect(text).toMatch(/^If the site gets something wrong, it says so\./);
		expect(text).not.toMatch(/tracker|report it/i);
	});
});

describe('“Report an error on this page” in a build given an issue tracker', () => {
	let outDir: string;
	beforeAll(async () => {
		outDir = (await sharedBuild(env)).outDir;
	});

	it('links every page to a new issue prefilled with the page’s title and address, without JavaScript', () => {
		const pages = htmlPages(outDir).filter(({ path }) => path !== '/404.html');
		expect(pages.length).toBeGreaterThan(40);
		for (const { path, file } of pages) {
			const link = select('a[data-report-to]', footerOf(file));
			expect(link && toString(link).trim(), path).toBe('Report an error on this page');
			const href = new URL(String(link!.properties.href));
			// The tracker wins over the email address when a build has both.
			expect(`${href.origin}${href.pathname}`, path).toBe(`${ISSUES}/new`);
			expect(href.searchParams.get('body'), path).toMatch(new RegExp(`^Page: ${SITE_URL}${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
			expect(href.searchParams.get('title'), path).toMatch(/^Error on “.+”$/);
		}
	});

	it('About links the tracker it names', () => {
		const corrections = correctionsOf(join(outDir, 'about/index.html'));
		const link = select(`a[href="${ISSUES}"]`, corrections);
		expect(link && toString(link)).toBe('issue tracker');
		expect(toString(corrections)).toContain('Readers who find an error can report it on the project’s issue tracker, or with the link');
	});

	describe.skipIf(skipBrowser)('in Chromium', () => {
		let browser: Browser;
		let server: Awaited<ReturnType<typeof serveDist>>;
		beforeAll(async () => {
			browser = await workerBrowser();
			server = await serveDist(outDir);
		});
		afterAll(async () => {
			await closeContexts(browser);
			await server?.close();
		});

		const SECTION = '/chapter-5/systems-and-capacity-building/';
		const body = async (page: import('playwright-core').Page) =>
			new URL((await page.locator('a[data-report-to]').getAttribute('href'))!).searchParams.get('body')!;

		it('adds the paragraph a reader arrived at from a paragraph link, and the one whose ¶ they pressed', async () => {
			const { page, context } = await openPage(browser, { viewport: phoneScreen });
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(server.url(SECTION));
			const [first, second] = await page.locator('.prose p[id^="p-"]:visible').evaluateAll((ps) => [ps[3]!.id, ps[7]!.id]);
			await page.goto(server.url(`${SECTION}#${first}`));
			await page.waitForFunction((id) => document.querySelector('a[data-report-to]')!.getAttribute('href')!.includes(id), first!);
			const here = `${server.origin}${SECTION}`;
			expect(await body(page)).toMatch(new RegExp(`^Page: ${here}\nPassage: ${here}#${first}\n`));
			await readingToolsReady(page);
			await page.locator(`#${second} a.permalink`).click();
			await page.locator('a[data-report-to]').focus();
			expect(await body(page)).toContain(`Passage: ${here}#${second}\n`);
			await context.close();
		});

		it('names the page alone when JavaScript is off', async () => {
			const { page, context } = await openPage(browser, { javaScriptEnabled: false });
			await page.goto(server.url(SECTION));
			const id = await page.locator('.prose p[id^="p-"]').nth(3).getAttribute('id');
			await page.goto(server.url(`${SECTION}#${id}`));
			expect(await body(page)).toBe(`Page: ${SITE_URL}${SECTION}\n\nWhat is wrong:\n\n\nA source that shows it, if you have one:\n`);
			await context.close();
		});
	});
});
