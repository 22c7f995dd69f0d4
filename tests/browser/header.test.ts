import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { everyPageScriptReady, openPage, skipBrowser, phoneScreen } from '../support/browser';
import { useBuiltSite } from '../support/site';

/** One page of each type. */
const PAGES = [
	'/',
	'/chapter-5/systems-and-capacity-building/',
	'/glossary/',
	'/glossary/cac/',
	'/map/',
	'/timeline/',
	'/sources/',
	'/about/',
	'/search/',
];
const SITE_LINKS = ['The chapter', 'Glossary', 'Who’s who', 'Timeline', 'Compare', 'Sources', 'About'];

const headerHeight = (page: Page) => page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);
const siteLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name, exact: true });
const menuButton = (page: Page) => page.locator('header .site-menu > summary');
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** What a screen reader is told about the Menu button: its role and whether it is expanded. */
async function menuState(context: BrowserContext, page: Page) {
	const cdp = await context.newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	const node = nodes.find((n) => n.name?.value === 'Menu' && n.role?.value !== 'StaticText' && n.role?.value !== 'group');
	await cdp.detach();
	return { role: node?.role?.value, expanded: node?.properties?.find((p) => p.name === 'expanded')?.value.value };
}

/** Records every layout shift from the start of each page the context opens (before any of its scripts). */
async function recordLayoutShifts(context: BrowserContext) {
	await context.addInitScript(() => {
		const shifts: { value: number; startTime: number }[] = ((window as unknown as { layoutShifts: typeof shifts }).layoutShifts = []);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				shifts.push({ value: (entry as unknown as { value: number }).value, startTime: entry.startTime });
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * The layout shift from navigation until the page has loaded and its scripts have run and painted.
 * That includes the frames a slow CPU paints while the parser is still reading the header: the
 * header stays unpainted until <main> follows it (layout.css), so a half-read row never shows.
 */
async function layoutShift(page: Page): Promise<number> {
	await page.waitForLoadState('load');
	// The script every page runs starts after the first paint (src/site/every-page-loader.ts): what it
	// shows (the theme button, the search button for the link) must move nothing already painted.
	await everyPageScriptReady(page);
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	return page.evaluate(() =>
		(window as unknown as { layoutShifts: { value: number; startTime: number }[] }).layoutShifts.reduce((a, s) => a + s.value, 0),
	);
}

describe.skipIf(skipBrowser)('the site header', () => {
	const built = useBuiltSite();

	// In one scheme: the dark one changes colours only (tests/build/colour-schemes.test.ts), and the one
	// word that follows the scheme, the theme button's "Use dark theme" / "Use light theme", waits
	// behind Menu on a phone (it is in the row at 1366 px, tested below and by the theme button's tests).
	it('is one row of at most 64 px on a 390 px phone: site name, Menu and Search', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		for (const path of PAGES) {
			await page.goto(built.server.url(path));
			// The Search button is the every-page script's, which starts after the first paint.
			await everyPageScriptReady(page);
			expect(await headerHeight(page), path).toBeLessThanOrEqual(64);
			expect(await page.locator('header .site-name').isVisible(), path).toBe(true);
			expect(await menuButton(page).isVisible(), path).toBe(true);
			expect(await page.locator('header').getByRole('button', { name: 'Search' }).isVisible(), path).toBe(true);
			// The rest waits behind Menu.
			expect(await siteLink(page, 'Glossary').isVisible(), path).toBe(false);
			expect(await page.getByRole('button', { name: /^Use (dark|light) theme$/ }).isVisible(), path).toBe(false);
		}
		await context.close();
	});

	it('opens the menu by keyboard as a disclosure, and Escape closes it and returns focus', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: phoneScreen });
		await page.goto(built.server.url('/chapter-5/overview/'));
		// The theme button below is the script's, which starts after the first paint: on a busy machine
		// the menu could be opened before it has run (it failed so once in a full run).
		await everyPageScriptReady(page);
		expect(await menuState(context, page)).toEqual({ role: 'DisclosureTriangle', expanded: false });
		// Skip link, site name, then Menu.
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
		await page.keyboard.press('Enter');
		expect(await menuState(context, page)).toEqual({ role: 'DisclosureTriangle', expanded: true });
		for (const name of SITE_LINKS) expect(await siteLink(page, name).isVisible(), name).toBe(true);
		expect(await page.getByRole('button', { name: /^Use (dark|light) theme$/ }).isVisible()).toBe(true);
		// Opening it moves nothing on the page: the panel lies over the content.
		expect(await headerHeight(page)).toBeLessThanOrEqual(64);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('The chapter');
		await page.keyboard.press('Escape');
		expect(await siteLink(page, 'Glossary').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
		// A tap elsewhere closes it too.
		await menuButton(page).click();
		await page.mouse.click(phoneScreen.width / 2, phoneScreen.height - 20);
		expect(await siteLink(page, 'Glossary').isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('works without JavaScript: the menu opens and Search is a link to /search/', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen, javaScriptEnabled: false });
		await page.goto(built.server.url('/glossary/cac/'));
		expect(await headerHeight(page)).toBeLessThanOrEqual(64);
		await menuButton(page).click();
		for (const name of SITE_LINKS) expect(await siteLink(page, name).isVisible(), name).toBe(true);
		await siteLink(page, 'Timeline').click();
		await page.waitForURL(/\/timeline\/$/);
		await page.locator('header').getByRole('link', { name: 'Search' }).click();
		await page.waitForURL(/\/search\/$/);
		await context.close();
	});

	it('leads to the who’s-who map from the menu, which marks it as the current page there, and each page’s part of the site', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		// A chapter page other than the first is in the chapter guide, as an entry is in the glossary:
		// current, though not the page the link opens.
		await page.goto(built.server.url('/chapter-5/what-the-chapter-signals/'));
		expect(
			await page.locator('header nav a[aria-current]').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('aria-current')])),
		).toEqual([['The chapter', 'true']]);
		await page.goto(built.server.url('/glossary/cac/'));
		expect(
			await page.locator('header nav a[aria-current]').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('aria-current')])),
		).toEqual([['Glossary', 'true']]);
		await menuButton(page).click();
		await siteLink(page, 'Who’s who').click();
		await page.waitForURL(/\/map\/$/);
		expect(await page.locator('h1').innerText()).toBe('Who’s who');
		await menuButton(page).click();
		expect(await siteLink(page, 'Who’s who').getAttribute('aria-current')).toBe('page');
		expect(await siteLink(page, 'Glossary').getAttribute('aria-current')).toBeNull();
		await context.close();
	});

	it('reflows at 400 % zoom (320 × 256 CSS px): nothing scrolls sideways and every link is reachable', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 256 } });
		await page.goto(built.server.url('/chapter-5/systems-and-capacity-building/'));
		await menuButton(page).click();
		for (const name of SITE_LINKS) {
			await siteLink(page, name).scrollIntoViewIfNeeded();
			expect(await siteLink(page, name).isVisible(), name).toBe(true);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await siteLink(page, 'About').click();
		await page.waitForURL(/\/about\/$/);
		await context.close();
	});

	// 1216 px (76rem) is the narrowest screen that shows the links in the row.
	for (const width of [1216, 1366, 1600]) {
		it(`keeps one row with every link in view and no Menu button at ${width} px`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 900 } });
			for (const path of PAGES) {
				await page.goto(built.server.url(path));
				// The theme and Search buttons are the every-page script's, which starts after the first paint.
				await everyPageScriptReady(page);
				expect(await menuButton(page).isVisible(), path).toBe(false);
				const rows = await page.evaluate(() => {
					const items = [
						...document.querySelectorAll('header .site-name, header nav a, header .theme-toggle, header [data-search-button]'),
					];
					return new Set(items.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2))).size;
				});
				expect(rows, path).toBe(1);
				// Nothing pushed past the screen's edge (a longer row put Search 11 px past it at 1216 px).
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(width);
				for (const name of SITE_LINKS) expect(await siteLink(page, name).isVisible(), `${path} ${name}`).toBe(true);
				expect(await headerHeight(page), path).toBeLessThanOrEqual(80);
				// Search shows its whole icon, word and key side by side: a row short of room once
				// squeezed it to 67 px, "· S /", with a 2 px icon.
				const search = await page.evaluate(() => {
					const header = document.querySelector<HTMLElement>('header.site-header')!;
					const button = header.querySelector<HTMLElement>('[data-search-button]')!;
					const parts = [...button.children].map((el) => el.getBoundingClientRect());
					const label = button.querySelector<HTMLElement>('.search-open-label')!;
					return {
						icon: Math.round(parts[0]!.width),
						labelCut: label.scrollWidth - label.getBoundingClientRect().width,
						overlaps: parts.slice(1).some((r, i) => r.left < parts[i]!.right - 0.5),
						inside: parts.every((r) => r.left >= button.getBoundingClientRect().left && r.right <= button.getBoundingClientRect().right),
						// Within the header's margins, not pushed into them.
						inRow:
							button.getBoundingClientRect().right <=
							header.getBoundingClientRect().right - parseFloat(getComputedStyle(header).paddingRight) + 0.5,
					};
				});
				expect(search, path).toEqual({
					icon: 16,
					labelCut: expect.toSatisfy((cut: number) => cut <= 0.5),
					overlaps: false,
					inside: true,
					inRow: true,
				});
			}
			await context.close();
		});
	}

	it('is not painted while the parser has read only part of it, and keeps its size meanwhile', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		await page.goto(built.server.url('/glossary/cac/'));
		const header = page.locator('header.site-header');
		const shown = await header.evaluate((h) => ({ visibility: getComputedStyle(h).visibility, height: h.getBoundingClientRect().height }));
		expect(shown.visibility).toBe('visible');
		// The state a slow parser leaves: the header's children so far, and nothing after it yet.
		const halfRead = await header.evaluate((h) => {
			while (h.nextSibling) h.nextSibling.remove();
			h.querySelector('.search-open')!.remove();
			return { visibility: getComputedStyle(h).visibility, height: h.getBoundingClientRect().height };
		});
		expect(halfRead.visibility).toBe('hidden');
		expect(halfRead.height).toBe(shown.height);
		await context.close();
	});

	// 1000 px: the Search button, wider than the link it replaces (it shows its key, /), sits after Menu.
	for (const viewport of [phoneScreen, { width: 1000, height: 768 }, { width: 1366, height: 768 }]) {
		it(`causes no layout shift while the page and its scripts load (${viewport.width} px)`, async () => {
			const { page, context } = await openPage(built.browser, { viewport });
			await recordLayoutShifts(context);
			for (const path of ['/', '/chapter-5/systems-and-capacity-building/', '/glossary/cac/', '/timeline/']) {
				await page.goto(built.server.url(path));
				expect(await layoutShift(page), path).toBe(0);
			}
			await context.close();
		});
	}
});

describe.skipIf(skipBrowser)('the theme button', () => {
	const built = useBuiltSite();

	for (const [system, first, second] of [
		['light', 'dark', 'light'],
		['dark', 'light', 'dark'],
	] as const) {
		it(`on a ${system}-mode phone, changes the page at the first press and comes back to System at the third`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: phoneScreen, colorScheme: system });
			await page.goto(built.server.url('/chapter-5/overview/'));
			await everyPageScriptReady(page);
			await menuButton(page).click();
			const button = page.locator('header [data-theme-toggle]');
			const systemBackground = await pageBackground(page);
			expect(await button.innerText()).toBe(`Use ${first} theme`);
			await button.click();
			// The first press shows the other scheme at once.
			expect(await pageBackground(page)).not.toBe(systemBackground);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(first);
			expect(await button.innerText()).toBe(`Use ${second} theme`);
			await button.click();
			expect(await pageBackground(page)).toBe(systemBackground);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(second);
			expect(await button.innerText()).toBe('Use system theme');
			await button.click();
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
			expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
			expect(await button.innerText()).toBe(`Use ${first} theme`);
			await context.close();
		});
	}

	it('remembers the choice and applies it before the first paint', async () => {
		const { page, context } = await openPage(built.browser, { colorScheme: 'light', viewport: { width: 1366, height: 768 } });
		await page.goto(built.server.url('/'));
		await everyPageScriptReady(page);
		await page.getByRole('button', { name: 'Use dark theme' }).click();
		// Record the theme at the moment <body> first exists, before any paint of content.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.body) {
					(window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(built.server.url('/glossary/'));
		await everyPageScriptReady(page);
		expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
		expect(await pageBackground(page)).toBe('rgb(22, 23, 26)');
		expect(await page.getByRole('button', { name: 'Use light theme' }).isVisible()).toBe(true);
		await context.close();
	});
});
