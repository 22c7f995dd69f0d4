import { describe, expect, it } from 'vitest';
import { distDir, htmlPages } from '../support/dist';
import { pagesCoveringEveryComponent } from '../support/cover';
import { axeViolations } from '../support/axe';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA, in both colour schemes (dark for the colour rules:
// tests/support/axe.ts), on the fewest pages that
// between them hold every component any page has (tests/support/cover.ts): 33 glossary entries
// built from one template are one check, not 33, and a new component anywhere adds its page.
// axe costs seconds a page on this machine; every page is still read by html-validate and the Nu
// checker (tests/build), and opened with its scripts in use by the CSP test, which fails on any
// console error. AXE_EVERY_PAGE=1 checks every page instead (about four minutes), as before a
// release or after a change to the content's markup.
const covering =
	process.env.AXE_EVERY_PAGE === '1'
		? htmlPages(distDir).map((p) => ({ path: p.path, adds: undefined }))
		: pagesCoveringEveryComponent(distDir);
const why = (adds: number | undefined) => (adds === undefined ? '' : ` (${adds} component${adds === 1 ? '' : 's'} first seen here)`);

describe.skipIf(skipBrowser)('accessibility of the pages that hold every component (axe, Chromium)', () => {
	const built = useBuiltSite();

	it('checks a chapter page, a glossary entry, the glossary, the map and the timeline among them', () => {
		const paths = covering.map((p) => p.path);
		for (const must of ['/chapter-5/systems-and-capacity-building/', '/map/', '/timeline/', '/glossary/']) expect(paths).toContain(must);
		expect(paths.some((p) => /^\/glossary\/[^/]+\/$/.test(p))).toBe(true);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const { path, adds } of covering) {
			it(`${path} in ${colorScheme}${why(adds)} has no violations and no console errors`, async () => {
				const { page, context, errors } = await openPage(built.browser, { colorScheme });
				const response = await page.goto(built.server.url(path));
				// The static server answers every built file, the 404 page included, with 200.
				expect(response?.status()).toBe(200);
				expect(await axeViolations(page, colorScheme)).toEqual([]);
				expect(errors).toEqual([]);
				await context.close();
			});
		}
	}
});
