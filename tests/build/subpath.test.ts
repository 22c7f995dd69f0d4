import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDist } from '../support/server';
import { everyPageScriptReady, closeContexts, workerBrowser, openPage, skipBrowser } from '../support/browser';
import { sharedBuild, variants } from '../support/shared-build';

const { env } = variants.underSubPath;
const base = env.SITE_BASE;

// The build tests/build/metadata.test.ts reads too: one build under the sub-path for both. Its
// links all stay inside the sub-path, or the build itself stops (src/integrations/link-check.ts,
// proven by tests/unit/content-build.test.ts).
describe(`a build under the sub-path ${base}`, () => {
	let outDir = '';
	beforeAll(async () => {
		outDir = (await sharedBuild(env)).outDir;
	});

	describe.skipIf(skipBrowser)('served from /explainer/ in Chromium', () => {
		let browser: Browser;
		let server: Awaited<ReturnType<typeof serveDist>>;
		beforeAll(async () => {
			browser = await workerBrowser();
			server = await serveDist(outDir, base);
		});
		afterAll(async () => {
			await closeContexts(browser);
			await server?.close();
		});

		it('loads its styles and scripts and follows its navigation without a 404', async () => {
			const { page, context, errors } = await openPage(browser);
			const failed: string[] = [];
			page.on('response', (r) => {
				if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
			});
			await page.goto(server.url('/'));
			// The stylesheet applied: the skip link is moved off-screen by global.css.
			expect(await page.locator('.skip-link').evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
			for (const name of ['The chapter', 'Glossary', 'Timeline', 'Sources', 'About']) {
				await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name }).click();
				await page.waitForLoadState('load');
				expect(new URL(page.url()).pathname.startsWith(base), page.url()).toBe(true);
				expect(await page.locator('h1').count()).toBe(1);
			}
			expect(failed).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});

		it('searches from the dialog and the search page, with the bundle and every result link inside /explainer/', async () => {
			const { page, context, errors } = await openPage(browser);
			const failed: string[] = [];
			const outside: string[] = [];
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (url.origin === server.origin && !url.pathname.startsWith(base)) outside.push(url.pathname);
			});
			page.on('response', (r) => {
				if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
			});
			const search = async (query: string) => {
				await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`“${q}”`), query);
				return page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			};
			await page.goto(server.url('/'));
			// "/" opens search once the page's script has started, after the first paint.
			await everyPageScriptReady(page);
			await page.keyboard.press('/');
			await page.locator('dialog input[type="search"]').fill('MLPS');
			const links = await search('MLPS');
			expect(links.length).toBeGreaterThan(0);
			for (const href of links) expect(href.startsWith(`${base}`), href).toBe(true);
			expect(links[0]).toBe(`${base}glossary/mlps/?highlight=MLPS`);
			await page.locator('.search-results a').first().click();
			await page.waitForURL((url) => url.pathname === `${base}glossary/mlps/`);
			expect(await page.locator('h1').innerText()).toContain('MLPS');

			await page.goto(server.url('/search/?q=%E7%BD%91%E4%BF%A1%E5%8A%9E'));
			expect((await search('网信办'))[0]).toMatch(new RegExp(`^${base}glossary/cac/\\?highlight=`));
			expect(outside).toEqual([]);
			expect(failed).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});

		it('suggests links inside the sub-path', async () => {
			const { page, context, errors } = await openPage(browser);
			const response = await page.goto(server.url('/chapter-5/systems-and-capacity-buildin/'));
			expect(response?.status()).toBe(404);
			await page.locator('[data-suggestions]').waitFor({ state: 'visible' });
			const links = await page.locator('[data-suggestion-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(links[0]).toBe(`${base}chapter-5/systems-and-capacity-building/`);
			for (const href of links) expect(href.startsWith(base), href).toBe(true);
			expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
			await context.close();
		});
	});
});
