import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { site } from '../../src/site/config';
import { join } from 'node:path';
import { readContent } from '../../src/content/read';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a tab shows for each page: its title, then where it belongs, then the site, never cut. */
function expectedTitle(path: string, html: string): string {
	const tree = fromHtml(html);
	const h1 = select('h1', tree);
	if (!h1) throw new Error(`${path} has no h1`);
	const heading = squash(toString(h1));
	if (path === '/') return site.title;
	// The whole chapter on one page: its heading is the chapter's, so the tab says it is the whole one.
	if (/^\/[^/]+\/print\/$/.test(path)) return `${heading} · Whole chapter · ${site.title}`;
	// A section's teaching kit and its handout belong to the teachers' part of the site.
	if (/^\/teach\/.+\/$/.test(path)) return `${heading} · For teachers · ${site.title}`;
	const glossaryEntry = /^\/glossary\/[^/]+\/$/.test(path);
	if (!glossaryEntry) return `${heading} · ${site.title}`;
	// An entry's heading is "Term (ABBR)"; its tab leads with the abbreviation: "ABBR (Term)".
	const abbr = select('h1 abbr', tree);
	const term = abbr ? squash(heading.replace(`(${toString(abbr)})`, '')) : heading;
	return `${abbr ? `${toString(abbr)} (${term})` : term} · Glossary · ${site.title}`;
}

describe('the title of every built page', () => {
	requireDist();
	const pages = htmlPages(distDir).map(({ path, file }) => {
		const html = readHtml(file);
		return { path, html, title: squash(toString(select('title', fromHtml(html))!)) };
	});

	it('is “Page title · Governing Cybersecurity, Explained”, with glossary entries named as such', () => {
		expect(pages.length).toBeGreaterThan(40);
		for (const { path, html, title } of pages) expect(title, path).toBe(expectedTitle(path, html));
	});

	it('is never cut short with “…”', () => {
		expect(pages.filter(({ title }) => title.includes('…')).map(({ path, title }) => `${path}: ${title}`)).toEqual([]);
	});

	it('gives the glossary entry for the CAC a tab that cannot pass for the agency’s own site', () => {
		expect(pages.find((p) => p.path === '/glossary/cac/')?.title).toBe(
			'CAC (Cyberspace Administration of China) · Glossary · Governing Cybersecurity, Explained',
		);
	});
});

describe('the names of the chapter pages', () => {
	requireDist();
	const { model } = readContent(join(process.cwd(), 'content'));
	const names = new Map(model.sections.map((s) => [`/${s.value.id}/`, s.value.shortTitle]));

	// A page listed beside others goes by one name: "Teaching kit: A correct view…" above "For the
	// page Establishing a Correct View…" read as two pages.
	it('are the same wherever the pages are listed: the teaching kits, /changes/ by page, the 404 page', () => {
		const listed = [
			['teach/index.html', '.kit-list p > a[href^="/chapter-"]'],
			['changes/index.html', '#by-page ~ section h3 a'],
			['404.html', '#all-sections + ul a'],
		].flatMap(([file, selector]) =>
			selectAll(selector!, fromHtml(readHtml(join(distDir, file!)))).map((a) => [file, String(a.properties.href), squash(toString(a))]),
		);
		expect(listed.length).toBeGreaterThanOrEqual(3 * names.size);
		expect(listed.filter(([, href, text]) => names.get(href!) !== text)).toEqual([]);
	});
});
