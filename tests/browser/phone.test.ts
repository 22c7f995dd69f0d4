import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { distDir, htmlPages, isSectionPath, readHtml } from '../support/dist';
import { openPage, skipBrowser, phone, phoneScreen } from '../support/browser';
import { useBuiltSite } from '../support/site';
import { scrollSettled } from '../support/scroll';

// The page holds together on a phone (issue 28 §5), measured on the real chapter pages as a reader
// meets them: a way back to the contents and the top that stays in reach without covering text or
// moving anything; closed notes that say what they hold; note numbers that are targets and never
// read as one number; updates shown whole; one numbering for the site's parts and the book's sections.

const sections = htmlPages(distDir)
	.map((p) => p.path)
	.filter(isSectionPath);
const SECTION = '/chapter-5/systems-and-capacity-building/';
const laptop: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };
/** Landing without smooth scrolling, so the page is measured where it comes to rest. */
const still = { reducedMotion: 'reduce' } as const;
const settle = { timeout: 15_000 };

/** Counts layout shifts a reader did not cause, from the first paint on (Chromium's CLS). */
const recordShifts = () => {
	(window as unknown as { shifts: number }).shifts = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
			if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
};

/** Waits for the section tools (loaded when the browser is idle) to have marked the page up. */
const toolsReady = (page: Page) => page.waitForSelector('[data-page-contents][data-enhanced]', { state: 'attached', ...settle });

/** The contents bar as a reader sees it: where it is, and whether its summary and Top link are the topmost thing at their place. */
function bar(page: Page) {
	return page.evaluate(() => {
		const nav = document.querySelector<HTMLElement>('[data-page-contents]')!;
		const seen = (el: Element) => {
			const b = el.getBoundingClientRect();
			const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
			return b.width > 0 && b.bottom > 0 && b.top < innerHeight && (el === hit || el.contains(hit));
		};
		const top = nav.querySelector('.page-contents-top')!;
		const summary = nav.querySelector('summary')!;
		const box = nav.getBoundingClientRect();
		const t = top.getBoundingClientRect();
		return {
			top: box.top,
			bottom: box.bottom,
			left: box.left,
			right: box.right,
			summarySeen: seen(summary),
			topSeen: seen(top) && getComputedStyle(top).visibility === 'visible',
			topSize: [t.width, t.height],
			current: nav.querySelector('[data-current-heading]')!.textContent,
			proseLeft: document.querySelector('.prose')!.getBoundingClientRect().left,
		};
	});
}

describe.skipIf(skipBrowser)('the page holds together on a phone', () => {
	const built = useBuiltSite();

	it('at 390×844 touch, the contents and the top are one tap away anywhere in the page, and the bar never moves the text', async () => {
		const { page, context } = await openPage(built.browser, { ...phone, ...still });
		await page.addInitScript(recordShifts);
		for (const path of sections) {
			await page.goto(built.server.url(path));
			await toolsReady(page);
			// At the top, the bar is in its place under the page's header, over no text, with no Top link (it is at the top).
			const rest = await bar(page);
			expect(rest.top, path).toBeGreaterThan(0);
			expect(rest.bottom, path).toBeLessThanOrEqual((await page.locator('.prose').boundingBox())!.y);
			expect(rest.topSeen, path).toBe(false);
			// Through the page, from the first screen to the last of the back matter: the bar stays at the top of the screen.
			const end = await page.evaluate(() => document.querySelector('.back-matter')!.getBoundingClientRect().bottom + scrollY - innerHeight);
			for (const share of [0.2, 0.5, 0.8, 1]) {
				await page.evaluate((y) => scrollTo(0, y), Math.round(end * share));
				await scrollSettled(page);
				const b = await bar(page);
				const where = `${path} at ${Math.round(share * 100)}%`;
				expect(b.top, where).toBe(0);
				expect(b.left, where).toBe(0);
				expect(b.right, where).toBe(390);
				expect(b.bottom, where).toBeLessThanOrEqual(48);
				expect(b.summarySeen, where).toBe(true);
				expect(b.topSeen, where).toBe(true);
				expect(b.topSize[0], where).toBeGreaterThanOrEqual(44);
				expect(b.topSize[1], where).toBeGreaterThanOrEqual(44);
				// It names the heading the reader is in: the last one above a quarter of the way down the screen.
				const reading = await page.evaluate(() =>
					[...document.querySelectorAll('.prose :is(h2, h3)[id]')]
						.filter((h) => !h.closest('.note') && h.getBoundingClientRect().top <= innerHeight / 4)
						.map((h) => h.textContent!.trim())
						.at(-1),
				);
				await expect.poll(async () => (await bar(page)).current, { message: where }).toBe(reading ?? '');
			}
			expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), `${path}: layout shift`).toBe(0);

			// Top takes the reader to the top of the page.
			await page.locator('.page-contents-top').tap();
			await scrollSettled(page);
			expect(await page.evaluate(() => scrollY), path).toBe(0);
		}
		await context.close();
	});

	it('at 390×844 touch, the list opens under the bar, and a heading chosen from it lands below the bar, the list folded away', async () => {
		const { page, context } = await openPage(built.browser, { ...phone, ...still });
		for (const path of sections) {
			await page.goto(built.server.url(path));
			await toolsReady(page);
			await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.6));
			await scrollSettled(page);
			const summary = page.locator('.page-contents summary');
			await summary.tap();
			const list = page.locator('.page-contents-list');
			await list.waitFor({ state: 'visible' });
			const b = await bar(page);
			const panel = (await page.locator('.page-contents-panel').boundingBox())!;
			expect(panel.y, path).toBeGreaterThanOrEqual(b.bottom - 1);
			expect(panel.y + panel.height, `${path}: the open list fits the screen`).toBeLessThanOrEqual(844);
			const link = list.locator('a').nth(1);
			const id = (await link.getAttribute('href'))!.slice(1);
			await link.tap();
			await list.waitFor({ state: 'hidden' });
			await scrollSettled(page);
			const heading = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
			const after = await bar(page);
			expect(heading, `${path}#${id} lands below the bar`).toBeGreaterThanOrEqual(after.bottom);
			expect(heading, path).toBeLessThan(844 / 3);
		}
		await context.close();
	});

	it('at 390×844 touch, what a link or the keyboard moves to is never hidden under the bar', async () => {
		const { page, context } = await openPage(built.browser, { ...phone, ...still });
		await page.goto(built.server.url(SECTION));
		await toolsReady(page);
		// Note numbers, and each note's way back to its number.
		for (const i of [0, 3]) {
			const number = page.locator('.prose .note-ref a').nth(i);
			await number.scrollIntoViewIfNeeded();
			await number.tap();
			await scrollSettled(page);
			const href = (await number.getAttribute('href'))!;
			const note = await page.evaluate((id) => document.getElementById(id)!.closest('.note')!.getBoundingClientRect().top, href.slice(1));
			expect(note, `${href} lands below the bar`).toBeGreaterThanOrEqual((await bar(page)).bottom);
			await page.locator(`${href} .note-back a`).tap();
			await scrollSettled(page);
			expect((await number.boundingBox())!.y, `back to note ${i + 1}`).toBeGreaterThanOrEqual((await bar(page)).bottom);
		}
		// Tabbing backwards up the page from its middle: each control the focus reaches shows below the bar.
		await page.evaluate(() => {
			const links = [...document.querySelectorAll<HTMLElement>('.prose a[href]')];
			links[Math.floor(links.length / 2)]!.focus();
		});
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Shift+Tab');
			const { top, bottom, inBar } = await page.evaluate(() => {
				const el = document.activeElement!;
				const b = el.getBoundingClientRect();
				return { top: b.top, bottom: b.bottom, inBar: el.closest('[data-page-contents]') !== null };
			});
			if (inBar) break;
			expect(bottom, `focus ${i}`).toBeGreaterThan((await bar(page)).bottom);
			expect(top, `focus ${i}`).toBeGreaterThanOrEqual((await bar(page)).bottom - 1);
		}
		await context.close();
	});

	it('without JavaScript on a phone, the bar still stays in reach and its list opens and closes', async () => {
		const { page, context } = await openPage(built.browser, { ...phone, ...still, javaScriptEnabled: false });
		await page.goto(built.server.url(SECTION));
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
		await scrollSettled(page);
		const b = await bar(page);
		expect(b.top).toBe(0);
		expect(b.summarySeen).toBe(true);
		const summary = page.locator('.page-contents summary');
		await summary.tap();
		await page.locator('.page-contents-list').waitFor({ state: 'visible' });
		await summary.tap();
		await page.locator('.page-contents-list').waitFor({ state: 'hidden' });
		await page.locator('.page-contents-top').tap();
		await scrollSettled(page);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		await context.close();
	});

	it('at 1366×768, the contents and Top stay in view beside the text, never over it, and nothing shifts', async () => {
		const { page, context } = await openPage(built.browser, { ...laptop, ...still });
		await page.addInitScript(recordShifts);
		for (const path of sections) {
			await page.goto(built.server.url(path));
			await toolsReady(page);
			const end = await page.evaluate(() => document.querySelector('.back-matter')!.getBoundingClientRect().bottom + scrollY - innerHeight);
			for (const share of [0.3, 0.7, 1]) {
				await page.evaluate((y) => scrollTo(0, y), Math.round(end * share));
				await scrollSettled(page);
				const where = `${path} at ${Math.round(share * 100)}%`;
				const rail = await page.evaluate(() => {
					const b = document.querySelector('.page-contents-bar')!.getBoundingClientRect();
					return { top: b.top, bottom: b.bottom, right: b.right };
				});
				const b = await bar(page);
				expect(rail.top, where).toBeGreaterThanOrEqual(0);
				expect(rail.bottom, where).toBeLessThanOrEqual(768);
				expect(rail.right, `${where}: beside the text`).toBeLessThanOrEqual(b.proseLeft);
				expect(b.topSeen, where).toBe(true);
				expect(b.topSize[1], where).toBeGreaterThanOrEqual(24);
				expect(await page.locator('.page-contents-list').isVisible(), where).toBe(true);
			}
			expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), `${path}: layout shift`).toBe(0);
			await page.locator('.page-contents-top').click();
			await scrollSettled(page);
			expect(await page.evaluate(() => scrollY), path).toBe(0);
		}
		await context.close();
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`at 390×844 touch, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, a closed note shows its opening, and no longer once open`, async () => {
			const { page, context } = await openPage(built.browser, { ...phone, javaScriptEnabled });
			let checked = 0;
			for (const path of sections) {
				await page.goto(built.server.url(path));
				// On the narrowest phone too, every preview is whole in its two lines (Chinese set full width).
				await page.setViewportSize({ width: 320, height: 640 });
				const clampedAt320 = await page
					.locator('.note-preview')
					.evaluateAll((ps) => ps.filter((p) => p.scrollHeight > p.clientHeight + 1).map((p) => p.textContent));
				expect(clampedAt320, `${path} at 320 px`).toEqual([]);
				await page.setViewportSize(phoneScreen);
				const notes = page.locator('.prose .note');
				for (let i = 0; i < (await notes.count()); i++) {
					const note = notes.nth(i);
					const where = `${path} note ${i + 1}`;
					const preview = await note.evaluate((n) => {
						const p = n.querySelector<HTMLElement>('.note-preview')!;
						const b = p.getBoundingClientRect();
						const body = n.querySelector('.note-body')!.textContent!.replace(/\s+/g, ' ').trim();
						return {
							// "…", or " …" (a no-break space) after a whole sentence.
							text: p.textContent!.replace(/\s?…$/, ''),
							body,
							lines: Math.round(b.height / parseFloat(getComputedStyle(p).lineHeight)),
							// Whole in its two lines: the browser's clamp cut it inside a word ("at t…").
							clamped: p.scrollHeight > p.clientHeight + 1,
						};
					});
					expect(await note.locator('.note-preview').isVisible(), where).toBe(true);
					// Its first words, on one or two lines: enough to know whether to open it.
					expect(preview.body.startsWith(preview.text), where).toBe(true);
					expect(preview.text.split(' ').length, where).toBeGreaterThanOrEqual(5);
					expect(preview.lines, where).toBeGreaterThanOrEqual(1);
					expect(preview.lines, where).toBeLessThanOrEqual(2);
					expect(preview.clamped, `${where}: the preview is cut by the browser`).toBe(false);
					// It ends on a whole word, not on "a" or a number parted from its month ("on 1…").
					expect(preview.text, where).not.toMatch(/\s(?:\d+|a|an|the|of|on|in|to)$/);
					await note.locator('summary').scrollIntoViewIfNeeded();
					await note.locator('summary').tap();
					await note.locator('.note-body').waitFor({ state: 'visible' });
					expect(await note.locator('.note-preview').isVisible(), `${where} open`).toBe(false);
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(10);
			await context.close();
		});
	}

	it('at 1366×768, notes stand open in the margin, without the opening repeated', async () => {
		const { page, context } = await openPage(built.browser, laptop);
		await page.goto(built.server.url(SECTION));
		expect(await page.locator('.note-preview:visible').count()).toBe(0);
		await context.close();
	});

	for (const options of [phone, laptop]) {
		it(`at ${options.viewport!.width} px, every note number is a target of 24 × 24 px or more, apart from the next, on a line no taller than the rest`, async () => {
			const { page, context } = await openPage(built.browser, options);
			let pairs = 0;
			for (const path of sections) {
				await page.goto(built.server.url(path));
				const refs = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('.prose .note-ref a')].map((a) => {
						const b = a.getBoundingClientRect();
						const style = getComputedStyle(a);
						const next = a.nextElementSibling ?? undefined;
						// A paragraph whose lines are all one line-height apart: no number stretches the line it sits on.
						const p = a.closest('p, li') as HTMLElement;
						const lines = p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight);
						return {
							text: a.textContent,
							width: b.width,
							height: b.height,
							// Each number is drawn in a box of its own: a visible border all round.
							boxed: ['Top', 'Right', 'Bottom', 'Left'].every(
								(side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
							),
							gap: next ? next.getBoundingClientRect().left - b.right : undefined,
							stretch: Math.abs(lines - Math.round(lines)) * parseFloat(getComputedStyle(p).lineHeight),
						};
					}),
				);
				for (const r of refs) {
					const where = `${path} note number ${r.text}`;
					expect(r.width, where).toBeGreaterThanOrEqual(24);
					expect(r.height, where).toBeGreaterThanOrEqual(24);
					expect(r.boxed, where).toBe(true);
					expect(r.stretch, where).toBeLessThan(1);
					if (r.gap !== undefined) {
						pairs++;
						expect(r.gap, `${where}: space before the next number`).toBeGreaterThanOrEqual(3);
					}
				}
			}
			expect(pairs, 'two numbers side by side somewhere').toBeGreaterThan(0);
			await context.close();
		});
	}

	it('at 390×844 touch, every update and correction is listed whole, with no "…"', async () => {
		const { page, context } = await openPage(built.browser, phone);
		let checked = 0;
		for (const path of sections) {
			await page.goto(built.server.url(path));
			const items = await page.locator('.updates-list li').evaluateAll((lis) =>
				lis.map((li) => ({
					text: (li as HTMLElement).innerText,
					cut: [li, ...li.querySelectorAll('*')].some(
						(el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible',
					),
					where: li.querySelector('.updates-where')?.textContent,
				})),
			);
			const headings = await page.locator('.prose :is(h2, h3)').allTextContents();
			for (const item of items) {
				expect(item.cut, `${path}: ${item.text}`).toBe(false);
				expect(item.text, path).not.toMatch(/…/);
				if (item.where)
					expect(
						headings.map((h) => `in “${h.trim()}”`),
						path,
					).toContain(item.where);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(3);
		await context.close();
	});
});

describe.skipIf(skipBrowser)('one numbering a teacher cannot misquote', () => {
	const built = useBuiltSite();

	it('calls the pages of the guide "Part n of N" and the book\'s sections "Book section n", on every page of the build', () => {
		for (const { path, file } of htmlPages(distDir)) {
			const text = readHtml(file)
				.replace(/<[^>]+>/g, ' ')
				.replace(/&nbsp;|\s+/g, ' ');
			expect(text, path).not.toMatch(/\bSections? \d+ of \d+/i);
			expect(text, path).not.toMatch(/\ball \d+ sections\b/i);
		}
	});

	it('shows a chapter page\'s place as "Part n of N" in its contents and at its foot, and its book section apart', async () => {
		const { page, context } = await openPage(built.browser, phone);
		const parts: number[] = [];
		for (const path of sections) {
			await page.goto(built.server.url(path));
			const part = (await page.locator('.pager-place').innerText()).trim();
			expect(part, path).toMatch(new RegExp(`^Part \\d of ${sections.length} in this guide$`));
			expect(await page.locator('.page-contents-place').textContent(), path).toBe(part);
			parts.push(Number(/\d/.exec(part)![0]));
			if (path.endsWith('/overview/')) expect(part, 'the Overview comes first').toMatch(/^Part 1 /);
			const eyebrow = await page.locator('.eyebrow').innerText();
			expect(eyebrow, path).not.toMatch(/\bpart\b/i);
			expect(eyebrow, path).toMatch(/^Chapter\s\d+\s·\s\S+(\s·\sBook\s+section\s+\d+)?$/);
		}
		expect(parts.sort()).toEqual(sections.map((_, i) => i + 1));
		await page.goto(built.server.url('/chapter-5/print/'));
		expect(await page.locator('.eyebrow').innerText()).toMatch(new RegExp(`all ${sections.length} parts of this guide`));
		await context.close();
	});

	it('names the guide\'s pages in search results and filters without the word "section"', async () => {
		const { page, context } = await openPage(built.browser, phone);
		await page.goto(built.server.url('/search/?q=incident&type=section'));
		await page.locator('.search-result-type').first().waitFor(settle);
		expect(new Set(await page.locator('.search-result-type').allInnerTexts())).toEqual(new Set(['Chapter guide']));
		const options = await page.getByLabel('Show').locator('option').allInnerTexts();
		expect(options).toContain('Parts of the chapter guide');
		for (const o of options) expect(o).not.toMatch(/section/i);
		await context.close();
	});
});
