import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, readHtml } from '../support/dist';
import { openPage, skipBrowser } from '../support/browser';
import { chooseCitation, openCiteThis } from '../support/cite';
import { useBuiltSite } from '../support/site';
import { readContent } from '../../src/content/read';
import { site } from '../../src/site/config';
import { siteUrl } from '../../src/site/origin';
import {
	bibtexKey,
	calendarDate,
	citationStyles,
	citationText,
	formatCitationDate,
	type CitationInput,
	type CitationStyle,
} from '../../src/citations/format';
import { formatDate } from '../../src/site/dates';

// "Cite this" on the built site: what a reader sees with JavaScript off, the access date filled in
// with it on, and the Copy buttons. The expected text comes from src/citations/format.ts, whose
// output tests/unit/citations.test.ts checks against hand-written citations.

// The build in dist/ has the address this shell gives it, usually none: its citations then give
// paths, which the browser completes with the address it is at (tests/build/site-address.test.ts).
const origin = siteUrl(process.env) ?? '';
const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const properNouns = [...model.glossary.values()].flatMap(({ value: t }) => [t.term, ...(t.abbr ? [t.abbr] : []), ...t.aliases]);
const sections = model.sections.map(({ value: s }) => ({ path: `/${s.id}/`, title: s.title, updated: s.updated }));
const section = sections.find((s) => s.path === '/chapter-5/overview/') ?? sections[0]!;

const pageInput = (s: (typeof sections)[number]): CitationInput => ({
	scope: 'page',
	title: s.title,
	siteName: site.title,
	url: `${origin}${s.path}`,
	updated: s.updated,
	key: bibtexKey(site.title, s.path),
	properNouns,
});
const latestUpdate = new Date(Math.max(...[...model.sections, ...model.pages].map((e) => e.value.updated.getTime())));
const siteInput: CitationInput = {
	scope: 'site',
	title: site.title,
	siteName: site.title,
	url: `${origin}/`,
	updated: latestUpdate,
	key: bibtexKey(site.title),
	properNouns,
};

const shortNames: Record<CitationStyle, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago', bibtex: 'BibTeX' };

/** The citations as a reader sees them (rendered text: hidden parts left out), each format chosen in turn. */
async function shown(page: Page, prefix: string): Promise<Record<CitationStyle, string>> {
	const text = {} as Record<CitationStyle, string>;
	for (const style of citationStyles) {
		await chooseCitation(page, shortNames[style], prefix === 'cite-site' ? 'Cite this site' : 'Cite this page');
		const citation = page.locator(`#${prefix}-${style}`);
		await citation.waitFor({ state: 'visible' });
		const raw = await citation.innerText();
		text[style] = style === 'bibtex' ? raw : raw.replace(/\s+/g, ' ').trim();
	}
	return text;
}

describe.skipIf(skipBrowser)('"Cite this" in Chromium', () => {
	const built = useBuiltSite();

	it('with JavaScript off, every section shows all four citations with its canonical URL (or path) and an access-date placeholder', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		for (const s of sections) {
			await page.goto(built.server.url(s.path));
			expect(await page.getByRole('heading', { name: 'Cite this page', exact: true }).count(), s.path).toBe(1);
			const text = await shown(page, 'cite-page');
			for (const style of citationStyles) expect(text[style], `${s.path} ${style}`).toBe(citationText(style, pageInput(s)));
			expect(text.apa).toContain(`${origin}${s.path}`);
			expect(text.mla).toContain('Accessed [date accessed].');
			// No field biblatex cannot read: urldate waits for a real date.
			expect(text.bibtex).not.toMatch(/urldate|\[date accessed\]/);
			// APA italicizes the page title; MLA the website.
			expect(await page.locator('#cite-page-apa i').count()).toBe(1);
			expect(await page.locator('#cite-page-mla i').textContent()).toBe(site.title);
			// Copy buttons would do nothing without JavaScript, so they stay hidden.
			expect(await page.locator('button[data-copy]').evaluateAll((bs) => bs.every((b) => (b as HTMLElement).hidden))).toBe(true);
		}
		await context.close();
	});

	// Every entry's citation is the same component given the entry's name and path, so three entries
	// stand for all 36 (a page each, in Chromium, was 30 s of the run): one named with an
	// abbreviation, one without, and the longest name.
	const terms = [...model.glossary.values()].map((g) => g.value);
	const citedTerms = [
		...new Set([terms.find((t) => t.abbr), terms.find((t) => !t.abbr), [...terms].sort((a, b) => b.term.length - a.term.length)[0]]),
	].filter((t) => t !== undefined);

	it('with JavaScript off, a glossary entry cites itself, undated: APA “(n.d.)”, no “Last modified”', async () => {
		expect(citedTerms.length).toBe(3);
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		for (const t of citedTerms) {
			const path = `/glossary/${t.id}/`;
			await page.goto(built.server.url(path));
			expect(await page.getByRole('heading', { name: 'Cite this page', exact: true }).count(), path).toBe(1);
			const entry: CitationInput = {
				scope: 'page',
				title: t.abbr ? `${t.term} (${t.abbr})` : t.term,
				siteName: site.title,
				url: `${origin}${path}`,
				key: bibtexKey(site.title, path),
				properNouns,
			};
			const text = await shown(page, 'cite-page');
			for (const style of citationStyles) expect(text[style], `${path} ${style}`).toBe(citationText(style, entry));
			expect(text.apa, path).toContain(`${site.title}. (n.d.).`);
			expect(text.chicago, path).not.toContain('Last modified');
		}
		await context.close();
	});

	it('with JavaScript off, About cites the site as a whole', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url('/about/'));
		expect(await page.getByRole('heading', { name: 'Cite this site', exact: true }).count()).toBe(1);
		const text = await shown(page, 'cite-site');
		for (const style of citationStyles) expect(text[style], style).toBe(citationText(style, siteInput));
		await context.close();
	});

	it('with JavaScript on, the access date is today’s in every format', async () => {
		const { page, context, errors } = await openPage(built.browser);
		for (const [path, prefix, input] of [
			[section.path, 'cite-page', pageInput(section)],
			['/about/', 'cite-site', siteInput],
		] as const) {
			await page.goto(built.server.url(path));
			// Its script loads when a reader opens it (About has it open).
			await openCiteThis(page);
			// "Today" as the browser sees it, in its own time zone.
			const [y, m, d] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth(), new Date().getDate()]);
			const today = calendarDate(new Date(y!, m!, d!));
			const text = await shown(page, prefix);
			// With no address of its own, the page gives the one it is read at.
			const at = origin ? input : { ...input, url: `${built.server.origin}${input.url}` };
			for (const style of citationStyles) expect(text[style], `${path} ${style}`).toBe(citationText(style, at, today));
			expect(text.bibtex).toContain(`  urldate = {${formatCitationDate('bibtex', today)}},\n`);
			// In the site's own way of writing a date, not the citations' ("December 7, 2026").
			expect(await page.locator('[data-access-note]').textContent()).toContain(`today, ${formatDate(today)},`);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('copies a citation and announces it politely', async () => {
		const { page, context, errors } = await openPage(built.browser);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.server.origin });
		await page.goto(built.server.url(section.path));
		const status = page.locator('[data-cite-status]');
		expect(await status.getAttribute('role')).toBe('status');
		// One control: open "Cite this page", choose the format, copy it.
		await page.locator('.cite-this summary').click();
		for (const [style, name] of [
			['mla', 'MLA'],
			['bibtex', 'BibTeX'],
		] as const) {
			await page.locator('.cite-this').getByRole('radio', { name }).check();
			await page.getByRole('button', { name: `Copy ${name} citation` }).click();
			await expect.poll(() => status.textContent()).toBe(`${name} citation copied`);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			const displayed = await page.locator(`#cite-page-${style}`).innerText();
			expect(copied).toBe(style === 'bibtex' ? displayed : displayed.replace(/\s+/g, ' ').trim());
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('fills the date from an external module script, with no inline JavaScript of its own', () => {
		const html = readHtml(`${distDir}${section.path}index.html`);
		// The site script loads the reading tools (src/scripts/reading-tools.ts), which load "Cite this"
		// (src/scripts/cite-this.ts) when it is opened.
		expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
		for (const chunk of ['reading-tools', 'cite-this'])
			expect(readdirSync(join(distDir, '_astro')).filter((f) => new RegExp(`^${chunk}\\.[\\w-]+\\.js$`).test(f))).toHaveLength(1);
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
			(m) => m[1]!,
		);
		for (const code of inline) expect(code).not.toMatch(/data-access-date|data-cite/);
	});
});
