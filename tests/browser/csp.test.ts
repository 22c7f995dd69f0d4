import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { headerPolicy } from '../../src/site/csp';
import { everyPageScriptReady, openPage, skipBrowser, watchViolations } from '../support/browser';
import { distDir, htmlPages } from '../support/dist';
import { useBuiltSite } from '../support/site';

// Every page under the site's Content-Security-Policy, delivered both ways at once (the test
// server sends dist/_headers like Netlify; each page carries the <meta> tag), with the page's
// scripts in use: a term card opened where the page has terms, and a search run in the dialog
// (or on /search/ itself). A violation is reported by the browser as an event and a console error.
// The search code and the policy are the same everywhere, so a search runs once for each set of
// scripts a page loads (a section, an entry, the map, /search/, …), not again on all 36 entries.

const paths = htmlPages(distDir).map((p) => p.path);

async function openACard(page: Page): Promise<boolean> {
	const term = page.locator('main a.term[aria-describedby]:visible').first();
	if ((await page.locator('[data-term-cards]').count()) === 0 || (await term.count()) === 0) return false;
	// Focus opens a card at once (hover waits for intent), and before the card script has loaded too.
	await term.focus();
	await page.locator('.term-card:popover-open').waitFor();
	// And the card script has run under the policy: it marks each term link with aria-expanded.
	await page.locator('main a.term[aria-expanded]').first().waitFor({ state: 'attached' });
	return true;
}

async function search(page: Page, query: string): Promise<void> {
	const onSearchPage = (await page.locator('[data-search-page]').count()) > 0;
	if (!onSearchPage) await page.keyboard.press('/');
	const input = page.locator(onSearchPage ? '[data-search-page] input[type="search"]' : 'dialog[open] input[type="search"]');
	await input.fill(query);
	await page
		.locator('.search-status', { hasText: `“${query}”` })
		.first()
		.waitFor();
}

describe.skipIf(skipBrowser)('Content-Security-Policy in Chromium', () => {
	const built = useBuiltSite();

	it('is sent as a header too, so the test below runs under both policies', async () => {
		const response = await fetch(built.server.url('/chapter-5/overview/'));
		expect(response.headers.get('content-security-policy')).toBe(headerPolicy);
	});

	// Every page, one after another: allow each several seconds on a busy machine.
	it(
		'reports no violation and no console error on any page, with cards and search in use',
		{ timeout: paths.length * 10_000 },
		async () => {
			const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1280, height: 900 } });
			const problems: string[] = [];
			const violations = await watchViolations(page);
			let cards = 0;
			/** The page each set of scripts was searched on. */
			const searchedOn = new Map<string, string>();
			for (const path of paths) {
				errors.length = 0;
				await page.goto(built.server.url(path));
				await everyPageScriptReady(page);
				if (await openACard(page)) cards++;
				// /search/ runs the scripts every page runs, but they start its own form there: a set of its own.
				const scripts = await page.evaluate(() =>
					[
						...[...document.scripts].map((s) => s.src || s.type).sort(),
						document.querySelector('[data-search-page]') ? 'search page' : '',
					].join(' '),
				);
				if (!searchedOn.has(scripts)) {
					searchedOn.set(scripts, path);
					await search(page, 'CAC');
				}
				for (const v of await violations()) problems.push(`${path}: ${v}`);
				// The 404 page is served with status 404, which Chrome logs as a failed resource.
				for (const e of errors.filter((m) => !(path === '/404.html' && /status of 404/.test(m)))) problems.push(`${path}: console: ${e}`);
			}
			expect(problems).toEqual([]);
			// The loop must really have used cards: every chapter page, About, the timeline and the glossary
			// entries with related terms have them.
			expect(cards).toBeGreaterThanOrEqual(20);
			// And searches with every set of scripts: a chapter page's, /search/'s and the 404 page's among them.
			expect([...searchedOn.values()]).toEqual(
				expect.arrayContaining(['/search/', '/404.html', expect.stringMatching(/^\/chapter-5\/[^/]+\/$/)]),
			);
			await context.close();
		},
	);
});
