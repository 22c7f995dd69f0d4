import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { distDir, requireDist } from './dist';
import { serveDist } from './server';
import { closeContexts, workerBrowser } from './browser';
import { fixtureContent, sharedBuild } from './shared-build';

export interface BuiltSite {
	browser: Browser;
	server: Awaited<ReturnType<typeof serveDist>>;
}

/**
 * For a browser test file: before its tests, the worker's Chromium and one static server for a build
 * (dist/ at "/" unless told otherwise, or the folder a function resolves to once it is built). Hooks a file registers later run
 * after these, so they can already use `site.browser` and `site.server`. After the tests the server is
 * closed, and so is every browser context the file opened; the browser stays for the worker's next file.
 */
export function useBuiltSite(dir: string | (() => Promise<string>) = distDir, base = '/'): BuiltSite {
	const site = {} as BuiltSite;
	beforeAll(async () => {
		const folder = typeof dir === 'string' ? dir : await dir();
		requireDist(folder);
		site.browser = await workerBrowser();
		site.server = await serveDist(folder, base);
	});
	afterAll(async () => {
		await closeContexts(site.browser);
		await site.server?.close();
	});
	return site;
}

/** The same, for the small fixture site (tests/fixtures/content) that behaviour tests run on. */
export const useFixtureSite = (): BuiltSite => useBuiltSite(async () => (await sharedBuild({}, { content: fixtureContent })).outDir);
