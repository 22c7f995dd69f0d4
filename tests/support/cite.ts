import type { Locator, Page } from 'playwright-core';

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
