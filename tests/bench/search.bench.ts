import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distDir, requireDist } from '../support/dist';
import { serveDist } from '../support/server';
import { launchBrowser, skipBrowser } from '../support/browser';
import { report } from './report';

// Search as a reader meets it: a section page in a fresh Chromium context (empty cache), "/" to
// open the dialog, a first (cold) query, then two warm ones. Latency is the site's own User Timing
// entry "search" (src/lib/search-client.ts): from the search call to the first page of results
// with their data, without the 150 ms typing pause. Bytes are response bodies as sirv serves
// dist/ (uncompressed; Pagefind's index files are gzipped already), plus the gzip size of the
// search JavaScript as a compressing host would send it. RUNS=<n> sets the runs (default 5).

const RUNS = Number(process.env.RUNS ?? 5);
const SECTION = '/chapter-5/overview/';
const QUERIES = { cold: 'MLPS', warm: 'legal weapons', warmChinese: '网信办' };

interface Fetch {
	url: string;
	bytes: number;
	gzip: number;
}

const gzipOf = (url: string, bytes: number) => {
	const file = join(distDir, new URL(url).pathname);
	return /\.(js|css|html|json)$/.test(file) && existsSync(file) ? gzipSync(readFileSync(file)).length : bytes;
};

async function query(page: Page, text: string): Promise<number> {
	await page.locator('dialog input[type="search"]').fill(text);
	await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`“${q}”`), text);
	return page.evaluate(() => performance.getEntriesByName('search').at(-1)?.duration ?? Number.NaN);
}

async function oneRun(browser: Browser, url: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetches: Fetch[] = [];
	const pending: Promise<void>[] = [];
	let inFlight = 0;
	let lastActivity = performance.now();
	const settle = () => {
		inFlight--;
		lastActivity = performance.now();
	};
	page.on('request', () => {
		inFlight++;
		lastActivity = performance.now();
	});
	page.on('requestfailed', settle);
	page.on('requestfinished', (r) => {
		settle();
		pending.push(r.sizes().then((s) => void fetches.push({ url: r.url(), bytes: s.responseBodySize, gzip: gzipOf(r.url(), s.responseBodySize) })));
	});
	// Each phase owns the requests it starts: wait for 300 ms without network activity.
	const quiet = async () => {
		while (inFlight > 0 || performance.now() - lastActivity < 300) await new Promise((r) => setTimeout(r, 50));
		await Promise.all(pending);
	};
	const phase = async (action: () => Promise<number>) => {
		const start = fetches.length;
		const ms = await action();
		await quiet();
		return { ms, fetches: fetches.slice(start) };
	};
	const timed = (fn: () => Promise<unknown>) => async () => {
		const t = performance.now();
		await fn();
		return performance.now() - t;
	};
	const load = await phase(timed(() => page.goto(url, { waitUntil: 'load' })));
	const open = await phase(
		timed(async () => {
			await page.keyboard.press('/');
			await page.waitForFunction(() => document.activeElement?.matches('dialog[open] input[type="search"]'));
		}),
	);
	const cold = await phase(() => query(page, QUERIES.cold));
	const warm = await phase(() => query(page, QUERIES.warm));
	const warmChinese = await phase(() => query(page, QUERIES.warmChinese));
	await context.close();
	return { load, open, cold, warm, warmChinese };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const total = (fs: Fetch[], pick: (f: Fetch) => number) => fs.reduce((a, f) => a + pick(f), 0);
const isSearchJs = (f: Fetch) => f.url.endsWith('.js') && /\/pagefind\/|SearchApp|SearchDialog|preload-helper|search-/.test(f.url);

it.skipIf(skipBrowser)('search: latency and bytes, cold and warm', async () => {
	requireDist();
	const server = await serveDist(distDir);
	const browser = await launchBrowser();
	try {
		const runs: Awaited<ReturnType<typeof oneRun>>[] = [];
		for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, server.url(SECTION)));
		const label = {
			load: `load ${SECTION} (before search)`,
			open: 'open the dialog with "/"',
			cold: `first query "${QUERIES.cold}" (cold)`,
			warm: `query "${QUERIES.warm}" (warm)`,
			warmChinese: `query "${QUERIES.warmChinese}" (warm)`,
		};
		const rows = (Object.keys(label) as (keyof typeof label)[]).map((p) => {
			const last = runs.at(-1)![p].fetches;
			return {
				phase: label[p],
				[`median ms (${RUNS} runs)`]: Math.round(median(runs.map((r) => r[p].ms))),
				requests: last.length,
				'Pagefind files': last.filter((f) => f.url.includes('/pagefind/')).length,
				'bytes as served': kb(total(last, (f) => f.bytes)),
				'search JS, gzip': kb(total(last.filter(isSearchJs), (f) => f.gzip)),
			};
		});
		report('search', 'Search latency and bytes (Chromium, fresh cache per run)', rows);
	} finally {
		await browser.close();
		await server.close();
	}
});
