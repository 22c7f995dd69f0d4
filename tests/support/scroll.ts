import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Waits until the page has stopped scrolling: the same scroll position at two readings in a row.
 * For measuring where a followed link, a tap or the keyboard leaves the page, without a fixed sleep.
 */
export async function scrollSettled(page: Page): Promise<void> {
	let last = Number.NaN;
	await expect
		.poll(
			async () => {
				const y = await page.evaluate(() => scrollY);
				const same = y === last;
				last = y;
				return same;
			},
			{ timeout: 15_000, interval: 100 },
		)
		.toBe(true);
}
