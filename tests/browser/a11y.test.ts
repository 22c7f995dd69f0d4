import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { distDir, htmlPages } from '../support/dist';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA, on every page of the build, in both colour schemes.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe.skipIf(skipBrowser)('accessibility of every page (axe, Chromium)', () => {
	const built = useBuiltSite();

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const { path } of htmlPages(distDir)) {
			it(`${path} in ${colorScheme} has no violations and no console errors`, async () => {
				const { page, context, errors } = await openPage(built.browser, { colorScheme });
				const response = await page.goto(built.server.url(path));
				// The static server answers every built file, the 404 page included, with 200.
				expect(response?.status()).toBe(200);
				const results = await new AxeBuilder({ page }).withTags(tags).analyze();
				const violations = results.violations.map(
					(v) =>
						`${v.id} (${v.impact}): ${v.help} — ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 5)
							.join(', ')}`,
				);
				expect(violations).toEqual([]);
				expect(errors).toEqual([]);
				await context.close();
			});
		}
	}
});
