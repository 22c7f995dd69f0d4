import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { BibLatexParser } from 'biblatex-csl-converter';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';
import { sharedBuild, variants } from '../support/shared-build';
import { readContent } from '../../src/content/read';
import { site } from '../../src/site/config';
import { siteUrl } from '../../src/site/origin';

// Head metadata of every built page (canonical URL, Open Graph, Twitter card, JSON-LD), the
// sitemap and robots.txt: once for the build in dist/ (base "/", with the address src/site/origin.ts
// finds in this shell: usually none) and once for a build under a sub-path with SITE_URL set, where
// every absolute URL must carry both. With no address, everything that needs an absolute URL is
// left out (tests/build/site-address.test.ts builds each host's variant).

const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const sectionPaths = new Map(model.sections.map((s) => [`/${s.value.id}/`, s.value]));
const termPaths = new Map([...model.glossary.values()].map((t) => [`/glossary/${t.value.id}/`, t.value]));
const analysis = [...model.sources.values()].map((s) => s.value).find((s) => s.kind === 'analysis')!;

const meta = (tree: Root, key: string) => {
	const el = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
	return el ? String(el.properties.content) : undefined;
};
/** Width and height from a PNG's header, after its signature. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
	if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || png.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
const jsonLd = (tree: Root) =>
	selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(toString(s)) as Record<string, unknown>);

function describeBuild(name: string, dir: () => string, siteOrigin: string | undefined, base: string) {
	describe(name, () => {
		const root = siteOrigin ? new URL(base, siteOrigin).href : undefined;
		/** The absolute URL of a path, or undefined when the build has no address. */
		const url = (path: string) => (root ? new URL(path.slice(1), root).href : undefined);
		/** What citations give: the absolute URL, or the path from the site's root. */
		const cited = (path: string) => url(path) ?? `${base}${path.slice(1)}`;
		let pages: { path: string; tree: Root; html: string }[] = [];
		beforeAll(() => {
			pages = htmlPages(dir()).map((p) => {
				const html = readHtml(p.file);
				return { path: p.path, html, tree: fromHtml(html) };
			});
		});

		it(
			siteOrigin
				? 'gives every page a canonical URL, Open Graph and Twitter card tags, all absolute'
				: 'gives every page Open Graph and Twitter card tags, and no canonical URL or og:url',
			() => {
				expect(pages.length).toBeGreaterThan(40);
				for (const { path, tree } of pages) {
					const description = meta(tree, 'description');
					expect(description, path).toBeTruthy();
					expect(meta(tree, 'og:title'), path).toBeTruthy();
					expect(meta(tree, 'og:description'), path).toBe(description);
					expect(meta(tree, 'og:site_name'), path).toBe(site.title);
					// The site is written in American English (README, house rules).
					expect(meta(tree, 'og:locale'), path).toBe('en_US');
					expect(meta(tree, 'og:type'), path).toBe(sectionPaths.has(path) ? 'article' : 'website');
					// Every page has its share image (below), shown large.
					expect(meta(tree, 'twitter:card'), path).toBe('summary_large_image');
					expect(meta(tree, 'twitter:title'), path).toBe(meta(tree, 'og:title'));
					expect(meta(tree, 'twitter:description'), path).toBe(description);
					const canonical = selectAll('link[rel="canonical"]', tree).map((l) => String(l.properties.href));
					if (path === '/404.html' || !siteOrigin) {
						// The 404 page is served at every missing address; a build with no address has none to give.
						expect(canonical, path).toEqual([]);
						expect(meta(tree, 'og:url'), path).toBeUndefined();
						expect(meta(tree, 'robots'), path).toBe(path === '/404.html' ? 'noindex' : undefined);
					} else {
						expect(canonical, path).toEqual([url(path)]);
						expect(meta(tree, 'og:url'), path).toBe(url(path));
						expect(meta(tree, 'robots'), path).toBeUndefined();
					}
				}
			},
		);

		it('gives every page a 1200 × 630 PNG share image of its own, which the build made, described in its alt text', () => {
			// Absolute where the build knows its address; else the path from the site's root, the most it can say.
			const prefix = `${url('/') ?? base}og/`;
			const images = new Set<string>();
			for (const { path, tree } of pages) {
				const image = meta(tree, 'og:image');
				const alt = meta(tree, 'og:image:alt');
				expect(image?.startsWith(prefix) && image.endsWith('.png'), `${path}: ${image}`).toBe(true);
				expect(meta(tree, 'og:image:type'), path).toBe('image/png');
				expect(meta(tree, 'og:image:width'), path).toBe('1200');
				expect(meta(tree, 'og:image:height'), path).toBe('630');
				// The alt text names the page by its title and says whose site it is; X is given the same.
				expect(alt, path).toContain(meta(tree, 'og:title'));
				expect(alt, path).toContain(site.title);
				expect(meta(tree, 'twitter:image:alt'), path).toBe(alt);
				const file = join(dir(), 'og', image!.slice(prefix.length));
				expect(existsSync(file), `${path}: ${image} was not built`).toBe(true);
				expect(pngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
				images.add(image!);
			}
			// One image per page: no page borrows another's.
			expect(images.size).toBe(pages.length);
		});

		it('marks up each section as a schema.org Article based on the analysis, with its last update', () => {
			expect(sectionPaths.size).toBeGreaterThan(0);
			for (const [path, section] of sectionPaths) {
				const tree = pages.find((p) => p.path === path)!.tree;
				const article = jsonLd(tree).find((d) => d['@type'] === 'Article')!;
				expect(article, path).toMatchObject({
					'@context': 'https://schema.org',
					headline: section.title,
					dateModified: section.updated.toISOString().slice(0, 10),
					author: { '@type': 'Organization', name: site.title },
					isPartOf: { '@type': 'WebSite' },
					isBasedOn: { name: analysis.title, url: analysis.url, author: { '@type': 'Person', name: analysis.author } },
				});
				if (siteOrigin) expect(article, path).toMatchObject({ url: url(path), author: { url: url('/') }, isPartOf: { url: url('/') } });
				else for (const key of ['url', '@id', 'mainEntityOfPage']) expect(article, `${path} ${key}`).not.toHaveProperty(key);
				expect(meta(tree, 'article:modified_time'), path).toBe(section.updated.toISOString().slice(0, 10));
			}
		});

		it('marks up each glossary entry as a schema.org DefinedTerm of the glossary', () => {
			for (const [path, term] of termPaths) {
				const tree = pages.find((p) => p.path === path)!.tree;
				const [data] = jsonLd(tree).filter((d) => d['@type'] === 'DefinedTerm');
				expect(data, path).toMatchObject({ '@context': 'https://schema.org', name: term.term, description: term.short });
				if (siteOrigin) expect(data, path).toMatchObject({ '@id': url(path), url: url(path), inDefinedTermSet: url('/glossary/') });
				else {
					expect(data, path).not.toHaveProperty('url');
					expect(data, path).not.toHaveProperty('@id');
					expect(data!.inDefinedTermSet, path).toMatchObject({ '@type': 'DefinedTermSet' });
				}
				if (term.abbr) expect(data!.termCode).toBe(term.abbr);
			}
		});

		it('escapes "<" in every JSON-LD block, and every block parses', () => {
			for (const { path, html, tree } of pages) {
				for (const [, body] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g))
					expect(body, path).not.toContain('<');
				expect(() => jsonLd(tree), path).not.toThrow();
			}
		});

		it(
			siteOrigin ? 'lists every page but the 404 page in the sitemap, by canonical URL' : 'has no sitemap, which needs absolute URLs',
			() => {
				if (!siteOrigin) {
					expect(readdirSync(dir()).filter((f) => f.startsWith('sitemap'))).toEqual([]);
					return;
				}
				const index = readFileSync(join(dir(), 'sitemap-index.xml'), 'utf8');
				const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
				expect(sitemaps.length).toBeGreaterThan(0);
				const listed = sitemaps.flatMap((loc) => {
					expect(loc.startsWith(url('/')!), loc).toBe(true);
					const file = join(dir(), loc.slice(url('/')!.length));
					expect(existsSync(file), loc).toBe(true);
					return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
				});
				const expected = pages.filter((p) => p.path !== '/404.html').map((p) => url(p.path));
				expect([...listed].sort()).toEqual([...expected].sort());
			},
		);

		it('cites each section, each glossary entry and the site by their canonical URLs, or by path with no address', () => {
			for (const path of [...sectionPaths.keys(), ...termPaths.keys()]) {
				const tree = pages.find((p) => p.path === path)!.tree;
				expect(toString(select('#cite-page-apa', tree)!), path).toContain(`, from ${cited(path)}`);
				expect(toString(select('#cite-page-bibtex', tree)!), path).toContain(`url = {${cited(path)}}`);
			}
			const about = pages.find((p) => p.path === '/about/')!.tree;
			expect(toString(select('#cite-site-chicago', about)!).endsWith(` ${cited('/')}.`)).toBe(true);
		});

		it('writes BibTeX with no urldate until a reader’s browser knows the date: the HTML itself holds no placeholder field', () => {
			// What a reader without JavaScript copies, and what a text browser, a reader view or a
			// reference manager reading the page gets: the whole element, hidden parts and all.
			const entries = pages.flatMap(({ path, tree }) =>
				selectAll('pre[id$="-bibtex"]', tree).map((pre) => ({ path, bibtex: toString(pre) })),
			);
			// Each section and entry, the site (on About), and /compare/, which a policymaker cites as a page.
			expect(entries.length).toBe(sectionPaths.size + termPaths.size + 2);
			expect(entries.some((e) => e.path === '/compare/')).toBe(true);
			for (const { path, bibtex } of entries) {
				expect(bibtex, path).not.toMatch(/urldate|note = |\[date accessed\]/);
				expect(bibtex, path).toMatch(/^@misc\{[^,]+,\n[\s\S]*\n {2}url = \{[^}]+\},\n\}$/);
				// Without a site address the url field is a path, which the parser rightly calls no URI.
				const parsed = new BibLatexParser(bibtex, { processUnexpected: true, processUnknown: true }).parse();
				expect(
					[...parsed.errors, ...parsed.warnings].filter((p) => root || p.type !== 'unknown_uri'),
					path,
				).toEqual([]);
			}
		});

		it(
			siteOrigin
				? 'has a robots.txt that allows crawling and names the sitemap by its absolute URL'
				: 'has a robots.txt that allows crawling and names no sitemap',
			() => {
				const robots = readFileSync(join(dir(), 'robots.txt'), 'utf8');
				expect(robots).toMatch(/^User-agent: \*$/m);
				expect(robots).not.toMatch(/^Disallow: \/\S*/m);
				if (siteOrigin) expect(robots).toContain(`Sitemap: ${url('/sitemap-index.xml')}\n`);
				else expect(robots).not.toMatch(/Sitemap/);
			},
		);
	});
}

describeBuild(
	`metadata of the build in dist/ (site address: ${siteUrl(process.env) ?? 'none, as this shell sets none'})`,
	() => {
		requireDist();
		return distDir;
	},
	siteUrl(process.env),
	'/',
);

// dist/ usually has no address; when this shell gives it one, a build with none is read as well,
// so both kinds are always checked (it is the address test's build, made once per run).
if (siteUrl(process.env)) {
	describe('metadata of a build with no address', () => {
		let outDir = '';
		beforeAll(async () => {
			outDir = (await sharedBuild(variants.noAddress.env)).outDir;
		});
		describeBuild('with no address', () => outDir, undefined, '/');
	});
}

const { env: subPath, origin: subPathOrigin } = variants.underSubPath;
describe(`metadata of a build with SITE_URL=${subPathOrigin} and SITE_BASE=${subPath.SITE_BASE}`, () => {
	let outDir = '';
	beforeAll(async () => {
		outDir = (await sharedBuild(subPath)).outDir;
	});
	describeBuild('under the sub-path', () => outDir, subPathOrigin, subPath.SITE_BASE);
});
