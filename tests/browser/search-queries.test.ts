import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distDir, requireDist } from '../support/dist';
import { serveDist } from '../support/server';
import { closeContexts, workerBrowser, openPage, skipBrowser } from '../support/browser';
import { judge, readQueries, resultLinks, type Judgement, type QueryCase } from '../support/search-quality';

const queries = readQueries();

/** Every query's expected page is built, and its passage (a heading, paragraph or event) is on it. */
function expectTargetsBuilt(cases: QueryCase[]) {
	for (const { expect: target } of cases) {
		const [path, id] = target.split('#');
		const html = readFileSync(`${distDir}${path}index.html`, 'utf8');
		if (id) expect(html, target).toContain(`id="${id}"`);
	}
}

/**
 * The results of a query on /search/ (the same island and search code as the dialog). The first
 * query opens /search/?q=…; the others are typed into its box, as a reader asks one question after
 * another: one page load for all the queries, not one each.
 */
async function results(page: Page, query: string) {
	const url = new URL(page.url());
	if (url.pathname === '/search/') await page.locator('[data-search-page] input[type="search"]').fill(query);
	else await page.goto(`${url.origin}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`“${q}”`), query, { timeout: 15_000 });
	return resultLinks(page);
}

describe.skipIf(skipBrowser)('policymaker queries against the built index (tests/fixtures/search-queries.json)', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveDist>>;
	let page: Page;
	const judged: (Judgement & { query: string; first?: string })[] = [];
	beforeAll(async () => {
		requireDist();
		browser = await workerBrowser();
		server = await serveDist(distDir);
		({ page } = await openPage(browser));
		await page.goto(server.url('/'));
	});
	afterAll(async () => {
		const count = (k: keyof Judgement) => judged.filter((j) => j[k]).length;
		console.info(
			`search fixture: of ${judged.length} queries, ${count('top3')} have their target in the top 3, ` +
				`${count('top1')} first, and ${count('lands')} land on it from the first result` +
				// Which ones do not land, and where they go instead: what a change to the ranking moved.
				judged
					.filter((j) => !j.lands)
					.map((j) => `\n  not landing: ${JSON.stringify(j.query)} → ${j.first ?? 'nothing'}`)
					.join(''),
		);
		await closeContexts(browser);
		await server?.close();
	});

	it('has at least 20 name queries and 25 questions or loose phrasings, each with a target that exists in the build', () => {
		const phrased = queries.filter((q) => /^(question|loose phrasing)/.test(q.why));
		expect(queries.length - phrased.length).toBeGreaterThanOrEqual(20);
		expect(phrased.length).toBeGreaterThanOrEqual(25);
		expectTargetsBuilt(queries);
	});

	it('has held-out queries for the bench whose targets exist in the build too', () => {
		const heldOut = readQueries('held-out');
		expect(heldOut.length).toBeGreaterThanOrEqual(45);
		expectTargetsBuilt(heldOut);
	});

	it('asks for the first result and its landing on at least 20 queries (when, who, how fast, and passages)', () => {
		expect(queries.filter((q) => q.first).length).toBeGreaterThanOrEqual(20);
	});

	for (const c of queries) {
		const want = c.first ? 'first, its link landing there' : 'in its top 3';
		it(`${JSON.stringify(c.query)} (${c.why}) has ${c.expect} ${want}`, async () => {
			const top = await results(page, c.query);
			const j = judge(distDir, c.expect, top);
			judged.push({ ...j, query: c.query, ...(top[0] && { first: top[0].page }) });
			expect(j.top3, `top 3: ${JSON.stringify(top.slice(0, 3))}`).toBe(true);
			if (c.first) expect(j.top1 && j.lands, `first: ${JSON.stringify(top[0])}`).toBe(true);
		});
	}
});
