import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, readingToolsReady, skipBrowser, phoneScreen } from '../support/browser';
import { chooseCitation } from '../support/cite';
import { useFixtureSite } from '../support/site';

// On the fixture site (tests/fixtures/content), whose words are written for these tests, so a
// rewrite of the real prose never breaks a test of how links behave.
const SECTION = '/chapter-1/first/';

describe.skipIf(skipBrowser)('deep links on chapter pages', () => {
	const built = useFixtureSite();

	it('shows a paragraph permalink on keyboard focus, and copying it is announced', async () => {
		const { page, context, errors } = await openPage(built.browser);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(built.server.url(SECTION));
		await readingToolsReady(page);
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

	it('on a touch screen, where nothing hovers, shows every ¶ at a contrast AA allows, in both colour schemes', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await openPage(built.browser, { viewport: phoneScreen, hasTouch: true, isMobile: true, colorScheme });
			await page.goto(built.server.url(SECTION));
			const link = page.locator('.prose p[id^="p-"] a.permalink').first();
			expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
			expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
			// At 0.6 opacity the link colour read 2.96:1 on the page.
			const { violations } = await new AxeBuilder({ page }).include('a.permalink').withRules(['color-contrast']).analyze();
			expect(violations.flatMap((v) => v.nodes.map((n) => `${colorScheme}: ${n.failureSummary}`))).toEqual([]);
			await context.close();
		}
	});

	it('on a touch screen leaves the ¶ out of a list of names, where one after every line was clutter, and keeps its ids', async () => {
		const PAGE = '/chapter-1/second/';
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen, hasTouch: true, isMobile: true });
		await page.goto(built.server.url(PAGE));
		const names = page.locator('.prose ul', { hasText: 'the Test Court' });
		const items = names.locator('li[id^="p-"]');
		expect(await items.count()).toBe(3);
		expect(await names.locator('a.permalink:visible').count()).toBe(0);
		// The paragraph that opens the list keeps its ¶, as every paragraph does, and so do the
		// questions for discussion on the first page, however short.
		expect(await page.locator('.prose p', { hasText: 'The analysis names the bodies' }).locator('a.permalink:visible').count()).toBe(1);
		const id = (await items.nth(2).getAttribute('id'))!;
		await page.goto(built.server.url(SECTION));
		const questions = page.locator('.prose ol', { hasText: 'Who would change the law?' }).locator('li');
		expect(await questions.locator('a.permalink:visible').count()).toBe(await questions.count());
		// A link to an item still lands on it.
		await page.goto(built.server.url(`${PAGE}#${id}`));
		await expect.poll(() => page.locator(`#${id}`).evaluate((li) => li.matches(':target'))).toBe(true);
		await context.close();
		// Where a pointer hovers, the item's ¶ shows on hover as a paragraph's does.
		const desktop = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		await desktop.page.goto(built.server.url(PAGE));
		const item = desktop.page.locator('.prose ul', { hasText: 'the Test Court' }).locator('li').first();
		await item.hover();
		await expect.poll(() => item.locator('a.permalink').evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		await desktop.context.close();
	});

	for (const viewport of [phoneScreen, { width: 1366, height: 768 }]) {
		it(`confirms a copied ¶ or # link beside it, announces it, and leaves the page where it was (${viewport.width} px)`, async () => {
			const { page, context, errors } = await openPage(built.browser, { viewport });
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(built.server.url(SECTION));
			await readingToolsReady(page);
			for (const control of [
				page.locator('.prose p[id^="p-"]:visible').nth(6).locator('a.permalink'),
				page.locator('.prose .heading-wrapper').nth(1).locator('a.permalink'),
			]) {
				await control.scrollIntoViewIfNeeded();
				const before = await page.evaluate(() => scrollY);
				const href = await control.getAttribute('href');
				await control.click();
				const bubble = page.locator('[data-confirmation]');
				await bubble.waitFor({ state: 'visible' });
				expect(await bubble.innerText()).toBe('Link copied');
				await page.waitForFunction(() => document.querySelector('[data-link-status]')?.textContent === 'Link copied');
				// Beside the control, on screen, and the page has not scrolled.
				const [c, b] = [(await control.boundingBox())!, (await bubble.boundingBox())!];
				const gap = Math.max(b.x - (c.x + c.width), c.x - (b.x + b.width), b.y - (c.y + c.height), c.y - (b.y + b.height), 0);
				expect(gap).toBeLessThan(16);
				expect(b.x).toBeGreaterThanOrEqual(0);
				expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
				expect(await page.evaluate(() => scrollY)).toBe(before);
				expect(new URL(page.url()).hash).toBe(href);
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(built.server.url(`${SECTION}${href}`));
			}
			// The confirmation goes after a few seconds.
			await page.locator('[data-confirmation]').waitFor({ state: 'hidden' });
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('confirms a copied citation beside its Copy button, as every Copy button does', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(built.server.url(SECTION));
		await chooseCitation(page, 'APA');
		const copy = page.getByRole('button', { name: 'Copy APA citation' });
		await copy.scrollIntoViewIfNeeded();
		await copy.click();
		const bubble = page.locator('[data-confirmation]');
		await bubble.waitFor({ state: 'visible' });
		expect(await bubble.innerText()).toBe('APA citation copied');
		const [c, b] = [(await copy.boundingBox())!, (await bubble.boundingBox())!];
		expect(Math.max(b.y - (c.y + c.height), c.y - (b.y + b.height), 0)).toBeLessThan(16);
		await context.close();
	});

	it('links every heading with a labelled permalink beside it', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		const headings = page.locator('.prose .heading-wrapper');
		expect(await headings.count()).toBeGreaterThanOrEqual(4);
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
			// Wait for the state a reader sees, the paragraph at the top, rather than a fixed time.
			await expect.poll(() => page.locator(`#${id}`).evaluate((el) => Math.abs(el.getBoundingClientRect().top))).toBeLessThan(100);
			await context.close();
		}
	});

	it('snaps a mid-word selection to whole words, and the copied link highlights exactly those words', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 800, height: 600 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(built.server.url(SECTION));
		// An English paragraph of plain text: how Chinese snaps to words is the browser's own
		// segmenter's business, and a term link's card is not what this test is about.
		const paragraph = page
			.locator('.prose p[id^="p-"]:visible')
			.filter({ hasNotText: /\p{Script=Han}/u })
			.filter({ hasNot: page.locator('a.term'), hasText: /.{160,}/ })
			.nth(1);
		const id = (await paragraph.getAttribute('id'))!;
		// Drag from inside the third word to inside a word some sixty characters on, as a finger would.
		const selected = await paragraph.evaluate(selectMidWord);
		const button = page.getByRole('button', { name: 'Copy link to selected text' });
		await button.click();
		await page.waitForFunction(() => document.querySelector('[data-link-status]')?.textContent === 'Link to the selected text copied');
		const snapped = await page.evaluate(() => document.getSelection()!.toString());
		// The selection now holds the whole first and last words it touched.
		expect(snapped.startsWith(selected.firstWord), snapped).toBe(true);
		expect(snapped.endsWith(selected.lastWord), snapped).toBe(true);
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link.startsWith(built.server.url(`${SECTION}#${id}:~:text=`))).toBe(true);

		// Open it as a reader would, in a new tab: the browser highlights the words and scrolls to them.
		// Without smooth scrolling, so the words are measured where they come to rest.
		const fresh = await openPage(built.browser, { viewport: { width: 800, height: 600 }, reducedMotion: 'reduce' });
		await fresh.page.goto(link);
		const words = fresh.page.locator(`#${id}`);
		await fresh.page.waitForFunction((id) => Math.abs(document.getElementById(id)!.getBoundingClientRect().top) < 600, id);
		const highlight = await highlightCoverage(fresh.page, `#${id}`, snapped);
		expect(highlight.selected, `share of each selected line's box in the highlight colour: ${highlight.selected}`).toSatisfy(
			(shares: number[]) => shares.length > 0 && shares.every((s) => s > 0.3),
		);
		expect(highlight.before).toBeLessThan(0.02);
		expect(await words.count()).toBe(1);
		await fresh.context.close();
		await context.close();
	});

	it('says so beside the passage when an old link lands on a passage that moved, from this page or another', async () => {
		const notice = (page: Page, id: string) =>
			page.evaluate((id) => getComputedStyle(document.getElementById(id)!, '::before').content, id);
		for (const javaScriptEnabled of [true, false]) {
			const { page, context } = await openPage(built.browser, { javaScriptEnabled });
			await page.goto(built.server.url(SECTION));
			expect(await notice(page, 'p-an-old-opening')).toBe('none');
			// tests/fixtures/content/redirects.yaml sends p-an-old-opening to this paragraph, which carries the old id.
			await page.goto(built.server.url(`${SECTION}#p-an-old-opening`));
			expect(await notice(page, 'p-an-old-opening')).toMatch(/passage that has since moved/);
			expect(await page.locator('#p-readers-who-follow-a-link-to #p-an-old-opening').count()).toBe(1);
			// Marked as the passage the link led to, as a link to its own id would mark it.
			expect(await page.locator('#p-readers-who-follow-a-link-to').evaluate((p) => getComputedStyle(p).backgroundColor)).not.toBe(
				'rgba(0, 0, 0, 0)',
			);
			await context.close();
		}
		// A passage that moved here from the second page: that page's script sends an old link on, under its old id.
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/chapter-1/second/#p-a-passage-that-once-lived-on'));
		await page.waitForURL(built.server.url(`${SECTION}#p-a-passage-that-once-lived-on`));
		expect(await page.locator('#p-a-third-paragraph-of-plain-prose #p-a-passage-that-once-lived-on').count()).toBe(1);
		expect(await notice(page, 'p-a-passage-that-once-lived-on')).toMatch(/passage that has since moved/);
		await context.close();
	});

	it("lists the page's updates and corrections, each linking to its note", async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		const items = page.locator('.updates-list li a');
		// The fixture's section has one correction and one update; its context notes are not changes.
		expect(await items.allInnerTexts()).toEqual(['Note 2: Correction', 'Note 3: Update, 1\u00a0November\u00a02026']);
		for (const href of await items.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			expect(await page.locator(`.note ${href}`).count(), href).toBe(1);
		}
		expect(await page.locator('.updates-list').innerText()).toMatch(/last updated on \d+\u00a0\w+\u00a0\d{4}/);
		await context.close();
	});
});

/** In the paragraph, selects from inside its third word to inside a word about sixty characters on. */
function selectMidWord(p: HTMLElement) {
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
		acceptNode: (n) => (n.parentElement?.closest('.permalink') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
	const text = nodes.map((n) => n.data).join('');
	const wordAt = (i: number) => /[\p{L}\p{N}’]+$/u.exec(text.slice(0, i))![0] + /^[\p{L}\p{N}’]+/u.exec(text.slice(i))![0];
	// Two letters into the third word, and two letters into the word at about sixty characters.
	const start = [...text.matchAll(/[\p{L}]{4,}/gu)][2]!.index + 2;
	const endWord = [...text.matchAll(/[\p{L}]{5,}/gu)].find((m) => m.index > start + 50)!;
	const end = endWord.index + 2;
	const point = (offset: number): [Text, number] => {
		let at = 0;
		for (const n of nodes) {
			if (offset <= at + n.data.length) return [n, offset - at];
			at += n.data.length;
		}
		throw new Error('offset past the paragraph');
	};
	const range = document.createRange();
	range.setStart(...point(start));
	range.setEnd(...point(end));
	document.getSelection()!.removeAllRanges();
	document.getSelection()!.addRange(range);
	return { firstWord: wordAt(start), lastWord: wordAt(end) };
}

/**
 * How much of the text's boxes shows the ::target-text highlight, read from a screenshot: for each
 * line box of `text` inside `selector`, the share of pixels in the highlight colour, and the same
 * share for the words just before it (which must stay unmarked).
 */
async function highlightCoverage(page: Page, selector: string, text: string) {
	const boxes = await page.locator(selector).evaluate((block, text) => {
		const nodes: Text[] = [];
		const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
		const flat = nodes.map((n) => n.data).join('');
		const start = flat.replace(/\s+/g, ' ').indexOf(text.replace(/\s+/g, ' '));
		if (start < 0) throw new Error(`"${text}" is not in the passage`);
		const point = (offset: number): [Text, number] => {
			let at = 0;
			for (const n of nodes) {
				if (offset <= at + n.data.length) return [n, offset - at];
				at += n.data.length;
			}
			throw new Error('offset past the passage');
		};
		const rects = (from: number, to: number) => {
			const range = document.createRange();
			range.setStart(...point(from));
			range.setEnd(...point(to));
			return [...range.getClientRects()].filter((r) => r.width > 4).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
		};
		const probe = document.createElement('span');
		probe.style.backgroundColor = 'var(--target-text)';
		block.append(probe);
		const colour = getComputedStyle(probe).backgroundColor;
		probe.remove();
		return { selected: rects(start, start + text.length), before: rects(Math.max(0, start - 12), Math.max(0, start - 2)), colour };
	}, text);
	const [r, g, b] = boxes.colour.match(/\d+/g)!.map(Number);
	const share = async (rect: { x: number; y: number; width: number; height: number }) => {
		const png = (await page.screenshot({ clip: rect })).toString('base64');
		// Decode on a blank page of its own (the site's policy rightly refuses data: images).
		const decoder = await page.context().newPage();
		const value = await decoder.evaluate(
			async ({ png, r, g, b }) => {
				const img = new Image();
				img.src = `data:image/png;base64,${png}`;
				await img.decode();
				const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				const data = ctx.getImageData(0, 0, img.width, img.height).data;
				let hits = 0;
				for (let i = 0; i < data.length; i += 4)
					if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 30) hits++;
				return hits / (data.length / 4);
			},
			{ png, r: r!, g: g!, b: b! },
		);
		await decoder.close();
		return value;
	};
	const selected = [];
	for (const rect of boxes.selected) selected.push(await share(rect));
	let before = 0;
	for (const rect of boxes.before) before = Math.max(before, await share(rect));
	return { selected, before };
}
