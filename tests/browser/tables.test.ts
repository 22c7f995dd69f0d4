import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, htmlPages, isSectionPath, readHtml } from '../support/dist';
import { openPage, skipBrowser, phoneScreen } from '../support/browser';
import { useBuiltSite } from '../support/site';

// Issue 28 §1: comparison tables as a reader meets them. On a wide screen a table leaves the
// 544 px text column for the width its cells need, and never meets a margin note or the contents
// rail; its sources leave the grid for numbered links to a list under it; on a phone its caption
// is a full-width line and nothing in it is under 16 px.

/** The chapter pages that hold a comparison table, whichever they are as content changes. */
const pagesWithTables = htmlPages(distDir)
	.map((p) => p.path)
	.filter((path) => isSectionPath(path) && readHtml(join(distDir, path, 'index.html')).includes('class="comparison"'));

/** How far the page scrolls sideways: 0 when everything fits the viewport. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Each table's box, its columns' widths, and the boxes it must not meet, in page coordinates. */
function tableLayout(page: Page) {
	return page.evaluate(() => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width };
		};
		const rail = document.querySelector('.page-contents details');
		return {
			column: box(document.querySelector('.prose')!),
			tables: [...document.querySelectorAll('.comparison')].map((c) => ({
				caption: c.querySelector('caption')!.textContent!.trim().slice(0, 40),
				box: box(c),
				// Where the text column's flow ends above the table: the bottom of the nearest thing before
				// it that is not floated into the margin.
				textAbove: (() => {
					let before = c.previousElementSibling;
					while (before && getComputedStyle(before).float !== 'none') before = before.previousElementSibling;
					return before ? box(before).bottom : undefined;
				})(),
				columns: [...c.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
			})),
			notes: [...document.querySelectorAll('.note')].map((n) => ({ text: n.querySelector('.note-label')!.textContent!.trim(), ...box(n) })),
			// The contents list stays in view as the page scrolls: it must never share a column with a table.
			rail: rail && getComputedStyle(document.querySelector('.page-contents')!).position === 'absolute' ? box(rail) : undefined,
		};
	});
}

/** How long to wait for what a reader would see (a scroll to settle), on a busy machine too. */
const settle = { timeout: 15_000 };

const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.skipIf(skipBrowser)('comparison tables as a reader sees them', () => {
	const built = useBuiltSite();

	it('are found on the chapter pages', () => {
		expect(pagesWithTables.length).toBeGreaterThan(0);
	});

	for (const [width, height] of [
		[1200, 800],
		[1366, 768],
		[1600, 1000],
	] as const) {
		it(`at ${width} px, break out of the text column to the right, within the screen, meeting no margin note, right after the text before it`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height } });
			for (const path of pagesWithTables) {
				await page.goto(built.server.url(path));
				const { column, tables, notes, rail } = await tableLayout(page);
				expect(await sideways(page), path).toBe(0);
				for (const { caption, box, columns, textAbove } of tables) {
					const where = `${path} “${caption}…”`;
					// It follows the text before it: no stretch of empty text column while a margin note ends.
					if (textAbove !== undefined) expect(box.top - textAbove, `${where}: empty column above it`).toBeLessThanOrEqual(48);
					// Aligned with the text on the left, then out into the margin: at least half as wide again.
					expect(Math.abs(box.left - column.left), where).toBeLessThanOrEqual(1);
					expect(box.width, where).toBeGreaterThanOrEqual(column.width * 1.5);
					expect(box.right, where).toBeLessThanOrEqual(width);
					// Three columns of readable lines: none narrower than 25 characters or so.
					expect(columns, where).toHaveLength(3);
					for (const w of columns) expect(w, where).toBeGreaterThanOrEqual(180);
					for (const note of notes) expect(overlap(box, note), `${where} meets note “${note.text}”`).toBe(false);
					if (rail) expect(box.left, `${where} reaches the contents rail`).toBeGreaterThanOrEqual(rail.right);
				}
			}
			await context.close();
		});
	}

	for (const width of [700, 1000]) {
		it(`at ${width} px (a tablet), use the screen’s width, centred on the text, with nothing sideways`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 900 } });
			for (const path of pagesWithTables) {
				await page.goto(built.server.url(path));
				const { column, tables } = await tableLayout(page);
				expect(await sideways(page), path).toBe(0);
				for (const { caption, box } of tables) {
					const where = `${path} “${caption}…”`;
					expect(box.left, where).toBeGreaterThanOrEqual(0);
					expect(box.right, where).toBeLessThanOrEqual(width);
					expect(box.width, where).toBeGreaterThan(column.width);
					// Centred on the text column, within a pixel.
					expect(Math.abs(box.left + box.right - (column.left + column.right)), where).toBeLessThanOrEqual(2);
				}
			}
			await context.close();
		});
	}

	it('at 390 px, give the caption the full width and set no text under 16 px', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		for (const path of pagesWithTables) {
			await page.goto(built.server.url(path));
			expect(await sideways(page), path).toBe(0);
			const tables = await page.locator('.comparison').evaluateAll((all) =>
				all.map((c) => {
					const caption = c.querySelector('caption')!;
					// Every piece of visible text in the table and its list of sources, with its computed size.
					const sizes: { text: string; px: number }[] = [];
					const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
					for (let t = walker.nextNode(); t; t = walker.nextNode()) {
						const el = t.parentElement!;
						if (!t.textContent!.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
						const range = document.createRange();
						range.selectNodeContents(t);
						if (range.getClientRects().length === 0) continue;
						sizes.push({ text: t.textContent!.trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) });
					}
					return {
						caption: caption.textContent!.trim().slice(0, 40),
						captionWidth: caption.getBoundingClientRect().width,
						captionLines: Math.round(caption.getBoundingClientRect().height / parseFloat(getComputedStyle(caption).lineHeight)),
						width: c.getBoundingClientRect().width,
						small: sizes.filter((s) => s.px < 16),
						count: sizes.length,
					};
				}),
			);
			expect(tables.length, path).toBeGreaterThan(0);
			for (const t of tables) {
				const where = `${path} “${t.caption}…”`;
				expect(t.captionWidth, where).toBeGreaterThanOrEqual(t.width - 1);
				// A caption of 80 to 100 characters takes a few lines, not one word a line.
				expect(t.captionLines, where).toBeLessThanOrEqual(4);
				expect(t.count, where).toBeGreaterThan(10);
				expect(t.small, where).toEqual([]);
			}
		}
		await context.close();
	});

	it('number each row’s sources, each number a link named “Source n” to the nth work listed under the table', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		for (const path of pagesWithTables) {
			await page.goto(built.server.url(path));
			const tables = page.locator('.comparison');
			for (let t = 0; t < (await tables.count()); t++) {
				const table = tables.nth(t);
				const where = `${path} table ${t + 1}`;
				// No column of sources: the head row names what is compared and the two rules.
				expect(await table.locator('thead th').count(), where).toBe(3);
				const list = table.getByRole('list', { name: 'Sources:' });
				const works = await list.getByRole('listitem').evaluateAll((items) =>
					items.map((li) => ({
						id: li.id,
						href: li.querySelector('a')!.getAttribute('href')!,
						shown: (li as HTMLElement).innerText.trim(),
					})),
				);
				expect(works.length, where).toBeGreaterThan(0);
				works.forEach((w, i) => {
					expect(w.href, where).toMatch(/^\/sources\/#/);
					expect(w.shown, where).toMatch(new RegExp(`^${i + 1}\\. \\S`));
				});
				const rows = table.locator('tbody tr');
				const cited = new Set<string>();
				for (let r = 0; r < (await rows.count()); r++) {
					const marks = rows.nth(r).getByRole('link', { name: /^Source \d+$/ });
					expect(await marks.count(), `${where} row ${r + 1} cites nothing`).toBeGreaterThan(0);
					for (const mark of await marks.all()) {
						// Seen, the number alone; heard, "Source n" for the same n.
						const n = Number(await mark.innerText());
						expect(await mark.getAttribute('aria-label'), where).toBe(`Source ${n}`);
						expect(await mark.getAttribute('href'), where).toBe(`#${works[n - 1]!.id}`);
						cited.add(works[n - 1]!.href);
					}
				}
				// Every work listed is cited by some row.
				expect(cited.size, where).toBe(works.length);
			}
		}
		// Following a number lands on its work, in view, with the foot of the table above it.
		await page.goto(built.server.url(pagesWithTables[0]!));
		const mark = page.locator('.comparison tbody').first().getByRole('link', { name: 'Source 1', exact: true }).first();
		await mark.click();
		await expect.poll(() => page.evaluate(() => Boolean(document.querySelector(':target')?.closest('.cmp-sources'))), settle).toBe(true);
		await expect
			.poll(
				() =>
					page.locator(':target').evaluate((el) => {
						const { top, bottom } = el.getBoundingClientRect();
						const lastRow = el.closest('.comparison')!.querySelector('tbody tr:last-child')!.getBoundingClientRect();
						return top > 0 && bottom <= innerHeight && lastRow.bottom > 0;
					}),
				settle,
			)
			.toBe(true);
		await context.close();
	});

	it('on a phone, label every cell with its column, taken from the table’s own head row', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 800 } });
		for (const path of pagesWithTables) {
			await page.goto(built.server.url(path));
			const tables = await page.locator('.comparison table').evaluateAll((all) =>
				all.map((t) => ({
					heads: [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
					labels: [...t.querySelectorAll('tbody tr')].map((tr) =>
						// Drawn before each cell's text from its data-label (comparison.css): the computed
						// content is the quoted name.
						[...tr.querySelectorAll('td')].map((td) => JSON.parse(getComputedStyle(td, '::before').content) as string),
					),
				})),
			);
			for (const { heads, labels } of tables) for (const row of labels) expect(row, path).toEqual([heads[1], heads[2]]);
		}
		await context.close();
	});
});
