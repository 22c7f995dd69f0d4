import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlPages } from '../support/dist';
import { pagesCoveringEveryComponent } from '../support/cover';
import { axeViolations } from '../support/axe';
import { everyPageScriptReady, openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA, in both colour schemes (dark for the colour rules:
// tests/support/axe.ts; each page is loaded once and checked in light, then in dark), on the fewest pages that
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
	// One tab for the file, as one reader goes from page to page: a new browser context per page
	// cost a second or more and found nothing a fresh one would not (no page here stores anything).
	let reader: Awaited<ReturnType<typeof openPage>>;
	beforeAll(async () => {
		reader = await openPage(built.browser, { colorScheme: 'light' });
	});

	it('checks a chapter page, a glossary entry, the glossary, the map and the timeline among them', () => {
		const paths = covering.map((p) => p.path);
		for (const must of ['/chapter-5/systems-and-capacity-building/', '/map/', '/timeline/', '/glossary/']) expect(paths).toContain(must);
		expect(paths.some((p) => /^\/glossary\/[^/]+\/$/.test(p))).toBe(true);
	});

	for (const { path, adds } of covering) {
		it(`${path}${why(adds)} has no violations in light or dark and no console errors`, async () => {
			const { page, errors } = reader;
			errors.length = 0;
			await page.emulateMedia({ colorScheme: 'light' });
			const response = await page.goto(built.server.url(path));
			// The static server answers every built file, the 404 page included, with 200.
			expect(response?.status()).toBe(200);
			// Checked as the reader has it once the every-page script has run (the theme button shown).
			await everyPageScriptReady(page);
			const light = await axeViolations(page, 'light');
			// The same page in the dark scheme, as a reader whose system turns dark at night sees it: the
			// document is the same, and the colours follow at once (the site's styles have no transitions).
			await page.emulateMedia({ colorScheme: 'dark' });
			const dark = await axeViolations(page, 'dark');
			expect({ light, dark }).toEqual({ light: [], dark: [] });
			expect(errors).toEqual([]);
		});
	}
});
