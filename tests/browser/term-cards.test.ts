import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { openPage, readingToolsReady, readingToolsResponse, skipBrowser, everyPageScriptReady, phone } from '../support/browser';
import { useBuiltSite, useFixtureSite } from '../support/site';

// Behaviour, not prose: these run on the small fixture site (tests/fixtures/content), whose
// section names its three terms in every subsection and whose Test Board has a long definition.
const SECTION = '/chapter-1/first/';
const ENTRY = '/glossary/test-law/';
/** The open card: a popover the page renders at build time, shown by the card script. */
const card = (page: Page) => page.locator('.term-card:popover-open');
/** Waits until the reading tools listen (they unhide the term-card switch). */
const ready = (page: Page) => page.waitForSelector('[data-term-cards-toggle]:not([hidden])', { state: 'attached' });

/**
 * Opens `path` with the page's clock in the test's hands: once the reading tools listen (the card
 * script itself loads on the first hover, focus or tap on a term), time stands still until the
 * test moves it on, so hover delays are checked exactly and take no real time, however busy the machine.
 */
async function openWithClock(built: ReturnType<typeof useFixtureSite>, path: string, options: BrowserContextOptions = {}) {
	const opened = await openPage(built.browser, options);
	const { page } = opened;
	await page.clock.install();
	const loader = readingToolsResponse(page);
	await page.goto(built.server.url(path));
	await page.locator('[data-term-cards]').waitFor({ state: 'attached' });
	await readingToolsReady(page, loader);
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	return opened;
}

/**
 * Rests the pointer on a term and waits for the card script, which that first hover loads, to
 * have started (it marks each term link with aria-expanded): it then counts the intent delay from
 * the moment the pointer arrived, on the page's paused clock.
 */
async function hoverFirst(page: Page, term: Locator) {
	await term.hover();
	await page.locator('a.term[aria-expanded]').first().waitFor({ state: 'attached' });
}

/** What Chromium's accessibility tree says about an element: role, name, description, states and relations. */
async function axNode(page: Page, element: Locator) {
	const cdp = await page.context().newCDPSession(page);
	const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
	await element.evaluate((el) => el.setAttribute('data-ax-probe', ''));
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-ax-probe]' });
	await element.evaluate((el) => el.removeAttribute('data-ax-probe'));
	const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
	await cdp.detach();
	const node = nodes[0]!;
	const property = (name: string) => node.properties?.find((p) => p.name === name)?.value;
	return {
		role: node.role?.value as string | undefined,
		name: node.name?.value as string | undefined,
		description: node.description?.value as string | undefined,
		expanded: property('expanded')?.value as boolean | undefined,
		controls: (property('controls')?.relatedNodes ?? []).map((n) => n.idref),
	};
}

/** The definition a term link is described by, as its card shows it. */
const definitionOf = (term: Locator) =>
	term.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent?.trim());

/** As in a browser without CSS anchor positioning: the card script asks CSS.supports. */
const withoutAnchorPositioning = (page: Page) =>
	page.addInitScript(() => {
		const supports = CSS.supports.bind(CSS) as (a: string, b?: string) => boolean;
		CSS.supports = ((a: string, b?: string) => (/anchor|position-try/.test(a) ? false : supports(a, b))) as typeof CSS.supports;
	});

/** The box of an element never overlaps the term's: the card sits beside it, above or below. */
function besideTerm(cardBox: { y: number; height: number }, termBox: { y: number; height: number }) {
	return cardBox.y >= termBox.y + termBox.height || cardBox.y + cardBox.height <= termBox.y;
}

describe.skipIf(skipBrowser)('term cards', () => {
	const built = useFixtureSite();

	it('opens on hover after the intent delay, stays while the pointer crosses onto it, and closes when it leaves', async () => {
		const { page, context, errors } = await openWithClock(built, SECTION, { viewport: { width: 1280, height: 900 } });
		const term = page.locator('main a.term').first();
		const href = await term.getAttribute('href');
		await hoverFirst(page, term);
		await page.clock.runFor(100);
		expect(await card(page).count()).toBe(0);
		await page.clock.runFor(400);
		expect(await card(page).count()).toBe(1);
		expect(await term.getAttribute('aria-expanded')).toBe('true');
		const box = (await card(page).boundingBox())!;
		expect(besideTerm(box, (await term.boundingBox())!)).toBe(true);
		await page.mouse.move(box.x + box.width / 2, box.y + 4, { steps: 5 });
		await page.clock.runFor(600);
		expect(await card(page).count()).toBe(1);
		expect(await card(page).getByRole('link', { name: 'Open entry' }).getAttribute('href')).toBe(href);
		await page.mouse.move(5, 5, { steps: 5 });
		await page.clock.runFor(600);
		expect(await card(page).count()).toBe(0);
		expect(await term.getAttribute('aria-expanded')).toBe('false');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('Escape dismisses a hovered card without moving the pointer, and it stays closed until the pointer leaves the term', async () => {
		const { page, context } = await openWithClock(built, SECTION, { viewport: { width: 1280, height: 900 } });
		const term = page.locator('main a.term').first();
		await hoverFirst(page, term);
		await page.clock.runFor(500);
		expect(await card(page).count()).toBe(1);
		await page.keyboard.press('Escape');
		expect(await card(page).count()).toBe(0);
		await page.clock.runFor(1000);
		expect(await card(page).count()).toBe(0);
		// Off the term and back: hover opens it again.
		await page.mouse.move(5, 5);
		await term.hover();
		await page.clock.runFor(500);
		expect(await card(page).count()).toBe(1);
		await context.close();
	});

	it('opens at once when a term is reached with Tab, and Escape closes it with focus kept on the term', async () => {
		const { page, context } = await openWithClock(built, SECTION);
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.matches('a.term'))) break;
		}
		const focused = page.locator('a.term:focus');
		const href = await focused.getAttribute('href');
		expect(href).toBeTruthy();
		// No delay on focus: the card opens (once the first focus on a term has loaded its script)
		// though the page's clock has not moved.
		await card(page).waitFor();
		// Screen readers hear the definition as the link's description, and that the link's card is open.
		const cardId = await card(page).getAttribute('id');
		const link = await axNode(page, focused);
		expect(link.description).toBe(await card(page).locator('.term-card-def').innerText());
		expect(link.expanded).toBe(true);
		expect(link.controls).toEqual([cardId]);
		// The card is not a dialog (it never takes focus): a group named by its term.
		const group = await axNode(page, card(page));
		expect(group.role).toBe('group');
		expect(group.name).toBe(await card(page).locator('.term-card-title').innerText());
		await page.keyboard.press('Escape');
		expect(await card(page).count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
		expect((await axNode(page, focused)).expanded).toBe(false);
		// Tab away and back: it opens again.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await card(page).count()).toBe(1);
		// With focus inside the card (a screen reader's cursor may put it there), Escape closes the card,
		// returns focus to the term, and the card stays closed though its term has focus again.
		await card(page).getByRole('link', { name: 'Open entry' }).focus();
		expect(await card(page).count()).toBe(1);
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
		expect(await card(page).count()).toBe(0);
		await context.close();
	});

	it('on a touch screen, the first tap opens the card, "Open entry" navigates, and a second tap on the term follows its link', async () => {
		const { page, context } = await openPage(built.browser, phone);
		await page.goto(built.server.url(SECTION));
		await ready(page);
		const term = page.locator('main a.term').nth(1);
		const href = (await term.getAttribute('href'))!;
		await term.scrollIntoViewIfNeeded();
		await term.tap();
		await card(page).waitFor();
		expect(new URL(page.url()).pathname).toBe(SECTION);
		expect(await card(page).getByRole('button', { name: 'Close' }).isVisible()).toBe(true);
		await card(page).getByRole('link', { name: 'Open entry' }).tap();
		await page.waitForURL((url) => url.pathname === href);
		await page.goto(built.server.url(SECTION));
		await ready(page);
		const again = page.locator('main a.term').nth(1);
		await again.scrollIntoViewIfNeeded();
		await again.tap();
		await card(page).waitFor();
		await again.tap();
		await page.waitForURL((url) => url.pathname === href);
		await context.close();
	});

	// A phone upright, and one on its side, where a long card fits neither above nor below a term
	// in the middle of the screen: it then stays below and scrolls.
	const screens = [
		{ width: 320, height: 640 },
		{ width: 390, height: 844 },
		{ width: 640, height: 360 },
	];
	for (const positioning of ['CSS anchor positioning', 'Floating UI, where anchor positioning is missing'] as const) {
		for (const viewport of screens) {
			it(`stays fully inside a ${viewport.width}×${viewport.height} viewport, beside its term (${positioning})`, async () => {
				const { page, context } = await openPage(built.browser, { viewport, hasTouch: true, isMobile: true });
				const fallback = positioning !== 'CSS anchor positioning';
				if (fallback) await withoutAnchorPositioning(page);
				const scripts: string[] = [];
				page.on('request', (r) => {
					if (r.resourceType() === 'script') scripts.push(r.url());
				});
				await page.goto(built.server.url(SECTION));
				await ready(page);
				const terms = page.locator('main a.term:visible');
				let hardCase = false;
				let wide = false;
				for (const i of [0, 3, 6]) {
					const term = terms.nth(i);
					// At once: the page scrolls smoothly where motion is allowed, and a tap or a measurement
					// made while it still moves finds the term somewhere else than the card was placed for.
					await term.evaluate((a) => a.scrollIntoView({ block: 'center', behavior: 'instant' }));
					await term.tap();
					// Shown (and measurable) once placed: by the browser at once, by Floating UI after it loads.
					await page
						.locator(`.term-card:popover-open[data-position="${fallback ? 'script' : 'css'}"]${fallback ? '[data-placed]' : ''}`)
						.waitFor();
					const box = (await card(page).boundingBox())!;
					// More to show than the room on either side of a term in the middle of the screen: the
					// card is taller than half the screen, or capped to the room and scrolling.
					hardCase ||= box.height > viewport.height / 2 || (await card(page).evaluate((el) => el.scrollHeight > el.clientHeight + 1));
					expect(box.x).toBeGreaterThanOrEqual(0);
					expect(box.y).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
					expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
					expect(besideTerm(box, (await term.boundingBox())!)).toBe(true);
					// On a phone upright, a card nearly as wide as the screen stands as far from one edge as
					// from the other (at 390 px it stood 30 px from the left and 8 from the right).
					if (viewport.width < viewport.height && box.width > viewport.width * 0.85) {
						wide = true;
						expect(Math.abs(box.x - (viewport.width - box.x - box.width))).toBeLessThanOrEqual(1);
					}
					// "Open entry" and "Close" are in view without scrolling the card, however long it is.
					const actionsShown = await card(page).evaluate((el) => {
						const shown = el.getBoundingClientRect();
						return [...el.querySelectorAll('.term-card-actions :is(a, button)')].map((c) => {
							const r = c.getBoundingClientRect();
							return r.top >= shown.top - 0.5 && r.bottom <= shown.bottom + 0.5;
						});
					});
					expect(actionsShown).toEqual([true, true]);
					await card(page).getByRole('button', { name: 'Close' }).tap();
					expect(await card(page).count()).toBe(0);
				}
				// On the phone on its side, one of them (the Test Board's) was that hard case.
				if (viewport.height < viewport.width) expect(hardCase).toBe(true);
				else expect(wide, 'a card as wide as the screen allows').toBe(true);
				// Floating UI is downloaded only by the browsers that need it.
				expect(scripts.some((url) => /floating-ui/.test(url))).toBe(fallback);
				await context.close();
			});
		}
	}

	// Light, then dark (the colour rules) on the same open card, as a reader whose system turns dark sees it.
	it('has no axe violations with a card open, light and dark', async () => {
		const { page, context } = await openPage(built.browser, { colorScheme: 'light' });
		await page.goto(built.server.url(SECTION));
		await ready(page);
		await page.locator('main a.term').first().focus();
		await card(page).waitFor();
		// Fully shown: the card fades in (term-cards.css), and mid-fade its colours are not its own.
		await card(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
		const light = await axeViolations(page, 'light');
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await axeViolations(page, 'dark');
		expect({ light, dark }).toEqual({ light: [], dark: [] });
		await context.close();
	});

	it('can be switched off, and the choice survives a reload, leaving plain links', async () => {
		const { page, context } = await openWithClock(built, SECTION);
		await page.locator('.legend summary').click();
		const toggle = page.locator('[data-term-cards-toggle]');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		await toggle.click();
		expect(await toggle.innerText()).toBe('Term cards: off');
		// At once, before any reload: the links are plain links and no card opens.
		const first = page.locator('main a.term').first();
		expect(await first.getAttribute('aria-expanded')).toBeNull();
		await first.focus();
		expect(await card(page).count()).toBe(0);
		await page.reload();
		// The page's clock stays paused across the reload. Once the every-page script has started
		// (after the first paint, src/site/every-page-loader.ts), move it on so the card script loads.
		await everyPageScriptReady(page);
		await page.clock.runFor(2000);
		await ready(page);
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		const term = page.locator('main a.term').first();
		await term.focus();
		await term.hover();
		await page.clock.runFor(500);
		expect(await card(page).count()).toBe(0);
		expect(await term.getAttribute('href')).toMatch(/\/glossary\/[a-z0-9-]+\/$/);
		// A plain link controls nothing, so it claims no card; its description stays.
		expect(await term.getAttribute('aria-expanded')).toBeNull();
		expect(await term.getAttribute('aria-controls')).toBeNull();
		expect((await axNode(page, term)).description).toBe(await definitionOf(term));
		await context.close();
	});

	for (const [path, where] of [
		[ENTRY, 'a glossary entry (its related terms)'],
		['/timeline/', 'the timeline'],
		['/about/', 'About'],
	] as const) {
		it(`works on ${where}: hover and focus open the term's own card`, async () => {
			const { page, context, errors } = await openWithClock(built, path, { viewport: { width: 1280, height: 900 } });
			const term = page.locator('main a.term').first();
			await term.scrollIntoViewIfNeeded();
			await hoverFirst(page, term);
			await page.clock.runFor(500);
			expect(await card(page).count()).toBe(1);
			expect(await card(page).locator('.term-card-def').innerText()).toBe(await definitionOf(term));
			expect(await card(page).getByRole('link', { name: 'Open entry' }).getAttribute('href')).toBe(await term.getAttribute('href'));
			await page.mouse.move(5, 5);
			await page.clock.runFor(600);
			expect(await card(page).count()).toBe(0);
			await term.focus();
			expect(await card(page).count()).toBe(1);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	for (const path of [SECTION, ENTRY, '/timeline/']) {
		it(`with JavaScript off, a screen reader hears each term link's definition as its description (${path})`, async () => {
			const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
			await page.goto(built.server.url(path));
			// The links a reader can reach now (a note folded on narrow screens hides its own).
			const terms = page.locator('main a.term:visible');
			const count = await terms.count();
			expect(count).toBeGreaterThan(0);
			for (let i = 0; i < Math.min(count, 8); i++) {
				const term = terms.nth(i);
				const node = await axNode(page, term);
				expect(node.role).toBe('link');
				expect(node.description).toBeTruthy();
				expect(node.description).toBe(await definitionOf(term));
				// Nothing can open without the script, so no link claims to control a card.
				expect(node.expanded).toBeUndefined();
			}
			// And the closed cards are not in the way: nothing of them is shown or in the tree.
			expect(await page.locator('.term-card:visible').count()).toBe(0);
			await context.close();
		});
	}
});

describe.skipIf(skipBrowser)("the chapter's term cards on a laptop screen", () => {
	const built = useBuiltSite();

	// A 1366 × 768 laptop, the commonest, leaves the page about 1366 × 657 under the browser's bars.
	// The cards of rules (status, Chinese name, definition, figures) are taller than the room above
	// or below a term in the middle of that screen; at 22rem wide the tallest were taller than the
	// screen itself, and each scrolled in the 300 px left below its term.
	for (const positioning of ['CSS anchor positioning', 'Floating UI, where anchor positioning is missing'] as const) {
		it(`shows every card of the systems page whole, on screen and clear of its term, beside it when above and below are too short (${positioning})`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 657 } });
			const fallback = positioning !== 'CSS anchor positioning';
			if (fallback) await withoutAnchorPositioning(page);
			await page.goto(built.server.url('/chapter-5/systems-and-capacity-building/'));
			await ready(page);
			const terms = page.locator('main a.term:visible');
			const seen = new Set<string>();
			let beside = 0;
			for (let i = 0; i < (await terms.count()); i++) {
				const term = terms.nth(i);
				const cardId = (await term.getAttribute('aria-describedby'))!;
				if (seen.has(cardId)) continue;
				seen.add(cardId);
				await term.evaluate((a) => a.scrollIntoView({ block: 'center', behavior: 'instant' }));
				await term.focus();
				await page
					.locator(`.term-card:popover-open[data-position="${fallback ? 'script' : 'css'}"]${fallback ? '[data-placed]' : ''}`)
					.waitFor();
				const shown = await card(page).evaluate((el) => {
					const link = document.querySelector('a.term[aria-expanded="true"]')!;
					const box = el.getBoundingClientRect();
					const clear = [...link.getClientRects()].every(
						(r) => box.right <= r.left || box.left >= r.right || box.bottom <= r.top || box.top >= r.bottom,
					);
					const whole = el.scrollHeight <= el.clientHeight + 1;
					const onScreen = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
					const termBox = link.getBoundingClientRect();
					return {
						title: el.querySelector('.term-card-title')?.textContent,
						clear,
						whole,
						onScreen,
						level: box.top < termBox.bottom && box.bottom > termBox.top,
						// Too little room beside the term for the card at its width, with 6 and 8 px to spare.
						noRoomBeside: Math.max(innerWidth - termBox.right, termBox.left) - 14 < box.width,
					};
				});
				// Floating UI keeps the card's width, where the CSS lets a card beside its term narrow to
				// 22rem: where the room beside the term is narrower than the card, it scrolls below instead.
				expect(shown, `${shown.title}'s card`).toMatchObject({ clear: true, onScreen: true });
				if (!fallback || !shown.noRoomBeside) expect(shown.whole, `${shown.title}'s card is whole`).toBe(true);
				if (shown.level) beside++;
				await page.keyboard.press('Escape');
				expect(await card(page).count()).toBe(0);
			}
			expect(seen.size).toBeGreaterThan(10);
			// The hard case happened: some cards fitted neither above nor below, and stood beside their term.
			expect(beside).toBeGreaterThan(0);
			await context.close();
		});
	}
});
