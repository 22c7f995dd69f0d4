import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// Issue 27's budgets that the built files decide on their own, before any browser: what a page
// without islands makes every reader download.

const KB = 1024;
/**
 * Bytes as the bench's server sends them: brotli at the `compression` middleware's default quality
 * (4), which is what `npm run bench` measures with Lighthouse (tests/support/server.ts).
 */
const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length;
/**
 * Lighthouse counts each response's headers as well as its body: 0.36 KB a script from the bench's
 * server (HTTP/1.1). The budget is on what Lighthouse reports, so each file is charged this much.
 */
const HEADERS = 400;
const SCRIPT_BUDGET = 1.5 * KB;

/**
 * Pages with islands of their own, which may ship more: the search app on /search/, and the
 * nearest-pages list on the 404 page. Chapter pages, glossary entries and the timeline fetch their
 * reading tools once the page has loaded and is idle, never as part of the page (the bench measures those).
 */
const islandPages = new Set(['/search/', '/404.html']);

/** A script file and every module it imports statically (what the browser fetches before running it). */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const [imports] = parse(readFileSync(join(distDir, file), 'utf8'));
	// d === -1: a static import; dynamic import() (d >= 0) loads later, and only where it is needed.
	for (const { n, d } of imports) if (d === -1 && n) withStaticImports(join(file, '..', n), seen);
	return seen;
}

describe('page weight in the built files', () => {
	requireDist();
	beforeAll(() => init);
	const pages = htmlPages(distDir).filter((p) => !p.path.startsWith('/pagefind/'));

	/** The scripts a page loads as it opens: its <script src> and modulepreload links, with their static imports. */
	const scriptsOf = (file: string) => {
		const tree = fromHtml(readHtml(file));
		const urls = [
			...selectAll('script[src]', tree).map((s) => String(s.properties.src)),
			...selectAll('link[rel~=modulepreload]', tree).map((l) => String(l.properties.href)),
		];
		const files = new Set<string>();
		for (const url of urls) for (const f of withStaticImports(url.replace(/^\//, ''))) files.add(f);
		return [...files];
	};

	it(`ships at most ${SCRIPT_BUDGET / KB} KB of JavaScript on a page without islands (brotli, with ${HEADERS} bytes of headers a file)`, () => {
		const over: string[] = [];
		let measured = 0;
		for (const { path, file } of pages) {
			if (islandPages.has(path)) continue;
			const scripts = scriptsOf(file);
			const bytes = scripts.reduce((sum, f) => sum + brotli(readFileSync(join(distDir, f))) + HEADERS, 0);
			if (bytes > SCRIPT_BUDGET) over.push(`${path}: ${(bytes / KB).toFixed(2)} KB in ${scripts.join(', ')}`);
			measured++;
		}
		expect(measured).toBeGreaterThan(10);
		expect(over).toEqual([]);
	});

	it('gives the island pages their islands, so the list above is still right', () => {
		for (const path of islandPages) {
			const page = pages.find((p) => p.path === path);
			expect(page, path).toBeDefined();
			expect(scriptsOf(page!.file).length, path).toBeGreaterThan(1);
		}
	});
});
