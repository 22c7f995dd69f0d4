import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distDir, requireDist } from '../support/dist';
import { serveDist } from '../support/server';
import { launchBrowser, openPage, skipBrowser } from '../support/browser';

interface Case {
	query: string;
	/** A path ("/glossary/mlps/") or a heading or event ("/timeline/#csl-in-force"). */
	expect: string;
	why: string;
}
const { queries } = JSON.parse(readFileSync(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8')) as { queries: Case[] };

/**
 * The first `n` results of a query on /search/ (the same island and search code as the dialog),
 * each as its page path and the path#id of its sub-results, without the ?highlight parameter.
 */
async function topResults(page: Page, query: string, n = 3) {
	await page.goto(`${new URL(page.url()).origin}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`“${q}”`), query, { timeout: 15_000 });
	return page.locator('.search-result').evaluateAll(
		(items, count) =>
			items.slice(0, count).map((item) => {
				const path = (a: Element) => {
					const url = new URL((a as HTMLAnchorElement).href);
					return url.pathname + url.hash;
				};
				const links = [...item.querySelectorAll('a')];
				return { page: path(links[0]!), subs: links.slice(1).map(path) };
			}),
		n,
	);
}

describe.skipIf(skipBrowser)('policymaker queries against the built index (tests/fixtures/search-queries.json)', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveDist>>;
	let page: Page;
	const misses: string[] = [];
	beforeAll(async () => {
		requireDist();
		browser = await launchBrowser();
		server = await serveDist(distDir);
		({ page } = await openPage(browser));
		await page.goto(server.url('/'));
	});
	afterAll(async () => {
		console.info(`search fixture: ${queries.length - misses.length}/${queries.length} queries have their target in the top 3`);
		await browser?.close();
		await server?.close();
	});

	it('has at least 20 name queries and 25 questions or loose phrasings, each with a target that exists in the build', () => {
		const phrased = queries.filter((q) => /^(question|loose phrasing)/.test(q.why));
		expect(queries.length - phrased.length).toBeGreaterThanOrEqual(20);
		expect(phrased.length).toBeGreaterThanOrEqual(25);
		for (const { expect: target } of queries) {
			const [path, id] = target.split('#');
			const file = `${distDir}${path}index.html`;
			const html = readFileSync(file, 'utf8');
			if (id) expect(html, target).toContain(`id="${id}"`);
		}
	});

	for (const c of queries) {
		it(`${JSON.stringify(c.query)} (${c.why}) has ${c.expect} in its top 3`, async () => {
			const top = await topResults(page, c.query);
			const found = top.some((r) => r.page === c.expect || r.subs.includes(c.expect));
			if (!found) misses.push(c.query);
			expect(found, `top 3: ${JSON.stringify(top)}`).toBe(true);
		});
	}
});
