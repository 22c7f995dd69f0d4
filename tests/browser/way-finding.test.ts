import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, isSectionPath } from '../support/dist';
import { everyPageScriptReady, openPage, skipBrowser, phoneScreen } from '../support/browser';
import { useBuiltSite, useFixtureSite } from '../support/site';

/** How long to wait for what a reader would see (a scroll to settle, a script to load), on a busy machine too. */
const settle = { timeout: 15_000 };

// Finding your way on a section page: "On this page", the reader's place in the chapter with
// Previous/Next, and back matter short enough that Previous/Next stay within reach on a phone.

const SECTION = '/chapter-5/systems-and-capacity-building/';
/** The fixture site's first section (tests/fixtures/content), for how the tools behave: its words are written for the tests. */
const FIXTURE_SECTION = '/chapter-1/first/';
const sections = htmlPages(distDir)
	.map((p) => p.path)
	.filter(isSectionPath);

describe.skipIf(skipBrowser)('finding your way on a section page', () => {
	const built = useBuiltSite();

	// Layout in one scheme here and below: the dark one changes colours only (tests/build/colour-schemes.test.ts),
	// so a dark pass measured the same places again; its colours are axe's (tests/browser/a11y.test.ts).
	it(`on a phone, "On this page" is a collapsed list at the top, before the text, of every h2 and h3`, async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		for (const path of sections) {
			await page.goto(built.server.url(path));
			const contents = page.getByRole('navigation', { name: 'On this page' });
			const details = contents.locator('details');
			expect(await details.evaluate((d) => (d as HTMLDetailsElement).open), path).toBe(false);
			const navTop = (await contents.boundingBox())!.y;
			expect(navTop, path).toBeLessThan((await page.locator('.prose').boundingBox())!.y);
			expect(navTop, `${path}: within the first screen`).toBeLessThan(phoneScreen.height);
			await contents.getByText('On this page').click();
			const links = await contents
				.locator('.page-contents-list a')
				.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
			const headings = await page
				.locator('.prose :is(h2, h3)[id]')
				.evaluateAll((hs) => hs.filter((h) => !h.closest('.note')).map((h) => [`#${h.id}`, h.textContent?.trim()]));
			expect(links, path).toEqual(headings);
			expect(links.length, path).toBeGreaterThan(2);
		}
		await context.close();
	});

	it('says where the page is in the chapter beside Previous/Next at the foot', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		for (const path of sections) {
			await page.goto(built.server.url(path));
			const pager = page.getByRole('navigation', { name: 'Chapter pages' });
			const place = await pager.locator('.pager-place').innerText();
			expect(place, path).toMatch(/^Part \d of \d in this guide$/);
			const [n, total] = place.match(/\d+/g)!.map(Number);
			expect(total, path).toBe(sections.length);
			expect(await pager.locator('a[rel="prev"]').count(), path).toBe(n === 1 ? 0 : 1);
			expect(await pager.locator('a[rel="next"]').count(), path).toBe(n === total ? 0 : 1);
			// Heard, the direction ends before the title starts: "Previous: Systems…", never "Previous Systems…".
			expect(await pager.getByRole('link', { name: /^(Previous|Next) ?: [A-Z]/ }).count(), path).toBe(
				await pager.locator('a[rel]').count(),
			);
		}
		await context.close();
	});

	it(`on a 390×844 phone, Previous/Next come at most 1.5 screens after the last of the text`, async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		for (const path of sections) {
			await page.goto(built.server.url(path));
			const gap = await page.evaluate(() => {
				const blocks = [...document.querySelector('.prose')!.children].filter((el) => el.getBoundingClientRect().height > 0);
				const end = Math.max(...blocks.map((el) => el.getBoundingClientRect().bottom));
				return document.querySelector('.pager a')!.getBoundingClientRect().top - end;
			});
			expect(gap, path).toBeLessThanOrEqual(1.5 * phoneScreen.height);
		}
		await context.close();
	});

	it('lists each source on one line linking to its entry on /sources/ (updates and corrections are listed whole: phone.test.ts)', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		await page.goto(built.server.url(SECTION));
		// The sources are one control, shut at first, like "Cite this page".
		const sources = page.locator('.source-list-compact details');
		expect(await sources.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await sources.locator('summary').click();
		for (const selector of ['.source-list-compact li']) {
			const items = page.locator(selector);
			expect(await items.count(), selector).toBeGreaterThan(2);
			const lines = await items.evaluateAll((lis) =>
				lis.map((li) => Math.round(li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight))),
			);
			expect(lines, selector).toEqual(lines.map(() => 1));
		}
		// The links a reader sees (each entry in full is there too, for print only).
		const hrefs = await page.locator('.source-list-compact .source-line a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		for (const href of hrefs) expect(href).toMatch(/^\/sources\/#[a-z0-9-]+$/);
		// The whole title is still there for screen readers and copying, only cut short on screen.
		const first = page.locator('.source-list-compact .source-line a').nth(1);
		expect(await first.evaluate((a) => a.scrollWidth > a.clientWidth)).toBe(true);
		expect((await first.textContent())!.length).toBeGreaterThan(40);
		await context.close();
	});

	it('keeps the eyebrow\'s parts whole on a phone: "Book section 4" and the Chinese title on one line each, and no line starting with a dot', async () => {
		const { page, context } = await openPage(built.browser);
		let checked = 0;
		// Phone widths from the smallest to the largest common ones, where the eyebrow wraps somewhere different each time.
		// Each page is loaded once and set at each width in turn: the eyebrow's wrapping is layout only.
		for (const path of sections) {
			await page.goto(built.server.url(path));
			for (const width of [320, 360, 375, 390, 414]) {
				await page.setViewportSize({ width, height: 800 });
				// Each visible character of the eyebrow, with the line it is set on and whether it is Chinese.
				const chars = await page.locator('.eyebrow').evaluate((el) => {
					const out: { char: string; top: number; zh: boolean }[] = [];
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
						for (let i = 0; i < t.data.length; i++) {
							const r = document.createRange();
							r.setStart(t, i);
							r.setEnd(t, i + 1);
							const box = r.getClientRects()[0];
							if (box && box.width > 0)
								out.push({ char: t.data[i]!, top: Math.round(box.top), zh: !!t.parentElement?.closest('[lang="zh-Hans"]') });
						}
					}
					return out;
				});
				const where = `${path} at ${width} px`;
				const text = chars.map((c) => c.char).join('');
				const book = /Book\s+section\s+\d+/.exec(text);
				if (book) expect(new Set(chars.slice(book.index, book.index + book[0].length).map((c) => c.top)).size, where).toBe(1);
				expect(new Set(chars.filter((c) => c.zh).map((c) => c.top)).size, `${where}: the Chinese title`).toBe(1);
				// The first character drawn on each line after the first.
				const starts = chars.filter((c, i) => i > 0 && c.top > chars[i - 1]!.top && c.char.trim() !== '').map((c) => c.char);
				expect(starts, where).not.toContain('·');
				checked++;
			}
		}
		expect(checked).toBe(sections.length * 5);
		await context.close();
	});

	it('loads the section tools only on pages that have notes or a contents list', async () => {
		const { page, context } = await openPage(built.browser);
		for (const [path, expected] of [
			[SECTION, true],
			['/', false],
			['/about/', false],
			['/glossary/cac/', false],
			['/timeline/', false],
		] as const) {
			const requested: string[] = [];
			page.on('request', (r) => requested.push(r.url()));
			await page.goto(built.server.url(path), { waitUntil: 'load' });
			// The site script starts after the first paint (so a negative below would prove nothing
			// before it has run), and its tools when the browser is next idle; wait until it has been.
			await everyPageScriptReady(page);
			await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done), { timeout: 2000 })));
			await page.waitForLoadState('networkidle');
			expect(
				requested.some((u) => /\/section-tools\.[\w-]+\.js$/.test(u)),
				path,
			).toBe(expected);
			page.removeAllListeners('request');
		}
		await context.close();
	});

	it('lists where an entry is mentioned under page names no smaller than the excerpts, which are links without a wall of underlines', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		await page.goto(built.server.url('/glossary/cac/'));
		const look = await page.locator('.used-in').evaluateAll((groups) =>
			groups.map((g) => ({
				headingAtLeastItems:
					parseFloat(getComputedStyle(g.querySelector('h3')!).fontSize) >= parseFloat(getComputedStyle(g.querySelector('li a')!).fontSize),
				underlined: [...g.querySelectorAll('li a')].filter((a) => getComputedStyle(a).textDecorationLine.includes('underline')).length,
			})),
		);
		expect(look.length).toBeGreaterThan(2);
		expect(look.every((g) => g.headingAtLeastItems && g.underlined === 0)).toBe(true);
		// The pointer brings an excerpt's underline back.
		const first = page.locator('.used-in li a').first();
		await first.hover();
		expect(await first.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
		await context.close();
	});
});

describe.skipIf(skipBrowser)('the section tools, on the fixture site', () => {
	const built = useFixtureSite();

	for (const [width, height] of [
		[1366, 768],
		[1600, 1000],
	] as const) {
		// In one scheme: the mark on the current heading is its weight, not a colour.
		it(`at ${width}×${height}, the list sits in the left margin, stays in view, and marks the current heading`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height }, reducedMotion: 'reduce' });
			await page.goto(built.server.url(FIXTURE_SECTION));
			const list = page.locator('.page-contents-list');
			await expect.poll(() => list.isVisible(), settle).toBe(true);
			const prose = (await page.locator('.prose').boundingBox())!;
			const box = (await list.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(prose.x);

			// Scroll to the third heading, as a reader would by following its link in the list.
			const link = list.locator('a').nth(2);
			await link.click();
			await expect.poll(() => list.locator('a[aria-current="location"]').count(), settle).toBe(1);
			expect(await list.locator('a[aria-current="location"]').getAttribute('href')).toBe(await link.getAttribute('href'));
			const stuck = (await list.boundingBox())!;
			expect(stuck.y).toBeGreaterThanOrEqual(0);
			expect(stuck.y + stuck.height).toBeLessThanOrEqual(height);
			// The marked entry looks different, not only to assistive technology.
			const weights = await list.locator('a').evaluateAll((as) => as.map((a) => getComputedStyle(a).fontWeight));
			expect(weights[2]).not.toBe(weights[0]);

			// Further down, the mark moves on.
			const last = list.locator('a').last();
			await last.click();
			await expect.poll(() => last.getAttribute('aria-current'), settle).toBe('location');
			expect(await list.locator('a[aria-current]').count()).toBe(1);
			// The place in the chapter and Previous/Next are in the list, always in reach.
			const nav = page.getByRole('navigation', { name: 'On this page' });
			expect(await nav.locator('.page-contents-place').innerText()).toBe('Part 1 of 2 in this guide');
			expect(await nav.locator('a[rel="prev"]').count()).toBe(0);
			expect(await nav.locator('a[rel="next"]').isVisible()).toBe(true);
			await context.close();
		});
	}

	it('without JavaScript, the list is shown in full on a wide screen and opens on a phone', async () => {
		for (const viewport of [{ width: 1366, height: 768 }, phoneScreen]) {
			const { page, context } = await openPage(built.browser, { viewport, javaScriptEnabled: false });
			await page.goto(built.server.url(FIXTURE_SECTION));
			const list = page.locator('.page-contents-list');
			if (viewport.width < 1200) {
				expect(await list.isVisible()).toBe(false);
				await page.locator('.page-contents summary').click();
			}
			expect(await list.isVisible()).toBe(true);
			await list.locator('a').first().click();
			expect(new URL(page.url()).hash).toBe(await list.locator('a').first().getAttribute('href'));
			await context.close();
		}
	});

	it('offers the citations as one "Cite this page" control whose format choice works without JavaScript', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen, javaScriptEnabled: false });
		await page.goto(built.server.url(FIXTURE_SECTION));
		const cite = page.locator('.cite-this');
		expect(await cite.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await cite.locator('.citation').first().isVisible()).toBe(false);
		await cite.getByText('Cite this page').click();
		const shown = () =>
			cite.locator('.citation').evaluateAll((cs) => cs.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => c.id));
		expect(await shown()).toEqual(['cite-page-apa']);
		for (const [name, id] of [
			['MLA', 'cite-page-mla'],
			['Chicago', 'cite-page-chicago'],
			['BibTeX', 'cite-page-bibtex'],
			['APA', 'cite-page-apa'],
		]) {
			await cite.getByRole('radio', { name }).check();
			expect(await shown(), name).toEqual([id]);
		}
		await context.close();
	});
});
