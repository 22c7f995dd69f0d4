import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BibLatexParser } from 'biblatex-csl-converter';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readHtml } from '../support/dist';
import type { TempBuild } from '../support/build';
import { sharedBuild, variants as shared } from '../support/shared-build';
import { serveDist } from '../support/server';
import { closeContexts, workerBrowser, openPage, siteAddressFilled, skipBrowser } from '../support/browser';
import { chooseCitation, openCiteThis } from '../support/cite';
import { asOneLine, printedPages } from '../support/pdf';
import { citationStyles } from '../../src/citations/format';

// Issue 12 §1: no build ever publishes a local address as the site's own. Built once with an
// address from a host's variable (Vercel's, which comes without a scheme) and once with none, each
// served on a free port the build could not have known, then read as a reader gets it: every
// file, the pages with JavaScript on and off, the citations, their copies and the printout. How
// each host's variable (Netlify's URL, Cloudflare Pages' CF_PAGES_URL, Vercel's) and SITE_URL
// become the address, and which wins, is tested on src/site/origin.ts in tests/unit/origin.test.ts.

const SECTION = '/chapter-5/systems-and-capacity-building/';
const TERM = '/glossary/cac/';
const LOCAL = /\b(?:127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0)\b|\[::1\]/g;

interface Variant {
	name: string;
	env: Record<string, string>;
	/** The origin the build must use, or none. */
	origin?: string;
	/** Its one line in the build output. */
	says: RegExp;
}

const variants: Variant[] = [
	{
		name: "Vercel's VERCEL_PROJECT_PRODUCTION_URL (no scheme)",
		env: shared.hosted.env,
		origin: shared.hosted.origin,
		says: /site address https:\/\/vercel-site\.example\.org \(from Vercel’s VERCEL_PROJECT_PRODUCTION_URL\)/,
	},
	{ name: 'no address at all', env: shared.noAddress.env, says: /no site address \(SITE_URL/ },
];

/** Every file of a build as text: Pagefind's compressed index files unpacked, other binaries skipped. */
function builtTexts(dir: string): { file: string; text: string }[] {
	return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).flatMap((file) => {
		const path = join(dir, file);
		if (!/\.(html|xml|txt|json|js|css|svg|webmanifest)$|^_headers$|\.pf_(fragment|index|meta|filter)$/.test(file)) return [];
		const bytes = readFileSync(path);
		const text = /\.pf_/.test(file) ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
		return [{ file, text }];
	});
}

/** Local addresses in a text, each with some context; `except` (an origin) is the one allowed, with or without its scheme. */
const localAddresses = (text: string, except?: string) =>
	[...text.matchAll(LOCAL)]
		.map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40))
		.filter((s) => !except || !s.includes(new URL(except).host));

/** The text of every citation, the printed address line, and the notes around them, as shown. */
const shownAddresses = (page: Page) =>
	page
		.locator('.citation, .print-address, [data-cite-this] .cite-note')
		.evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ')));

for (const variant of variants) {
	describe(`a build whose address comes from ${variant.name}`, () => {
		let built: TempBuild = { outDir: '', output: '' };
		beforeAll(async () => {
			built = await sharedBuild(variant.env);
		});

		it('says once in the build output which address it has, or that it has none', () => {
			const lines = built.output.split('\n').filter((l) => /site address/.test(l));
			expect(lines, built.output.slice(-3000)).toHaveLength(1);
			expect(lines[0]).toMatch(variant.says);
			expect(lines[0]).toMatch(variant.origin ? /\[explainer:site-origin\]/ : /\[WARN\] \[explainer:site-origin\]/);
		});

		it('publishes no local address in any file: pages, sitemap, robots.txt, glossary.json, scripts, search index', () => {
			const found = builtTexts(built.outDir).flatMap(({ file, text }) => localAddresses(text).map((s) => `${file}: …${s}…`));
			expect(found).toEqual([]);
		});

		it(variant.origin ? 'writes its absolute URLs from that address' : 'leaves out every tag and line that needs an absolute URL', () => {
			const html = readHtml(join(built.outDir, SECTION, 'index.html'));
			const tree = fromHtml(html);
			const canonical = select('link[rel="canonical"]', tree)?.properties.href;
			const ogUrl = select('meta[property="og:url"]', tree)?.properties.content;
			const jsonLd = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!)) as Record<string, unknown>;
			const robots = readFileSync(join(built.outDir, 'robots.txt'), 'utf8');
			const glossary = JSON.parse(readFileSync(join(built.outDir, 'glossary.json'), 'utf8')) as { terms: { id: string; url: string }[] };
			const cac = glossary.terms.find((t) => t.id === 'cac')!;
			if (variant.origin) {
				expect(canonical).toBe(`${variant.origin}${SECTION}`);
				expect(ogUrl).toBe(`${variant.origin}${SECTION}`);
				expect(jsonLd).toMatchObject({ url: `${variant.origin}${SECTION}`, isPartOf: { url: `${variant.origin}/` } });
				expect(robots).toContain(`Sitemap: ${variant.origin}/sitemap-index.xml\n`);
				expect(readFileSync(join(built.outDir, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${variant.origin}/sitemap-0.xml</loc>`);
				expect(cac.url).toBe(`${variant.origin}/glossary/cac/`);
			} else {
				expect(canonical).toBeUndefined();
				expect(ogUrl).toBeUndefined();
				// Still an Article based on the analysis, with no address of its own.
				expect(jsonLd['@type']).toBe('Article');
				expect(JSON.stringify(jsonLd)).not.toMatch(/"(url|@id|mainEntityOfPage)":"\//);
				expect(jsonLd).not.toHaveProperty('url');
				expect(robots).toBe('User-agent: *\nAllow: /\n');
				expect(existsSync(join(built.outDir, 'sitemap-index.xml'))).toBe(false);
				expect(cac.url).toBe('/glossary/cac/');
			}
		});

		describe.skipIf(skipBrowser)('served on a port of its own, in Chromium', () => {
			let browser: Browser;
			let server: Awaited<ReturnType<typeof serveDist>>;
			beforeAll(async () => {
				browser = await workerBrowser();
				server = await serveDist(built.outDir);
			});
			afterAll(async () => {
				await closeContexts(browser);
				await server?.close();
			});
			/** Where the pages say they are: the build's address, or the one the reader is at. */
			const expected = () => variant.origin ?? server.origin;

			it('with JavaScript off, no citation or printed line carries a local address; without an address they give the path and say so', async () => {
				const { page, context } = await openPage(browser, { javaScriptEnabled: false });
				for (const path of [SECTION, TERM, '/about/']) {
					await page.goto(server.url(path));
					expect(localAddresses(await page.content()), path).toEqual([]);
					const shown = (await shownAddresses(page)).join('\n');
					if (variant.origin) expect(shown, path).toContain(variant.origin);
					else {
						expect(shown, path).toContain('put the site’s address (the start of the address your browser shows) in front of it');
						expect(shown, path).not.toMatch(/https?:\/\/(?!creativecommons|interpret)/);
					}
				}
				await page.goto(server.url(SECTION));
				const line = await page.locator('.print-address').textContent();
				expect(line?.replace(/\s+/g, ' ').trim()).toBe(
					variant.origin ? `This page: ${variant.origin}${SECTION}` : `This page: ${SECTION} (put the site’s address in front of it)`,
				);
				await context.close();
			});

			it('with JavaScript on, citations and the printed line give the address the page is read at, and no other local one', async () => {
				const { page, context, errors } = await openPage(browser);
				for (const [path, prefix] of [
					[SECTION, 'cite-page'],
					[TERM, 'cite-page'],
					['/about/', 'cite-site'],
				] as const) {
					await page.goto(server.url(path));
					await openCiteThis(page);
					const url = `${expected()}${path === '/about/' ? '/' : path}`;
					for (const style of citationStyles) {
						const text = (await page.locator(`#${prefix}-${style}`).textContent()) ?? '';
						expect(text, `${path} ${style}`).toContain(style === 'mla' ? url.replace(/^https?:\/\//, '') : url);
					}
					expect(localAddresses(await page.content(), server.origin), path).toEqual([]);
				}
				await page.goto(server.url(SECTION));
				// The page's own script writes the address once it starts, after the first paint.
				await siteAddressFilled(page);
				expect((await page.locator('.print-address').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
					`This page: ${expected()}${SECTION}`,
				);
				expect(errors).toEqual([]);
				await context.close();
			});

			it('copies exactly the citation shown, and the copied BibTeX reads in biblatex with its access date', async () => {
				const { page, context } = await openPage(browser);
				await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
				await page.goto(server.url(SECTION));
				await openCiteThis(page);
				for (const [style, name] of [
					['apa', 'APA'],
					['mla', 'MLA'],
					['chicago', 'Chicago'],
					['bibtex', 'BibTeX'],
				] as const) {
					await chooseCitation(page, name);
					await page.getByRole('button', { name: `Copy ${name} citation` }).click();
					await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
					const copied = await page.evaluate(() => navigator.clipboard.readText());
					// What a reader sees: the rendered text, with hidden parts left out.
					const shown = await page.locator(`#cite-page-${style}`).innerText();
					expect(copied, style).toBe(style === 'bibtex' ? shown : shown.replace(/\s+/g, ' ').trim());
					expect(copied, style).toContain(
						style === 'mla' ? `${expected()}${SECTION}`.replace(/^https?:\/\//, '') : `${expected()}${SECTION}`,
					);
					if (style === 'bibtex') {
						const parsed = new BibLatexParser(copied, { processUnexpected: true, processUnknown: true }).parse();
						// The parser takes an address with a bare IP for a malformed one: that is the test server's, not the site's.
						const problems = [...parsed.errors, ...parsed.warnings].filter(
							(p) => !(p.type === 'unknown_uri' && !variant.origin && String(p.value).startsWith(server.origin)),
						);
						expect(problems).toEqual([]);
						expect(copied).toMatch(/ {2}urldate = \{\d{4}-\d{2}-\d{2}\},\n/);
					}
					await page.evaluate(() => navigator.clipboard.writeText(''));
				}
				await context.close();
			});

			it('prints the address the page is read at, and no other local one', async () => {
				for (const javaScriptEnabled of [true, false]) {
					const { page, context } = await openPage(browser, { javaScriptEnabled });
					await page.goto(server.url(SECTION));
					// With JavaScript, a build without an address fills in the reader's once its small script has
					// run: print what the reader sees by then, not the page as the first byte left it.
					if (javaScriptEnabled) await siteAddressFilled(page);
					const text = asOneLine(await printedPages(page));
					const line =
						variant.origin || javaScriptEnabled
							? `This page: ${expected()}${SECTION}`
							: `This page: ${SECTION} (put the site’s address in front of it)`;
					expect(text, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toContain(line);
					expect(localAddresses(text, javaScriptEnabled ? server.origin : undefined)).toEqual([]);
					await context.close();
				}
			});
		});
	});
}
