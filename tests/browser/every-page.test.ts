import { describe, expect, it } from 'vitest';
import { everyPageScriptReady, openPage, skipBrowser, watchViolations, phoneScreen } from '../support/browser';
import { useBuiltSite } from '../support/site';

// The script every page runs (src/scripts/every-page.ts) is started by a small inline loader once
// the page has loaded and painted (src/site/every-page-loader.ts), so the page paints as its copy
// without JavaScript would (issue 27). These check that it starts only then, that the browser
// lets the loader run under the Content-Security-Policy (its hash is in src/site/csp.ts), and that
// what the script gives readers still works.

describe.skipIf(skipBrowser)('the script every page runs', () => {
	const built = useBuiltSite();

	for (const path of ['/glossary/', '/timeline/', '/chapter-5/systems-and-capacity-building/']) {
		it(`on ${path}, is fetched only after the first paint, by the loader the policy allows`, async () => {
			const { page, context, errors } = await openPage(built.browser, { viewport: { width: 412, height: 823 } });
			const violations = await watchViolations(page);
			await page.goto(built.server.url(path));
			await everyPageScriptReady(page);
			const { paint, fetched } = await page.evaluate(() => {
				const src = document
					.querySelector<HTMLTemplateElement>('template[data-every-page]')!
					.content.querySelector('script')!
					.getAttribute('src')!;
				return {
					paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
					fetched: performance.getEntriesByType('resource').find((r) => r.name.endsWith(src))?.startTime,
				};
			});
			expect(paint).toBeGreaterThan(0);
			expect(fetched).toBeGreaterThan(paint!);
			// The theme button is the script's: shown and named by it.
			expect(await page.locator('[data-theme-toggle]').evaluate((b: HTMLButtonElement) => [b.hidden, b.textContent])).toEqual([
				false,
				expect.stringMatching(/^Use (dark|light) theme$/),
			]);
			expect(await violations()).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	// A tab opened in the background reports no paint until it is shown, nor does a browser without
	// paint entries: there the script starts at the load event, not at the ten-second safety net.
	for (const [what, init] of [
		[
			'in a tab opened in the background',
			() => {
				Object.defineProperty(document, 'hidden', { get: () => true });
				Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
			},
		],
		[
			'in a browser that reports no paints',
			() => Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => ['resource', 'navigation'] }),
		],
	] as const) {
		it(`starts ${what} once the page has loaded, well before the safety net`, async () => {
			const { page, context, errors } = await openPage(built.browser);
			// Whatever paints the browser makes here, the page is told of none.
			await page.addInitScript(() => {
				const observe = PerformanceObserver.prototype.observe;
				PerformanceObserver.prototype.observe = function (options?: PerformanceObserverInit) {
					if (options?.type === 'largest-contentful-paint' || options?.type === 'paint') return;
					observe.call(this, options);
				};
			});
			await page.addInitScript(init);
			await page.goto(built.server.url('/glossary/'), { waitUntil: 'load' });
			const loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.toJSON().loadEventEnd as number);
			// The theme button is the script's; the safety net would show it ten seconds after the load.
			await page.locator('[data-theme-toggle]').waitFor({ state: 'visible', timeout: 5_000 });
			const shown = await page.evaluate(() => performance.now());
			expect(shown - loaded).toBeLessThan(5_000);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('gives a desktop reader the theme button and the search shortcut', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1366, height: 900 }, colorScheme: 'light' });
		await page.goto(built.server.url('/glossary/'));
		// As a reader would: the button appears, then a press changes the page.
		await page.getByRole('button', { name: 'Use dark theme' }).click();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.keyboard.press('/');
		await page.locator('dialog[data-search-dialog][open] input[type="search"]').waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('gives a phone reader a menu that Escape closes', async () => {
		const { page, context, errors } = await openPage(built.browser, {
			viewport: phoneScreen,
			hasTouch: true,
			isMobile: true,
		});
		await page.goto(built.server.url('/timeline/'));
		await everyPageScriptReady(page);
		const menu = page.locator('header details.site-menu');
		await menu.locator('summary').tap();
		await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
		// Escape is the menu's own script, which the every-page script loads once the menu opens.
		await expect
			.poll(async () => {
				await page.keyboard.press('Escape');
				return menu.evaluate((d: HTMLDetailsElement) => d.open);
			})
			.toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});
});
