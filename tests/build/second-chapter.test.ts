import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { htmlPages, readHtml } from '../support/dist';
import { fixtureContent, sharedBuild } from '../support/shared-build';

// A second chapter is content only (issue 26): the fixture site (tests/fixtures/content) has two
// chapters, chapter-2 added in content/book/chapters.yaml and content/sections/chapter-2/ and
// nowhere else, and its build must read as a two-chapter site to a reader: every page reached from
// the home page and its neighbours, found by search, and the works named as content names them.
// Nothing here is typed in src/: a src/ that assumed one chapter, or named the real site's book,
// analysis or publisher, fails below.

const fixtureBuild = await sharedBuild({}, { content: fixtureContent });
const built = fixtureBuild.outDir;
const page = (path: string): Root => fromHtml(readHtml(join(built, path, 'index.html')));
const text = (tree: Root, selector: string) =>
	toString(select(selector, tree) ?? fromHtml(''))
		.replace(/\s+/g, ' ')
		.trim();
const hrefs = (tree: Root, selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));

const chapterTwo = ['/chapter-2/register/', '/chapter-2/oversight/'];

describe('a second chapter, added as content only', () => {
	it('publishes a page for each of its sections, and its whole-chapter page for printing', () => {
		const paths = htmlPages(built).map((p) => p.path);
		expect(paths).toEqual(expect.arrayContaining([...chapterTwo, '/chapter-2/print/']));
		const printed = text(page('chapter-2/print'), 'main');
		expect(printed).toContain('The register of rules');
		expect(printed).toContain('Oversight through the register');
		expect(printed).not.toContain('The first section');
	});

	it('lists every page of both chapters on the home page, in reading order, and sums up each chapter', () => {
		const home = page('');
		expect(hrefs(home, '.reading-map a')).toEqual(['/chapter-1/first/', '/chapter-1/second/', ...chapterTwo]);
		// One list per chapter, each under the chapter's name.
		expect(selectAll('.reading-map', home).map((list) => selectAll('a', list).length)).toEqual([2, 2]);
		expect(selectAll('h2 + h3, .reading-map + h3', home).map((h) => toString(h))).toEqual([
			'Chapter\u00a01: The first chapter',
			'Chapter\u00a02: The second chapter',
		]);
		expect(selectAll('h2', home).map((h) => toString(h))).toContain('Read the chapters');
		expect(selectAll('.home-gist h2', home).map((h) => toString(h))).toEqual(['Chapter\u00a01 in brief', 'Chapter\u00a02 in brief']);
		// Its share card names no one chapter: the home page is the guide to both.
		const alt = selectAll('meta[property="og:image:alt"]', home).map((m) => String(m.properties.content));
		expect(alt).toEqual([
			'An annotated guide — Governing Cybersecurity, Explained — An annotated guide to chapters\u00a01\u00a0and\u00a02 of A test office’s 2023 book on testing a site',
		]);
		expect(text(home, '.lead')).toBe('An annotated guide to chapters 1 and 2 of A test office’s 2023 book on testing a site.');
		expect(text(home, 'main')).toContain(
			'This site explains its first and second chapters section by section, following A. Writer’s analysis',
		);
	});

	it('offers a teaching kit only where a section has one, and a section without one is no warning in the build', () => {
		// The fixture has one kit (chapter-1/first) for four sections, and no /compare/: Astro's getEntry
		// warned "Entry kits → chapter-2/register was not found" for each of the other three sections, and
		// "Entry pages → compare was not found" twice, burying the warnings an author needs to see.
		expect(selectAll('.section-kit-link a', page('chapter-1/first'))).toHaveLength(1);
		for (const path of ['chapter-1/second', ...chapterTwo.map((p) => p.slice(1, -1))])
			expect(selectAll('.section-kit-link', page(path)), path).toEqual([]);
		expect(fixtureBuild.output).not.toMatch(/was not found/);
	});

	it('leads from the last page of one chapter to the first of the next, and back, saying which chapter it goes to', () => {
		const endOfOne = page('chapter-1/second');
		expect(hrefs(endOfOne, '.pager a[rel="next"]')).toEqual(['/chapter-2/register/']);
		expect(text(endOfOne, '.pager a[rel="next"]')).toBe('Next: Chapter 2: Register');
		const startOfTwo = page('chapter-2/register');
		expect(hrefs(startOfTwo, '.pager a[rel="prev"]')).toEqual(['/chapter-1/second/']);
		expect(text(startOfTwo, '.pager a[rel="prev"]')).toBe('Previous: Chapter 1: Second');
		expect(hrefs(startOfTwo, '.pager a[rel="next"]')).toEqual(['/chapter-2/oversight/']);
		expect(text(startOfTwo, '.pager a[rel="next"]')).toBe('Next: Oversight');
		// Within a chapter a page counts its own chapter's parts; the reading order ends where the site does.
		expect(text(startOfTwo, '.pager-place')).toBe('Part 1 of 2 in this guide');
		expect(text(startOfTwo, '.eyebrow')).toMatch(/^Chapter 2 · Book\s+section\s+1/);
		expect(selectAll('.pager a[rel="prev"]', page('chapter-1/first'))).toEqual([]);
		expect(selectAll('.pager a[rel="next"]', page('chapter-2/oversight'))).toEqual([]);
	});

	it('links its glossary terms and sources, and the glossary entry lists where it mentions them', () => {
		const register = page('chapter-2/register');
		expect(hrefs(register, '.prose a')).toEqual(expect.arrayContaining(['/glossary/test-board/']));
		expect(text(register, '.prose .prov-context')).toContain('Example Gazette');
		expect(hrefs(page('glossary/test-board'), 'main a')).toEqual(
			expect.arrayContaining([expect.stringMatching(/^\/chapter-2\/register\/#p-/)]),
		);
	});

	it('is found by search: Pagefind indexed each of its pages with their words', () => {
		const fragments = join(built, 'pagefind', 'fragment');
		const indexed = new Map(
			readdirSync(fragments).map((file) => {
				const fragment = JSON.parse(
					gunzipSync(readFileSync(join(fragments, file)))
						.subarray(12)
						.toString('utf8'),
				) as { url: string; content: string };
				return [fragment.url.replace(/\.html$/, '/').replace(/\/index\/$/, '/'), fragment.content.replace(/\s+/g, ' ')];
			}),
		);
		expect(indexed.get('/chapter-2/register/')).toContain('marigold paper');
		expect(indexed.get('/chapter-2/oversight/')).toContain('a lighthouse over every rule');
	});

	it('names the book and the analysis as content does, in the footer and the passage labels', () => {
		const register = page('chapter-2/register');
		expect(text(register, '.site-footer')).toContain(
			'This site summarizes and annotates A. Writer’s analysis “A test analysis”, published by the Example Publisher, and the book chapters it discusses. It is an independent explainer, not affiliated with Example Publisher or A test office.',
		);
		expect(text(register, '.prose .prov-book .prov-label')).toBe('The book (A test office, 2023)');
		expect(text(page('chapter-2/oversight'), '.prose .prov-analysis .prov-label')).toBe('The analysis (Writer, Example Publisher)');
		const legend = text(register, '.legend dl');
		expect(legend).toContain('What chapters 1 and 2 of the book say: a test office’s book, written to test how the site names a book.');
		expect(legend).toContain('What A. Writer argues in “A test analysis”, her reading of the test chapters for Example Publisher');
		expect(text(page('teach/chapter-1/first/handout'), '#whose-words + p')).toBe(
			'Is the book, Writer’s analysis or the site speaking? Tick one, and note the words that told you.',
		);
	});

	it('speaks of its chapters in the plural where the site’s own words name them', () => {
		const home = page('');
		const header = selectAll('.site-header a', home).map((a) => [String(a.properties.href), toString(a).trim()]);
		expect(header).toContainEqual(['/chapter-1/first/', 'The chapters']);
		expect(text(home, 'main')).toContain('the rules and events the chapters build on');
		expect(text(page('map'), 'main')).toContain('The bodies the chapters name,');
	});

	it('says nothing of the real site’s book, chapter or analysis on any page or printed sheet: src/ names none of them', () => {
		const stylesheets = readdirSync(join(built, '_astro'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => ({ path: `/_astro/${f}`, file: join(built, '_astro', f) }));
		const leaks = [...htmlPages(built), ...stylesheets].flatMap(({ path, file }) =>
			[...readFileSync(file, 'utf8').matchAll(/.{0,40}(?:CSIS|Cary|\bCAC\b|[Cc]hapter[ -]5|fifth chapter).{0,40}/g)].map(
				(m) => `${path}: ${m[0]}`,
			),
		);
		expect(leaks).toEqual([]);
		// The foot of every printed sheet (print.css's @page box, its words from content).
		const foot = stylesheets.flatMap(({ file }) =>
			[...readFileSync(file, 'utf8').matchAll(/@bottom-left\{content:"([^"]*)"/g)].map((m) => m[1]),
		);
		expect(foot).toEqual([
			'Governing Cybersecurity, Explained: an independent explainer, not affiliated with Example Publisher or A test office. Site text CC BY 4.0.',
		]);
	});
});
