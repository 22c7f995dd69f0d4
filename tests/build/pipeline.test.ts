import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { distDir, htmlPages, readHtml, requireDist, isSectionPath } from '../support/dist';

// Astro 7 renders Markdown with Sätteri unless told otherwise, and Sätteri silently ignores
// rehype plugins. These checks fail if the unified processor (and so the term linker) is not used.
describe('the unified Markdown pipeline reaches the built MDX pages', () => {
	requireDist();
	const sections = htmlPages(distDir).filter((p) => isSectionPath(p.path));

	it('builds the chapter pages', () => {
		expect(sections.length).toBeGreaterThanOrEqual(5);
	});

	for (const { path, file } of sections) {
		it(`${path} has glossary links added by rehype-term-links, each to an existing entry`, () => {
			const links = selectAll('main a.term[aria-describedby]', fromHtml(readHtml(file)));
			expect(links.length).toBeGreaterThan(3);
			const pages = new Set(htmlPages(distDir).map((p) => p.path));
			for (const a of links) expect(pages.has(String(a.properties.href))).toBe(true);
		});
	}

	it('lists on each glossary entry the sections that the linker recorded', () => {
		const cac = htmlPages(distDir).find((p) => p.path === '/glossary/cac/');
		expect(cac).toBeDefined();
		const tree = fromHtml(readHtml(cac!.file));
		const usedIn = selectAll('section.used-in h3 a', tree).map((a) => String(a.properties.href));
		expect(usedIn.length).toBeGreaterThan(0);
		for (const href of usedIn) {
			const section = sections.find((s) => s.path === href);
			expect(section, href).toBeDefined();
			expect(readHtml(section!.file)).toContain('aria-describedby="term-card-cac-def"');
		}
	});
});
