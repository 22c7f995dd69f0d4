import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlPages, pageScriptSources, readHtml, requireDist } from '../support/dist';

// astro.config.mjs groups the browser's modules into files by regular expressions over module
// ids, and leaves the script every page runs to Rolldown. An upgrade that renames a module, or
// changes how Rolldown splits, leaves a group empty or splits the files again, and nothing else
// says so (the page-weight budget only sometimes). These tests check on the built files what each
// group, and the every-page script, is there for, so a grouping that stops holding fails here.

const assets = join(distDir, '_astro');

/** A built script's imports: static (fetched before it runs) and dynamic (fetched on first use), as files of _astro/. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
	const [imports] = parse(readFileSync(join(assets, file), 'utf8'));
	const named = (dynamic: boolean) =>
		imports
			.filter((i) => (i.d !== -1) === dynamic && i.n)
			.map((i) => i.n!.replace(/^\.\//, ''))
			.filter((n) => !n.includes('/'));
	return { static: named(false), dynamic: named(true) };
}

/** A script file and every file it imports statically, as the browser fetches them. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const next of importsOf(file).static) staticClosure(next, seen);
	return seen;
}

/** The _astro/ files a page names as scripts it runs (the every-page one waits in a <template>). */
const pageScripts = (file: string) => pageScriptSources(fromHtml(readHtml(file))).map((src) => src.replace(/^.*\/_astro\//, ''));

/** The built file of a chunk group, by the group's name in astro.config.mjs. */
const chunk = (name: string) => readdirSync(assets).filter((f) => new RegExp(`^${name}\\.[\\w-]{8}\\.js$`).test(f));

describe('the chunk groups of astro.config.mjs, on the built files', () => {
	beforeAll(async () => {
		requireDist();
		await init;
	});

	it('every page loads its one shared script, which holds the preload helper and imports nothing before it runs', () => {
		const pages = htmlPages();
		const shared = pages.map((p) => new Set(pageScripts(p.file))).reduce((a, b) => new Set([...a].filter((f) => b.has(f))));
		expect([...shared]).toHaveLength(1);
		const [everyPage] = [...shared];
		expect(importsOf(everyPage!).static).toEqual([]);
		// The helper every import() goes through is in it, not a file of its own that costs every page a request.
		expect(readdirSync(assets).filter((f) => /preload-helper/.test(f))).toEqual([]);
		// Its tools load on first use, so they are files of their own.
		expect(importsOf(everyPage!).dynamic.length).toBeGreaterThan(1);
	});

	it('opening search loads the search app as one file, beside the tokenizer and the nearest-links code (groups "search", "search-query", "nearest-links")', () => {
		const [search] = chunk('search');
		const [query] = chunk('search-query');
		const [nearest] = chunk('nearest-links');
		expect([search, query, nearest].every(Boolean), readdirSync(assets).join(', ')).toBe(true);
		expect([...staticClosure(search!)].sort()).toEqual([nearest, query, search].sort());
		// /search/ runs only the every-page script, which starts the app there from that one file
		// once the page is painted (src/scripts/every-page.ts), as the opener does everywhere else.
		const searchPage = htmlPages().find((p) => p.path === '/search/')!;
		const [everyPage, ...more] = pageScripts(searchPage.file);
		expect(more).toEqual([]);
		expect(importsOf(everyPage!).dynamic).toContain(search);
	});

	it('only search loads the search app: the 404 page gets the nearest-links code, a result’s highlighting the tokenizer (groups "nearest-links", "search-query")', () => {
		const [search] = chunk('search');
		const notFound = htmlPages().find((p) => p.path === '/404.html')!;
		const closure = new Set(pageScripts(notFound.file).flatMap((f) => [...staticClosure(f)]));
		expect(closure.has(chunk('nearest-links')[0]!)).toBe(true);
		expect(closure.has(search!)).toBe(false);
		// Every other file, the highlighting a search result opens among them, loads without it.
		const loadsSearch = readdirSync(assets)
			.filter((f) => f.endsWith('.js') && f !== search && !f.startsWith('search.astro'))
			.filter((f) => staticClosure(f).has(search!));
		expect(loadsSearch).toEqual([]);
		expect(staticClosure(readdirSync(assets).find((f) => /^highlight\./.test(f))!).has(chunk('search-query')[0]!)).toBe(true);
	});
});
