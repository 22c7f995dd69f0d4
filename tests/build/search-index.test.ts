import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// What Pagefind indexed is what a reader of the page sees: a result's excerpt never quotes a
// message the page keeps hidden until something happens (the notice that a followed link's
// passage has moved, say), and a search for its words never finds every page that carries it.

requireDist();

/** Each indexed page's text, by URL path, from the fragments Pagefind wrote (gzip, after a 12-byte signature). */
const indexed = new Map(
	readdirSync(join(distDir, 'pagefind', 'fragment')).map((file) => {
		const fragment = JSON.parse(
			gunzipSync(readFileSync(join(distDir, 'pagefind', 'fragment', file)))
				.subarray(12)
				.toString('utf8'),
		) as { url: string; content: string };
		return [fragment.url.replace(/\.html$/, '/').replace(/\/index\/$/, '/'), fragment.content.replace(/\s+/g, ' ')];
	}),
);

describe('the search index', () => {
	it('holds the sections, the glossary and the timeline', () => {
		expect([...indexed.keys()]).toEqual(
			expect.arrayContaining(['/chapter-5/systems-and-capacity-building/', '/glossary/cac/', '/timeline/']),
		);
	});

	it('leaves out what a page keeps hidden from its reader (so no excerpt quotes it)', () => {
		const leaks = htmlPages(distDir).flatMap(({ path, file }) => {
			const content = indexed.get(path);
			if (content === undefined) return [];
			return selectAll('[hidden]', fromHtml(readHtml(file)))
				.map((el) => toString(el).replace(/\s+/g, ' ').trim())
				.filter((text) => text.length > 20 && content.includes(text))
				.map(
					(text) =>
						`${path}: "${text.slice(0, 70)}…" is hidden on the page but indexed (src/search/model.ts, indexExclude, leaves out [hidden])`,
				);
		});
		expect(leaks).toEqual([]);
	});

	it('leaves out the reading time beside "In brief" ("About 17 minutes to read"), so no excerpt starts with it', () => {
		const times = htmlPages(distDir).flatMap(({ path, file }) =>
			indexed.has(path) ? selectAll('.reading-time', fromHtml(readHtml(file))).map((el) => ({ path, text: toString(el).trim() })) : [],
		);
		expect(times.length, 'the indexed pages show reading times to check').toBeGreaterThan(0);
		expect(times.filter(({ path, text }) => indexed.get(path)!.includes(text)).map(({ path, text }) => `${path}: "${text}"`)).toEqual([]);
	});

	it('leaves out the interface text a note ends with ("↑ Back to the text at note 1"), so no excerpt quotes it', () => {
		const backLinks = htmlPages(distDir).flatMap(({ path, file }) =>
			indexed.has(path)
				? selectAll('.note-back', fromHtml(readHtml(file))).map((el) => ({
						path,
						// The visible words, without the arrow and the note number read to screen readers.
						text: toString(el)
							.replace(/↑/g, '')
							.replace(/\s+/g, ' ')
							.trim()
							.replace(/ at note \d+$/, ''),
					}))
				: [],
		);
		expect(backLinks.length, 'the indexed pages have notes to check').toBeGreaterThan(0);
		expect(backLinks.filter(({ path, text }) => indexed.get(path)!.includes(text)).map(({ path, text }) => `${path}: "${text}"`)).toEqual(
			[],
		);
	});
});

describe('the site’s own pages in the names index', () => {
	const { sitePages } = JSON.parse(readFileSync(join(distDir, 'search-names.json'), 'utf8')) as {
		sitePages: { path: string; title: string; askedAsAt?: Record<string, string[]> }[];
	};

	it('are the pages the full-text index leaves out, each titled as its heading says and every heading it lands on there', () => {
		for (const { path, title, askedAsAt } of sitePages) {
			expect(indexed.has(`/${path}`), path).toBe(false);
			const html = readHtml(join(distDir, path, 'index.html'));
			const h1 = selectAll('h1', fromHtml(html)).map((h) => toString(h).trim());
			// A print page's tab says what kind of page it is after its heading: "… · Whole chapter".
			expect(
				h1.some((h) => title.startsWith(h)),
				`${path}: ${title} / ${h1.join(' | ')}`,
			).toBe(true);
			for (const id of Object.keys(askedAsAt ?? {})) expect(html, `${path}#${id}`).toContain(`id="${id}"`);
		}
		expect(sitePages.map((p) => p.path)).toEqual(expect.arrayContaining(['sources/', 'teach/', 'about/', 'changes/', 'data/']));
	});
});
