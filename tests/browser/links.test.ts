import { describe, expect, it } from 'vitest';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

const SECTION = '/chapter-5/systems-and-capacity-building/';

describe.skipIf(skipBrowser)('deep links on chapter pages', () => {
	const built = useBuiltSite();

	it('shows a paragraph permalink on keyboard focus, and copying it is announced', async () => {
		const { page, context, errors } = await openPage(built.browser);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(built.server.url(SECTION));
		const paragraph = page.locator('.prose p[id^="p-"]').nth(2);
		const id = await paragraph.getAttribute('id');
		const link = paragraph.locator('a.permalink');
		expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
		await link.focus();
		expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
		expect(await link.getAttribute('aria-label')).toBe('Link to this paragraph');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('[data-link-status]')?.textContent === 'Link copied');
		expect(new URL(page.url()).hash).toBe(`#${id}`);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(built.server.url(`${SECTION}#${id}`));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('links every heading with a labelled permalink beside it', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		const headings = page.locator('.prose .heading-wrapper');
		expect(await headings.count()).toBeGreaterThanOrEqual(5);
		const h = headings.nth(0);
		const id = await h.locator('h2').getAttribute('id');
		expect(await h.locator('a.permalink').getAttribute('href')).toBe(`#${id}`);
		expect(await h.locator('a.permalink').getAttribute('aria-label')).toBe(`Link to the section “${await h.locator('h2').innerText()}”`);
		await context.close();
	});

	it('lands a fresh browser on a linked paragraph, even with JavaScript off', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const { page, context } = await openPage(built.browser, {
				javaScriptEnabled,
				viewport: { width: 800, height: 600 },
				reducedMotion: 'reduce',
			});
			await page.goto(built.server.url(SECTION));
			const id = await page.locator('.prose p[id^="p-"]').nth(12).getAttribute('id');
			await page.goto(built.server.url(`${SECTION}#${id}`));
			await page.waitForTimeout(300);
			const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
			expect(Math.abs(top)).toBeLessThan(100);
			await context.close();
		}
	});

	it('lands a text-fragment link on its paragraph, and offers one for selected text', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 800, height: 600 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(built.server.url(SECTION));
		const paragraph = page.locator('.prose p[id^="p-"]').nth(10);
		const id = await paragraph.getAttribute('id');
		// Select the paragraph's first words, as a reader would with the mouse.
		await paragraph.evaluate((p) => {
			const range = document.createRange();
			const text = p.firstChild!;
			range.setStart(text, 0);
			range.setEnd(text, Math.min(40, text.textContent!.length));
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
		});
		const button = page.getByRole('button', { name: 'Copy link to selected text' });
		await button.waitFor();
		await button.click();
		await page.waitForFunction(() => document.querySelector('[data-link-status]')?.textContent === 'Link to the selected text copied');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link.startsWith(built.server.url(`${SECTION}#${id}:~:text=`))).toBe(true);
		// Open it fresh; with text fragments or without, the reader lands on the paragraph.
		const fresh = await openPage(built.browser, { viewport: { width: 800, height: 600 } });
		await fresh.page.goto(link);
		await fresh.page.waitForTimeout(500);
		const top = await fresh.page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(-50);
		expect(top).toBeLessThan(600);
		await fresh.context.close();
		await context.close();
	});

	it('says so when an old link lands on a passage that moved', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		expect(await page.locator('[data-moved-notice]').isVisible()).toBe(false);
		// The DOM rehype-anchors builds for a content/redirects.yaml entry (see its unit test).
		const target = await page
			.locator('.prose p[id^="p-"]')
			.nth(5)
			.evaluate((p) => {
				const alias = document.createElement('span');
				alias.id = 'p-an-old-opening';
				alias.className = 'anchor-alias';
				alias.dataset.movedTo = p.id;
				p.prepend(alias);
				return p.id;
			});
		await page.evaluate(() => (location.hash = 'p-an-old-opening'));
		await page.locator('[data-moved-notice]').waitFor();
		expect(await page.locator('[data-moved-notice]').innerText()).toMatch(/moved/);
		expect(await page.locator(`#${target}`).getAttribute('class')).toContain('arrived');
		await context.close();
	});

	it("lists the page's updates and corrections, each linking to its note", async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		const items = page.locator('.updates-list li a');
		expect(await items.count()).toBeGreaterThan(2);
		for (const href of await items.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			expect(await page.locator(`.note ${href}`).count(), href).toBe(1);
		}
		expect(await page.locator('.updates-list').innerText()).toMatch(/last updated on \d+ \w+ \d{4}/);
		await context.close();
	});
});
