import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

const SECTION = '/chapter-5/systems-and-capacity-building/';
const card = (page: Page) => page.locator('.term-card[data-placed]');
/** Waits until the island has hydrated (it unhides the term-card switch). */
const ready = (page: Page) => page.waitForSelector('[data-term-cards-toggle]:not([hidden])', { state: 'attached' });

describe.skipIf(skipBrowser)('term cards', () => {
	const built = useBuiltSite();

	it('opens on hover after the intent delay, stays while the pointer crosses onto it, and closes when it leaves', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1280, height: 900 } });
		await page.goto(built.server.url(SECTION));
		await ready(page);
		const term = page.locator('main a.term').first();
		const name = await term.getAttribute('data-term');
		await term.hover();
		await page.waitForTimeout(100);
		expect(await card(page).count()).toBe(0);
		await page.waitForTimeout(400);
		expect(await card(page).count()).toBe(1);
		const box = (await card(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 4, { steps: 5 });
		await page.waitForTimeout(600);
		expect(await card(page).count()).toBe(1);
		expect(await card(page).getByRole('link', { name: 'Open entry' }).getAttribute('href')).toMatch(new RegExp(`/glossary/${name}/$`));
		await page.mouse.move(5, 5, { steps: 5 });
		await page.waitForTimeout(600);
		expect(await card(page).count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('opens at once when a term is reached with Tab, and Escape closes it with focus kept on the term', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		await ready(page);
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.matches('a.term'))) break;
		}
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-term'));
		expect(focused).toBeTruthy();
		// No delay on focus: the card opens as soon as its code has loaded (the first focus loads it).
		await card(page).waitFor({ timeout: 2_000 });
		expect(await card(page).count()).toBe(1);
		// Screen readers hear the definition as the link's description.
		const described = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
		expect(await page.locator(`#${described}`).innerText()).toBe(await card(page).locator('.term-card-def').innerText());
		expect(await card(page).getAttribute('role')).toBe('dialog');
		await page.keyboard.press('Escape');
		expect(await card(page).count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe(focused);
		// Tab away and back: it opens again.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await card(page).count()).toBe(1);
		await context.close();
	});

	it('on a touch screen, the first tap opens the card and "Open entry" navigates', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		await page.goto(built.server.url(SECTION));
		await ready(page);
		const term = page.locator('main a.term').nth(1);
		const id = await term.getAttribute('data-term');
		await term.scrollIntoViewIfNeeded();
		await term.tap();
		await page.waitForTimeout(100);
		expect(new URL(page.url()).pathname).toBe(SECTION);
		expect(await card(page).count()).toBe(1);
		expect(await card(page).getByRole('button', { name: 'Close' }).isVisible()).toBe(true);
		await card(page).getByRole('link', { name: 'Open entry' }).tap();
		await page.waitForURL(new RegExp(`/glossary/${id}/$`));
		await context.close();
	});

	it('stays fully inside a 320 px wide viewport', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
		await page.goto(built.server.url(SECTION));
		await ready(page);
		const terms = page.locator('main a.term');
		for (const i of [0, 3, 6]) {
			const term = terms.nth(i);
			await term.scrollIntoViewIfNeeded();
			await term.tap();
			await card(page).waitFor();
			const box = (await card(page).boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(320);
			expect(box.y + box.height).toBeLessThanOrEqual(640);
			await card(page).getByRole('button', { name: 'Close' }).tap();
		}
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no axe violations with a card open (${colorScheme})`, async () => {
			const { page, context } = await openPage(built.browser, { colorScheme });
			await page.goto(built.server.url(SECTION));
			await ready(page);
			await page.locator('main a.term').first().focus();
			await card(page).waitFor();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await context.close();
		});
	}

	it('can be switched off, and the choice survives a reload, leaving plain links', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		await ready(page);
		await page.locator('.legend summary').click();
		const toggle = page.locator('[data-term-cards-toggle]');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		await toggle.click();
		expect(await toggle.innerText()).toBe('Term cards: off');
		await page.reload();
		await ready(page);
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		const term = page.locator('main a.term').first();
		await term.focus();
		await term.hover();
		await page.waitForTimeout(500);
		expect(await card(page).count()).toBe(0);
		expect(await term.getAttribute('href')).toMatch(/\/glossary\/[a-z0-9-]+\/$/);
		await context.close();
	});

	it('embeds card data once, for the terms the page links and no others', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		const linked = new Set(await page.locator('main a.term').evaluateAll((as) => as.map((a) => a.getAttribute('data-term'))));
		const data = await page.locator('script#term-card-data').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
		expect(data).toHaveLength(1);
		const embedded = Object.keys(JSON.parse(data[0]!));
		expect(new Set(embedded)).toEqual(linked);
		await context.close();
	});
});
