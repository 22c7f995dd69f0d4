import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPage, skipBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { asOneLine, printedPages } from '../support/pdf';
import { scrollSettled } from '../support/scroll';
import { useBuiltSite } from '../support/site';
import { readContent } from '../../src/content/read';

// Issue 25 §2, the teaching kits in Chromium: an answer opens from the keyboard with JavaScript
// off, the kit and its handout fit a 390 px phone, each student handout prints on one A4 sheet
// without its answers, the teacher's notes print with them, and axe finds nothing in either
// colour scheme.

const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const kits = model.kits.map((k) => `/teach/${k.value.id}/`);
const KIT = '/teach/chapter-5/correct-view-of-cybersecurity/';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Waits for a state, as long as a busy machine may need (the search tests wait as long). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe.skipIf(skipBrowser)('the teaching kits in a browser', () => {
	const built = useBuiltSite();

	it('opens an answer from the keyboard with JavaScript off, and a second press closes it', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
		await page.goto(built.server.url(KIT));
		const answer = page.locator('.self-check details').first();
		const body = answer.locator('.kit-answer-body');
		await poll(() => body.isVisible()).toBe(false);
		// Closed, its label shows the ▸ that says it opens (a flex label drew none), on a 44 px target.
		const label = await answer.locator('summary').evaluate((s) => ({
			marker: getComputedStyle(s).display === 'list-item' && getComputedStyle(s).listStyleType,
			tall: s.getBoundingClientRect().height >= 44,
		}));
		expect(label).toEqual({ marker: 'disclosure-closed', tall: true });
		// Tab from the top of the page, as a keyboard reader does, until the first answer's summary has focus.
		let reached = false;
		for (let i = 0; i < 60 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.matches('.self-check details summary') ?? false);
		}
		expect(reached, 'Tab reaches the first answer').toBe(true);
		await page.keyboard.press('Enter');
		await poll(() => body.isVisible()).toBe(true);
		expect(await answer.getAttribute('open')).not.toBeNull();
		// The answer's link to its paragraph is next in the tab order.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.kit-source') !== null)).toBe(true);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		await poll(() => body.isVisible()).toBe(false);
		await context.close();
	});

	it('follows an answer’s link to the paragraph that holds it, with JavaScript off', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
		await page.goto(built.server.url(KIT));
		const answer = page.locator('.self-check details').nth(2);
		await answer.locator('summary').click();
		const link = answer.locator('.kit-source a');
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await page.waitForURL((url) => url.hash === `#${href.split('#')[1]}`);
		const target = page.locator(`#${href.split('#')[1]}`);
		await poll(() => target.isVisible()).toBe(true);
		// It lands on the paragraph: its top comes on screen once the browser has scrolled to it
		// (after the load event, later on a busy machine).
		const top = () => target.evaluate((el) => el.getBoundingClientRect().top);
		await poll(top).toBeLessThan(800);
		// Where it comes to rest, not where a smooth scroll passes on its way.
		await scrollSettled(page);
		expect(await top()).toBeGreaterThanOrEqual(0);
		await context.close();
	});

	it('fits a 390 px phone: no sideways scrolling, lesson plans inside the screen, handout choices big enough to tap', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 390, height: 800 } });
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		await page.goto(built.server.url(KIT));
		expect(await overflow(), KIT).toBeLessThanOrEqual(0);
		const tables = await page.locator('table.lesson-plan').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
		expect(tables).toHaveLength(3);
		for (const right of tables) expect(right).toBeLessThanOrEqual(390);
		await page.goto(built.server.url(`${KIT}handout/`));
		expect(await overflow(), `${KIT}handout/`).toBeLessThanOrEqual(0);
		// WCAG 2.5.8: each choice's label, which selects its radio button, is at least 24 by 24 px.
		const choices = await page
			.locator('fieldset.whose-choice label')
			.evaluateAll((els) => els.map((el) => ({ width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })));
		expect(choices.length).toBeGreaterThanOrEqual(9);
		for (const box of choices) {
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
		// A passage's three choices stand in one row or one column: never two on a line and "This site" alone below.
		const layouts = await page.locator('fieldset.whose-choice').evaluateAll((sets) =>
			sets.map((set) => {
				const tops = [...set.querySelectorAll('label')].map((label) => Math.round(label.getBoundingClientRect().top));
				return new Set(tops).size;
			}),
		);
		for (const lines of layouts) expect([1, 3]).toContain(lines);
		await context.close();
	});

	for (const kit of kits)
		it(`prints the handout of ${kit} on one A4 sheet, with its questions and passages and without answers`, async () => {
			const { page, context } = await openPage(built.browser);
			await page.goto(built.server.url(kit));
			const questions = (await page.locator('.kit-question').allInnerTexts()).map(squash);
			const answers = (await page.locator('.self-check .kit-answer-body > p:first-child').allTextContents()).map(squash);
			await page.goto(built.server.url(`${kit}handout/`));
			const sheets = await printedPages(page);
			const text = asOneLine(sheets);
			await context.close();
			expect(sheets).toHaveLength(1);
			for (const q of questions) expect(text).toContain(q);
			for (const a of answers) expect(text).not.toContain(a.slice(0, 60));
			expect(text).toContain('Whose words?');
			expect(text).toContain('Questions for discussion');
			expect(text).toContain('CC BY 4.0');
		});

	it('prints the teacher’s notes with every answer open', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(KIT));
		// Each answer's explanation: a self-check's answer, an exercise's clue (not the label line or the link).
		const answers = (await page.locator('.kit-answer-body > p:not(.voice, .kit-source)').allTextContents()).map(squash);
		const text = asOneLine(await printedPages(page));
		await context.close();
		expect(answers.length).toBeGreaterThanOrEqual(7);
		// pdftotext breaks lines and may hyphenate: compare each answer's first words.
		for (const a of answers) expect(text).toContain(a.split(' ').slice(0, 6).join(' '));
	});

	// Each page opened once and checked in light, then in dark (the colour rules), as a reader whose system turns dark sees it.
	it('passes axe in light and dark on the page for teachers, a kit with its answers open, and a handout', async () => {
		const { page, context } = await openPage(built.browser, { colorScheme: 'light', viewport: { width: 390, height: 800 } });
		const found: string[] = [];
		for (const path of ['/teach/', KIT, `${KIT}handout/`]) {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(built.server.url(path));
			await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				found.push(...(await axeViolations(page, colorScheme)).map((v) => `${path} (${colorScheme}): ${v}`));
			}
		}
		await context.close();
		expect(found).toEqual([]);
	});
});
