import { describe, expect, it } from 'vitest';
import { everyPageScriptReady, openPage, skipBrowser, watchViolations } from '../support/browser';
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
			viewport: { width: 390, height: 844 },
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
