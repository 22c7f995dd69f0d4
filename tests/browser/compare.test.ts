import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPage, skipBrowser, phoneScreen } from '../support/browser';
import { asOneLine, printedPages } from '../support/pdf';
import { scrollSettled } from '../support/scroll';
import { useBuiltSite } from '../support/site';
import { heardNames } from '../support/aria';

// Issue 25 §3, /compare/ as a policymaker reads it: on a 320 px phone, where each table row becomes
// a block and nothing may scroll sideways or shrink below 16 px; on paper, on as few sheets as its
// words need; and with axe in both colour schemes (the page's badges, labels and source numbers
// are its own components, so the shared a11y test's page list does not vouch for them).

const PATH = '/compare/';
/** Fewest words a printed sheet may carry, the last aside: a sheet under this was left mostly blank (print.test.ts). */
const SHEET_WORDS = 250;

describe.skipIf(skipBrowser)('the comparison page in Chromium', () => {
	const built = useBuiltSite();

	it('reflows at 320 px: no sideways scroll, each row a block of labelled cells, no text under 16 px', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: { width: 320, height: 720 } });
		await page.goto(built.server.url(PATH));
		const widths = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
		}));
		expect(widths.scroll).toBeLessThanOrEqual(widths.client);
		// Every table, cell and status line inside the viewport's width.
		const overflowing = await page
			.locator('.compare :is(table, td, th, .compare-status, .compare-sources)')
			.evaluateAll((els) =>
				els
					.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
					.map((el) => el.outerHTML.slice(0, 80)),
			);
		expect(overflowing).toEqual([]);
		// Rows are blocks: the head row is hidden and each cell shows its column's name.
		expect(await page.locator('.compare thead').first().isVisible()).toBe(false);
		const labels = await page.locator('#incidents-how-fast .cmp-label').allInnerTexts();
		expect(labels).toEqual(['China', 'European Union', 'United States', 'United Kingdom']);
		// Every piece of visible text in the tables, sources lists included, at 16 px or more.
		const small = await page.locator('.compare').evaluateAll((wrappers) => {
			const found: string[] = [];
			for (const wrapper of wrappers) {
				const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const el = node.parentElement!;
					if (!node.textContent?.trim() || el.closest('.visually-hidden, .print-only, caption')) continue;
					const style = getComputedStyle(el);
					if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
					const size = parseFloat(style.fontSize);
					if (size < 16) found.push(`${size}px: “${node.textContent.trim().slice(0, 40)}”`);
				}
			}
			return found;
		});
		expect(small).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('lands on a row from its link, with the row in view', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		await page.goto(built.server.url(`${PATH}#data-thresholds`));
		const row = page.locator('#data-thresholds');
		// The browser scrolls to the fragment once the page has laid out: wait for that state, not a time.
		const top = async () => (await row.boundingBox())?.y ?? Number.NaN;
		await expect.poll(top, { timeout: 15_000 }).toBeLessThan(844 / 2);
		// Where it comes to rest, not where a smooth scroll passes on its way.
		await scrollSettled(page);
		expect(await top()).toBeGreaterThanOrEqual(0);
		await context.close();
	});

	it('on a wide screen, a row reached by its link lands below its table’s column heads, which stay in view', async () => {
		for (const width of [800, 1366]) {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 900 } });
			await page.goto(built.server.url(`${PATH}#incidents-how-fast`));
			const row = page.locator('#incidents-how-fast');
			await expect.poll(async () => (await row.boundingBox())?.y ?? Number.NaN, { timeout: 15_000 }).toBeLessThan(900 / 2);
			await scrollSettled(page);
			// Every column's name is on screen, at the top, and the row's question starts below them, not under them.
			const heads = await row.evaluate((tr) =>
				[...tr.closest('table')!.querySelectorAll('thead th')].map((th) => {
					const box = th.getBoundingClientRect();
					return { name: th.textContent!.trim(), top: box.top, bottom: box.bottom };
				}),
			);
			expect(heads.map((h) => h.name)).toEqual(['Question', 'China', 'European Union', 'United States', 'United Kingdom']);
			for (const head of heads) expect(head.top, `${head.name} at ${width} px`).toBeGreaterThanOrEqual(-1);
			const question = (await row.locator('th').boundingBox())!;
			expect(question.y).toBeGreaterThanOrEqual(Math.max(...heads.map((h) => h.bottom)) - 1);
			await context.close();
		}
	});

	it('names each row by its question alone, as a screen reader says it with every cell, here and in the chapter’s tables', async () => {
		const { page, context } = await openPage(built.browser);
		for (const path of [PATH, '/chapter-5/systems-and-capacity-building/']) {
			await page.goto(built.server.url(path));
			const heard = await heardNames(page.locator('main'), 'rowheader');
			const shown = await page
				.locator('tbody th[scope="row"]')
				.evaluateAll((ths) => ths.map((th) => th.firstChild!.textContent!.replace(/\s+/g, ' ').trim()));
			expect(shown.length, path).toBeGreaterThan(5);
			expect(heard, path).toEqual(shown);
		}
		await context.close();
	});

	it('prints every table with its sources, cells and statuses, on no more sheets than its words need', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(PATH));
		const sheets = await printedPages(page);
		const text = asOneLine(sheets);
		for (const caption of [
			'Reporting incidents: China beside the EU, the US and the UK',
			'Sending data abroad: China beside the EU, the US and the UK',
		])
			expect(text).toContain(caption);
		expect(text).toContain('Sources for this table');
		// The date beside a delayed rule is its proposal's, and says so: "delayed since 4 April 2024"
		// read as if the delay began the day it was proposed.
		const delayed = await page.locator('.compare-status:not(.compare-status-brief)', { hasText: 'final rule delayed' }).first().innerText();
		expect(delayed.replace(/\s+/g, ' ')).toMatch(/final rule delayed proposed on \d{1,2} [A-Z][a-z]+ \d{4};/);
		expect(text).toMatch(/status as of 6 March 2026/);
		// Paper has no hover: the rows' "#" links are not printed.
		expect(text).not.toMatch(/How fast #/);
		const sparse = sheets
			.slice(0, -1)
			.map((sheet, i) => ({ i, words: sheet.split(/\s+/).filter(Boolean).length }))
			.filter((s) => s.words < SHEET_WORDS)
			.map((s) => `sheet ${s.i + 1}: ${s.words} words`);
		expect(sparse).toEqual([]);
		await context.close();
	});

	// axe reads every element of a long page: a minute or more here. Light gets every WCAG rule at
	// 320 px, where target sizes and reflow matter most; dark the colour rules (tests/support/axe.ts)
	// at 1366 px, where the tables are tables.
	for (const [colorScheme, width] of [
		['light', 320],
		['dark', 1366],
	] as const)
		it(`has no axe violations in ${colorScheme} at ${width} px`, { timeout: 300_000 }, async () => {
			const { page, context, errors } = await openPage(built.browser, { colorScheme, viewport: { width, height: 900 } });
			await page.goto(built.server.url(PATH));
			expect(await axeViolations(page, colorScheme)).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});
});
