import type { Locator, Page } from 'playwright-core';
import { readingToolsReady } from './browser';

/**
 * What a reader does to see the citations filled in: open "Cite this" (About has it open). Its
 * code loads on that first use (src/scripts/reading-tools.ts) and puts in the reader's date of
 * access; this waits until every citation on the page has it.
 */
export async function openCiteThis(page: Page): Promise<void> {
	await readingToolsReady(page);
	for (const block of await page.locator('[data-cite-this]').all()) {
		if (!(await block.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await block.locator('summary').click();
	}
	await page.waitForFunction(
		() => ![...document.querySelectorAll('[data-cite-this]')].some((c) => c.textContent?.includes('[date accessed]')),
	);
}

/**
 * What a reader does to reach one citation in "Cite this" (CiteThis.astro): open the control if it
 * is shut, then choose the format (APA, MLA, Chicago or BibTeX). Returns the block, so a test can
 * go on to its Copy button or read the citation it now shows.
 */
export async function chooseCitation(page: Page, format: string, heading = 'Cite this page'): Promise<Locator> {
	const block = page.locator('[data-cite-this]').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
	const details = block.locator('details');
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await block.locator('summary').click();
	await block.getByRole('radio', { name: format, exact: true }).check();
	return block;
}
