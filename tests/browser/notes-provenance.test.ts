import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

const SECTION = '/chapter-5/systems-and-capacity-building/';
const noteBodyVisible = (page: Page, i: number) => page.locator('.note .note-body').nth(i).isVisible();

describe.skipIf(skipBrowser)('notes and provenance marks', () => {
	const built = useBuiltSite();

	it('numbers notes in order, and the passage each one follows links to it', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		const labels = await page.locator('.note .note-number').allInnerTexts();
		expect(labels.length).toBeGreaterThan(3);
		expect(labels.map((l) => l.trim())).toEqual(labels.map((_, i) => `${i + 1}.`));
		const marks = page.locator('.prose sup.note-ref a');
		expect(await marks.count()).toBe(labels.length);
		const target = await marks.nth(1).getAttribute('href');
		await marks.nth(1).click();
		expect(new URL(page.url()).hash).toBe(target);
		expect((await page.locator(`${target} .note-number`).innerText()).trim()).toBe('2.');
		await context.close();
	});

	it('sets notes in the margin, open, on a wide screen', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1440, height: 900 } });
		await page.goto(built.server.url(SECTION));
		const note = page.locator('.note').first();
		const prose = (await page.locator('.prose p[id]').first().boundingBox())!;
		const box = (await note.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(prose.x + prose.width);
		expect(box.x + box.width).toBeLessThanOrEqual(1440);
		expect(await noteBodyVisible(page, 0)).toBe(true);
		await context.close();
	});

	it('keeps notes inline and expandable by keyboard on a narrow screen', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 390, height: 844 } });
		await page.goto(built.server.url(SECTION));
		const prose = (await page.locator('.prose p[id]').first().boundingBox())!;
		const box = (await page.locator('.note').first().boundingBox())!;
		expect(box.x).toBeLessThan(prose.x + prose.width);
		expect(await noteBodyVisible(page, 0)).toBe(false);
		await page.locator('.note summary').first().focus();
		await page.keyboard.press('Enter');
		expect(await noteBodyVisible(page, 0)).toBe(true);
		await context.close();
	});

	it('prints every note in full', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 390, height: 844 } });
		await page.goto(built.server.url(SECTION));
		await page.emulateMedia({ media: 'print' });
		const count = await page.locator('.note').count();
		for (let i = 0; i < count; i++) expect(await noteBodyVisible(page, i)).toBe(true);
		await context.close();
	});

	it('labels every marked passage in text, not by colour alone, and explains the marks in a legend', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url(SECTION));
		for (const [kind, label] of [
			['book', 'The book'],
			['analysis', 'The analysis'],
			['context', 'Context'],
		] as const) {
			const passages = page.locator(`.prose .prov-${kind}`);
			expect(await passages.count()).toBeGreaterThan(0);
			expect(await passages.first().locator('.prov-label').innerText()).toMatch(new RegExp(label, 'i'));
			expect(await passages.first().locator('.prov-body').getAttribute('aria-label')).toBe(label);
		}
		await page.locator('.legend summary').click();
		expect(await page.locator('.legend dl').innerText()).toContain('Background this site adds');
		await context.close();
	});

	it('highlights one kind of passage at a time, without JavaScript', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url(SECTION));
		const outline = (sel: string) =>
			page
				.locator(`.prose ${sel}`)
				.first()
				.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(await outline('.prov-analysis')).toBe('none');
		await page.locator('.legend summary').click();
		await page.getByRole('radio', { name: 'The analysis' }).check();
		expect(await outline('.prov-analysis')).toBe('solid');
		expect(await outline('.prov-book')).toBe('none');
		await page.getByRole('radio', { name: 'The book' }).check();
		expect(await outline('.prov-book')).toBe('solid');
		expect(await outline('.prov-analysis')).toBe('none');
		await context.close();
	});
});
