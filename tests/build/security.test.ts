import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';
import { inlineHandlers, javascriptUrls, unsafeOutboundLinks, type HtmlPage } from '../support/html-security';

// Every page of the build, checked for what the CSP header cannot enforce where no headers are
// sent (GitHub Pages): outbound links keep window.opener and the referrer to themselves, and no
// markup runs script by itself. A failure names the page and the element.

describe('security of every built page', () => {
	requireDist();
	const pages: HtmlPage[] = htmlPages(distDir).map(({ path, file }) => ({ path, tree: fromHtml(readHtml(file)) }));

	it('reads the whole build', () => {
		expect(pages.length).toBeGreaterThan(40);
	});

	it('gives every link to another origin rel="noopener noreferrer"', () => {
		// The site links to its sources; with no outbound link at all the check would prove nothing.
		expect(pages.flatMap((p) => selectAll('a[href^="http"]', p.tree)).length).toBeGreaterThan(0);
		expect(pages.flatMap(unsafeOutboundLinks)).toEqual([]);
	});

	it('has no inline event-handler attributes (on…=)', () => {
		expect(pages.flatMap(inlineHandlers)).toEqual([]);
	});

	it('has no javascript: URLs in href, src or action', () => {
		expect(pages.flatMap(javascriptUrls)).toEqual([]);
	});
});
