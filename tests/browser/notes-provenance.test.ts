import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, htmlPages, isSectionPath } from '../support/dist';
import { axeViolations } from '../support/axe';
import { openPage, skipBrowser, phoneScreen } from '../support/browser';
import { useBuiltSite, useFixtureSite } from '../support/site';

/** How long to wait for what a reader would see (a scroll to settle, a script to load), on a busy machine too. */
const settle = { timeout: 15_000 };

// How notes and labels behave is tested on the fixture site (tests/fixtures/content), whose words
// are written for it; where every real note sits, and axe, on the real chapter pages.
const SECTION = '/chapter-1/first/';
const REAL_SECTION = '/chapter-5/systems-and-capacity-building/';
const sections = htmlPages(distDir)
	.map((p) => p.path)
	.filter(isSectionPath);
const noteBodyVisible = (page: Page, i: number) => page.locator('.note .note-body').nth(i).isVisible();

/** Where each note sits against the line of its number, in page coordinates, in reading order. */
function notePlaces(page: Page) {
	return page.evaluate(() => {
		// The line that carries a number: the last character of text before it (the <sup> itself is raised).
		const lineTop = (sup: Element) => {
			const walker = document.createTreeWalker(sup.parentElement!, NodeFilter.SHOW_TEXT);
			let last: Text | undefined;
			for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
				if (sup.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING && t.data.trim()) last = t;
			}
			const range = document.createRange();
			const end = last!.data.trimEnd().length;
			range.setStart(last!, end - 1);
			range.setEnd(last!, end);
			return range.getClientRects()[0]!.top + scrollY;
		};
		const prose = document.querySelector('.prose')!.getBoundingClientRect();
		/** The comparison table a note comes just before, with only notes and at most one passage between, if any. */
		const tableAfter = (note: Element) => {
			let next = note.nextElementSibling;
			while (next?.matches('.note')) next = next.nextElementSibling;
			if (next?.matches('.prov')) next = next.nextElementSibling;
			return next?.matches('.comparison') ? next : undefined;
		};
		return [...document.querySelectorAll<HTMLAnchorElement>('.prose sup.note-ref a')].map((a) => {
			const note = document.getElementById(a.hash.slice(1))!.closest('.note')!;
			const box = note.getBoundingClientRect();
			const table = tableAfter(note);
			return {
				tableTop: table && table.getBoundingClientRect().top + scrollY,
				number: a.textContent,
				line: lineTop(a.closest('sup')!),
				lineHeight: parseFloat(getComputedStyle(a.closest('p, li')!).lineHeight),
				top: box.top + scrollY,
				bottom: box.bottom + scrollY,
				left: box.left,
				right: box.right,
				proseLeft: prose.left,
				proseRight: prose.right,
			};
		});
	});
}

describe.skipIf(skipBrowser)('notes and provenance marks', () => {
	const built = useFixtureSite();

	it('numbers notes in order, and the passage each one follows links to it', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		// A note's number opens its label: "2. Context note".
		const numberOf = (label: string) => /^\s*(\d+\.)\s/.exec(label)?.[1];
		const labels = (await page.locator('.note .note-label').allInnerTexts()).map(numberOf);
		expect(labels.length).toBe(4);
		expect(labels).toEqual(labels.map((_, i) => `${i + 1}.`));
		const marks = page.locator('.prose sup.note-ref a');
		expect(await marks.count()).toBe(labels.length);
		const target = (await marks.nth(1).getAttribute('href'))!;
		await marks.nth(1).click();
		expect(new URL(page.url()).hash).toBe(target);
		expect(
			numberOf(
				await page
					.locator('.note', { has: page.locator(target) })
					.locator('.note-label')
					.innerText(),
			),
		).toBe('2.');
		await context.close();
	});

	it('writes an update’s kind and date with a space between them', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url(SECTION));
		// The label's own words, before the note's opening that a closed note shows under them.
		const label = await page
			.locator('.note-update .note-label')
			.first()
			.evaluate((summary) =>
				[...summary.childNodes]
					.filter((n) => !(n as Element).matches?.('.note-preview'))
					.map((n) => n.textContent)
					.join(''),
			);
		expect(label.replace(/\s+/g, ' ').trim()).toBe('3. Update, 1 November 2026');
		await context.close();
	});

	it('at 1366×768, keeps the second note on screen while its number is near the top', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
		await page.goto(built.server.url(SECTION));
		const [, second] = await notePlaces(page);
		await page.evaluate((y) => window.scrollTo(0, y), second!.line - 100);
		const top = await page
			.locator('.note')
			.nth(1)
			.evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(768 - 100);
		await context.close();
	});

	it('keeps notes inline and expandable by keyboard on a narrow screen', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
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

	/** The followed note is open, its label on screen, and the line with its number still in view above it. */
	async function expectShownWithItsPassage(page: Page, id: string) {
		const height = page.viewportSize()!.height;
		const place = () =>
			page.evaluate((id) => {
				const note = document.getElementById(id)!.closest('.note')!;
				return {
					open: note.querySelector('details')!.open,
					noteTop: note.getBoundingClientRect().top,
					refTop: document.getElementById(`ref-${id}`)!.getBoundingClientRect().top,
				};
			}, id);
		// Wait for the scroll to settle where a reader would see both (smooth scrolling may be on).
		await expect
			.poll(async () => {
				const p = await place();
				return p.open && p.noteTop > 0 && p.noteTop < height / 2 && p.refTop >= 0 && p.refTop < p.noteTop;
			}, settle)
			.toBe(true);
		expect(await page.locator(`#${id}`).isVisible()).toBe(true);
	}

	for (const javaScriptEnabled of [true, false]) {
		const js = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
		it(`on a phone, ${js}, a followed number, a link from another page and the updates list each open the note with its passage in view`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: phoneScreen, javaScriptEnabled });
			await page.goto(built.server.url(SECTION));
			const mark = page.locator('.prose sup.note-ref a').nth(1);
			const id = (await mark.getAttribute('href'))!.slice(1);
			await mark.click();
			await expectShownWithItsPassage(page, id);

			// Each note links back to its number.
			await page.locator(`#${id} .note-back a`).click();
			await expect.poll(() => new URL(page.url()).hash, settle).toBe(`#ref-${id}`);
			await expect.poll(() => page.locator(`#ref-${id}`).evaluate((el) => el.getBoundingClientRect().top), settle).toBeGreaterThan(0);

			// A link from another page.
			const other = page.locator('.prose sup.note-ref a').nth(3);
			const otherId = (await other.getAttribute('href'))!.slice(1);
			await page.goto(built.server.url('/chapter-1/second/'));
			await page.goto(built.server.url(`${SECTION}#${otherId}`));
			await expectShownWithItsPassage(page, otherId);

			// The updates list at the foot of the page.
			await page.goto(built.server.url(SECTION));
			const update = page.locator('.updates-list li a').last();
			const updateId = (await update.getAttribute('href'))!.slice(1);
			await update.click();
			await expectShownWithItsPassage(page, updateId);
			await context.close();
		});
	}

	it('prints every note in full', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		await page.goto(built.server.url(SECTION));
		await page.emulateMedia({ media: 'print' });
		const count = await page.locator('.note').count();
		for (let i = 0; i < count; i++) expect(await noteBodyVisible(page, i)).toBe(true);
		await context.close();
	});

	// The fixture's labels name its own book and analysis (tests/fixtures/content/book/book.yaml, sources.yaml).
	const labels = [
		['book', 'The book (A test office, 2023)'],
		['analysis', 'The analysis (Writer, Example Publisher)'],
		['context', 'Context from this site'],
	] as const;

	it('labels every marked passage with its source, in text, read once by screen readers', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url(SECTION));
		for (const [kind, label] of labels) {
			const passage = page.locator(`.prose .prov-${kind}`).first();
			expect(await passage.locator('.prov-label').innerText()).toBe(label.toUpperCase());
			expect(await passage.locator('.prov-label').evaluate((el) => el.textContent?.trim())).toBe(label);
			// The group is named once; the visible label is not read again before it.
			const tree = await passage.ariaSnapshot();
			expect(tree.split(label).length - 1, tree).toBe(1);
			expect(tree).toMatch(new RegExp(`^- group "${label.replace(/[()]/g, '\\$&')}"`));
		}
		await context.close();
	});

	it('links each label to the legend, which opens without JavaScript and explains whose words these are', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false, viewport: phoneScreen });
		await page.goto(built.server.url(SECTION));
		expect(await page.locator('.legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await page.locator('.prose .prov-analysis .prov-label').first().click();
		await expect.poll(() => page.locator('.legend').evaluate((d) => (d as HTMLDetailsElement).open), settle).toBe(true);
		await expect
			.poll(() => page.locator('.legend summary').evaluate((el) => el.getBoundingClientRect().top), settle)
			.toBeGreaterThanOrEqual(0);
		const legend = await page.locator('.legend dl').innerText();
		expect(legend).toContain('The analysis (Writer, Example Publisher)');
		expect(legend).toContain('What A. Writer argues in “A test analysis”');
		expect(legend).toContain('Background this site adds');
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

	it('at 1366×768, pushes a note down below a long one before it, only as far as it must go', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		await page.goto(built.server.url(SECTION));
		// The fixture's correction (note 2) is long and the update (note 3) is one line after it.
		const [, correction, update] = await notePlaces(page);
		expect(update!.top - update!.line, 'the update cannot be level with its line').toBeGreaterThan(update!.lineHeight);
		expect(update!.top).toBeGreaterThanOrEqual(correction!.bottom);
		expect(update!.top - correction!.bottom).toBeLessThanOrEqual(update!.lineHeight);
		await context.close();
	});
});

describe.skipIf(skipBrowser)('notes on the chapter pages', () => {
	const built = useBuiltSite();

	// In light only: the dark scheme changes colours and nothing else (tests/build/colour-schemes.test.ts),
	// so a dark pass would measure the same places again. Its colours are checked by axe below.
	for (const [width, height] of [
		[1200, 800],
		[1280, 800],
		[1366, 768],
		[1600, 1000],
	] as const) {
		it(`at ${width}×${height} sets every note in the margin (or, just before a table, in the text column), open, level with its number's line or just below the note before`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height } });
			for (const path of sections) {
				await page.goto(built.server.url(path));
				const places = await notePlaces(page);
				let previousBottom = -Infinity;
				for (const n of places) {
					const where = `${path} note ${n.number}`;
					// Issue 28 §1 changed the premise for one kind of note: a comparison table takes the
					// margin too, so a note just before one (or before the one passage before it) sits in
					// the text column, open, above the table, rather than push the whole table down below it.
					if (n.tableTop !== undefined) {
						expect(n.left, where).toBeGreaterThanOrEqual(n.proseLeft);
						expect(n.right, where).toBeLessThanOrEqual(n.proseRight);
						expect(n.top, where).toBeGreaterThan(n.line);
						expect(n.bottom, where).toBeLessThanOrEqual(n.tableTop);
						previousBottom = n.bottom;
						continue;
					}
					expect(n.left, where).toBeGreaterThanOrEqual(n.proseRight);
					expect(n.right, where).toBeLessThanOrEqual(width);
					// Never above its own line by more than a line, and never over the note before it.
					expect(n.top, where).toBeGreaterThanOrEqual(n.line - n.lineHeight);
					expect(n.top, where).toBeGreaterThanOrEqual(previousBottom);
					// Level with its line, within one line; or, pushed down, no further than it must be.
					const level = n.top - n.line <= n.lineHeight;
					const pushedJustEnough = n.top - previousBottom <= n.lineHeight;
					expect(level || pushedJustEnough, `${where}: ${n.top - n.line} px below its line`).toBe(true);
					previousBottom = n.bottom;
				}
				const count = await page.locator('.note').count();
				for (let i = 0; i < count; i++) expect(await noteBodyVisible(page, i), `${path} note ${i + 1}`).toBe(true);
			}
			await context.close();
		});
	}

	// On the real chapter's labels, which readers see: the fixture's analysis is credited at length
	// ("Writer, Example Publisher") and takes two lines there, as a long credit may.
	it('fits each label on one line of a 320 px phone', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 640 } });
		await page.goto(built.server.url(REAL_SECTION));
		for (const kind of ['book', 'analysis', 'context']) {
			const fit = await page
				.locator(`.prose .prov-${kind} .prov-label`)
				.first()
				.evaluate((a) => ({
					// One box per line of its words (the link's own box is one block however many lines).
					lines: (() => {
						const words = document.createRange();
						words.selectNodeContents(a);
						return new Set([...words.getClientRects()].map((r) => Math.round(r.top))).size;
					})(),
					right: a.getBoundingClientRect().right,
					height: a.getBoundingClientRect().height,
				}));
			expect(fit.lines, kind).toBe(1);
			expect(fit.right, kind).toBeLessThanOrEqual(320);
			expect(fit.height, kind).toBeGreaterThanOrEqual(24);
		}
		await context.close();
	});

	// One test per screen: axe over the longest page takes a minute on a busy machine. The page is
	// opened once and checked in light, then in dark (the colour rules), as a reader whose system
	// turns dark sees it: the same open legend, note and contents, in the other colours.
	for (const viewport of [phoneScreen, { width: 1366, height: 768 }])
		it(`passes axe with the legend, a note and the contents open at ${viewport.width} px, light and dark`, async () => {
			const { page, context } = await openPage(built.browser, { viewport, colorScheme: 'light' });
			await page.goto(built.server.url(REAL_SECTION));
			await page.locator('.legend summary').click();
			await page.locator('.note summary').first().click();
			await page.locator('.cite-this summary').click();
			// Last: on a phone the list opens over the text, as a menu does, and would lie over "Cite this page".
			const contents = page.locator('.page-contents details');
			if (!(await contents.evaluate((d) => (d as HTMLDetailsElement).open))) await contents.locator('summary').click();
			const light = await axeViolations(page, 'light');
			await page.emulateMedia({ colorScheme: 'dark' });
			const dark = await axeViolations(page, 'dark');
			expect({ light, dark }).toEqual({ light: [], dark: [] });
			await context.close();
		});
});
