import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { distDir, requireDist } from './dist';
import { serveDist } from './server';
import { launchBrowser } from './browser';

export interface BuiltSite {
	browser: Browser;
	server: Awaited<ReturnType<typeof serveDist>>;
}

/**
 * For a browser test file: before its tests, one Chromium and one static server for a build
 * (dist/ at "/" unless told otherwise); after them, both closed. Hooks a file registers later run
 * after these, so they can already use `site.browser` and `site.server`.
 */
export function useBuiltSite(dir = distDir, base = '/'): BuiltSite {
	const site = {} as BuiltSite;
	beforeAll(async () => {
		requireDist(dir);
		site.browser = await launchBrowser();
		site.server = await serveDist(dir, base);
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}
