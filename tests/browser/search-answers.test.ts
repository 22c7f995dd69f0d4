import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { distDir } from '../support/dist';
import { everyPageScriptReady, openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';
import type { NamesIndex } from '../../src/search/names';

/** Waits for what a reader would see; generous, so a busy machine is slower but never fails. */
const poll = <T>(fn: () => T | Promise<T>, message?: string) => expect.poll(fn, { timeout: 15_000, ...(message && { message }) });

/** Waits until the live region reports the settled search for `query`, and returns its text. */
async function settled(page: Page, query: string) {
	await page.waitForFunction((q) => (document.querySelector('.search-status')?.textContent ?? '').includes(`“${q}”`), query, {
		timeout: 15_000,
	});
	return (await page.locator('.search-status').innerText()).trim();
}

/** Every result and sub-result link, as path#hash with its ?highlight. */
const resultLinks = (page: Page) =>
	page.locator('.search-results a').evaluateAll((as) =>
		as.map((a) => {
			const url = new URL((a as HTMLAnchorElement).href);
			return url.pathname + url.search + url.hash;
		}),
	);
const resultPages = (page: Page) =>
	page.locator('.search-result').evaluateAll((items) => items.map((i) => new URL(i.querySelector('a')!.href).pathname));

describe.skipIf(skipBrowser)('instant answers, “Did you mean”, pinyin and uncovered topics (Chromium)', () => {
	const built = useBuiltSite();
	const names = JSON.parse(readFileSync(`${distDir}/search-names.json`, 'utf8')) as NamesIndex;
	const entry = (id: string) => names.entries.find((e) => e.id === id)!;
	const onSearchPage = async (page: Page, query: string) => {
		await page.goto(built.server.url(`/search/?q=${encodeURIComponent(query)}`));
		return settled(page, query);
	};

	it('loads the names index and Pagefind on intent (pointer over or focus on the Search button), not with the page, and the same entry file on every page', async () => {
		const { page, context, errors } = await openPage(built.browser);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(built.server.url('/glossary/cac/'));
		await page.waitForLoadState('networkidle');
		expect(requests.filter((p) => p.includes('search-names') || p.includes('/pagefind/'))).toEqual([]);
		await page.getByRole('button', { name: /^Search/ }).hover();
		await poll(() => requests.includes('/search-names.json')).toBe(true);
		await poll(() => requests.includes('/pagefind/pagefind.js')).toBe(true);
		// The dialog has not been opened: this was only a pointer over the button.
		expect(await page.locator('dialog[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		// Pagefind's entry file has the same address on every page of a build (metaCacheTag), so the
		// browser may reuse it, instead of a new ?ts=<now> on each page.
		const entryUrls: string[] = [];
		page.on('request', (r) => r.url().includes('pagefind-entry.json') && entryUrls.push(r.url()));
		await page.goto(built.server.url('/timeline/'));
		// The button is the every-page script's, which starts after the first paint: focus it once it is there.
		await everyPageScriptReady(page);
		await page.getByRole('button', { name: /^Search/ }).focus();
		await poll(() => requests.filter((p) => p === '/pagefind/pagefind.js').length).toBe(2);
		// Pagefind asks for its entry file once its script has run: wait for that before leaving the page.
		await poll(() => entryUrls.length).toBe(1);
		await page.goto(built.server.url('/glossary/'));
		await everyPageScriptReady(page);
		await page.getByRole('button', { name: /^Search/ }).hover();
		await poll(() => entryUrls.length).toBe(2);
		expect(entryUrls[0]).toBe(entryUrls[1]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows the matching glossary entries with their definitions before Pagefind has loaded, then full-text results underneath', async () => {
		const { page, context } = await openPage(built.browser);
		// Hold every Pagefind file until the instant answer is on screen.
		const held: Route[] = [];
		let release = false;
		await page.route('**/pagefind/**', (route) => (release ? route.continue() : void held.push(route)));
		await page.goto(built.server.url('/chapter-5/overview/'));
		await everyPageScriptReady(page);
		await page.keyboard.press('/');
		await page.locator('dialog[open] input[type="search"]').fill('MLPS');
		const answer = page.locator('dialog .search-answers .search-answer').first();
		await poll(() => answer.innerText()).toContain('Multi-Level Protection Scheme (MLPS)');
		expect(await answer.innerText()).toContain(entry('mlps').short);
		expect(await answer.locator('a').getAttribute('href')).toMatch(/^\/glossary\/mlps\/\?highlight=MLPS$/);
		expect(await page.locator('dialog .search-result').count()).toBe(0);
		expect(held.length).toBeGreaterThan(0);

		release = true;
		for (const route of held) await route.continue();
		await settled(page, 'MLPS');
		const order = await page
			.locator('dialog .search-answers, dialog .search-results')
			.evaluateAll((els) => els.map((el) => el.className.split(' ')[0]));
		expect(order).toEqual(['search-answers', 'search-results']);
		expect(await resultPages(page)).toContain('/glossary/mlps/');
		await context.close();
	});

	it('offers “Did you mean …?” for misspelt names, and searches for the suggestion when it is chosen', async () => {
		const { page, context } = await openPage(built.browser);
		for (const [typo, suggestion, target] of [
			['cybersecurty', 'cybersecurity', '/glossary/cybersecurity-law/'],
			['Cyberspace Adminstration', 'Cyberspace Administration of China', '/glossary/cac/'],
			['Cyber Security Law', 'Cybersecurity Law', '/glossary/cybersecurity-law/'],
		] as const) {
			await onSearchPage(page, typo);
			const notice = page.locator('.search-did-you-mean');
			expect(await notice.innerText(), typo).toBe(`Did you mean ${suggestion}?`);
			await notice.getByRole('button', { name: suggestion }).click();
			await settled(page, suggestion);
			expect(await page.getByLabel('Search the whole site').inputValue()).toBe(suggestion);
			expect((await resultPages(page)).slice(0, 3), suggestion).toContain(target);
		}
		// A word the site uses is not corrected.
		await onSearchPage(page, 'cybersecurity');
		expect(await page.locator('.search-did-you-mean').count()).toBe(0);
		await context.close();
	});

	it('finds Chinese names by toneless pinyin, with or without spaces, and entries show pinyin with tone marks', async () => {
		const { page, context } = await openPage(built.browser);
		for (const [query, id] of [
			['wangxinban', 'cac'],
			['wang xin ban', 'cac'],
			['dengjibaohu', 'mlps'],
			['dengji baohu', 'mlps'],
			['Wangluo Anquan Fa', 'cybersecurity-law'],
		] as const) {
			await onSearchPage(page, query);
			expect(await page.locator('.search-answer-term').first().innerText(), query).toContain(entry(id).term);
			expect((await resultPages(page)).slice(0, 3), query).toContain(`/glossary/${id}/`);
		}
		await page.goto(built.server.url('/glossary/cac/'));
		const line = page.locator('main .term-zh-line');
		expect(await line.locator('[lang="zh-Hans"]').first().innerText()).toBe('国家互联网信息办公室');
		expect(await line.locator('.pinyin').first().innerText()).toBe('Guójiā Hùliánwǎng Xìnxī Bàngōngshì');
		await context.close();
	});

	it('reads Chinese queries of several words like English ones: a law plus a topic', async () => {
		const { page, context } = await openPage(built.browser);
		for (const [query, target] of [
			['网络安全法 罚款', '/glossary/cybersecurity-law/'],
			['网络安全法罚款', '/glossary/cybersecurity-law/'],
			['个人信息保护法 罚款', '/glossary/pipl/'],
		] as const) {
			const status = await onSearchPage(page, query);
			expect(status, query).not.toContain('No results');
			expect((await resultPages(page)).slice(0, 3), query).toContain(target);
		}
		await context.close();
	});

	it('says plainly when the site does not cover a law, and points to the nearest entries', async () => {
		const { page, context } = await openPage(built.browser);
		await onSearchPage(page, 'National Security Law');
		const notice = page.locator('.search-uncovered');
		expect(await notice.innerText()).toMatch(/^This site has no entry for “National Security Law”/);
		const nearest = await notice.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(nearest.length).toBeGreaterThan(0);
		expect(nearest).toContain('/glossary/data-security-law/');
		// No result claims to be the law itself: none is pinned as a named entry.
		expect(await page.locator('.search-answers').count()).toBe(0);
		// A law the site covers gets no such notice.
		await onSearchPage(page, 'Data Security Law');
		expect(await page.locator('.search-uncovered').count()).toBe(0);
		await context.close();
	});

	it('shows which words it ranked for when no page has every word', async () => {
		const { page, context } = await openPage(built.browser);
		// "lawsuit": on no page. ("penalty" was, until search also looked it up as "fines", which the
		// CAC's entry uses when it says it fined DiDi.)
		const status = await onSearchPage(page, 'Cyberspace Administration of China lawsuit');
		expect(status).toContain('Showing results for “Cyberspace Administration of China”');
		expect((await resultPages(page))[0]).toBe('/glossary/cac/');
		// "1 hour" finds the rules with a one-hour deadline, not years with a 1 in them.
		await onSearchPage(page, '1 hour');
		const top = (await resultPages(page)).slice(0, 2);
		expect(top).toEqual(
			expect.arrayContaining(['/glossary/incident-reporting-measures-2025/', '/glossary/incident-reporting-draft-2023/']),
		);
		expect(await page.locator('.search-results mark').allInnerTexts()).not.toContain('1988');
		await context.close();
	});

	it('gives the same results in the dialog as on /search/ for the same query', async () => {
		const { page, context } = await openPage(built.browser);
		for (const query of ['MLPS', 'who enforces the cybersecurity law', '网络安全法 罚款', 'one hour', 'National Security Law']) {
			await onSearchPage(page, query);
			const onPage = await resultLinks(page);
			expect(onPage.length, query).toBeGreaterThan(0);
			await page.goto(built.server.url('/timeline/'));
			await everyPageScriptReady(page);
			await page.keyboard.press('/');
			await page.locator('dialog[open] input[type="search"]').fill(query);
			await settled(page, query);
			expect(await resultLinks(page), query).toEqual(onPage);
		}
		await context.close();
	});
});
