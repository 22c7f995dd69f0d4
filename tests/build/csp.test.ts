import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { headerPolicy, metaPolicy } from '../../src/site/csp';
import { EVERY_PAGE_LOADER } from '../../src/site/every-page-loader';
import { distDir, htmlPages, pageScriptSources, readHtml, requireDist } from '../support/dist';
import { headerRules, headersFor } from '../support/server';

// The Content-Security-Policy as the built pages and the host headers carry it. The browser
// tests (tests/browser/csp.test.ts) prove the pages then run without a violation; these prove
// the policy is strict and that both delivery routes say the same thing.

/** Script types a browser never executes: data for the page, so no policy needs to allow them. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

const sources = (policy: string, directive: string) =>
	policy
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([name]) => name === directive)
		?.slice(1) ?? [];

describe('Content-Security-Policy', () => {
	requireDist();
	const pages = htmlPages(distDir).map(({ path, file }) => ({ path, tree: fromHtml(readHtml(file)) }));

	it('allows no inline script or style by keyword, and only what the site needs', () => {
		expect(sources(headerPolicy, 'script-src')).not.toContain("'unsafe-inline'");
		expect(sources(headerPolicy, 'script-src')).not.toContain("'unsafe-eval'");
		expect(sources(headerPolicy, 'style-src')).toEqual(["'self'"]);
		expect(sources(headerPolicy, 'default-src')).toEqual(["'self'"]);
		expect(sources(headerPolicy, 'object-src')).toEqual(["'none'"]);
		expect(sources(headerPolicy, 'frame-ancestors')).toEqual(["'none'"]);
		// frame-ancestors is ignored in <meta>, and Chrome logs an error for it there.
		expect(sources(metaPolicy, 'frame-ancestors')).toEqual([]);
	});

	it('puts the policy in every page, before any script or stylesheet', () => {
		const wrong = pages.flatMap(({ path, tree }) => {
			const head = select('head', tree);
			const first = head ? selectAll('meta[http-equiv], script, style, link[rel="stylesheet"]', head)[0] : undefined;
			const ok =
				first?.tagName === 'meta' &&
				String(first.properties.httpEquiv).toLowerCase() === 'content-security-policy' &&
				first.properties.content === metaPolicy;
			return ok ? [] : [path];
		});
		expect(wrong, 'pages whose first <head> policy/script/style is not the CSP meta tag from src/site/csp.ts').toEqual([]);
	});

	it('runs no inline script the policy does not allow by hash, and has no inline styles', () => {
		const allowed = new Set(sources(metaPolicy, 'script-src'));
		const problems = pages.flatMap(({ path, tree }) => {
			const found: string[] = [];
			for (const script of selectAll('script:not([src])', tree)) {
				const type = String(script.properties.type ?? '');
				if (DATA_TYPES.has(type)) continue;
				const hash = `'sha256-${createHash('sha256').update(toString(script)).digest('base64')}'`;
				if (!allowed.has(hash)) found.push(`${path}: inline <script${type ? ` type="${type}"` : ''}> ${toString(script).slice(0, 60)}…`);
			}
			for (const style of selectAll('style', tree)) found.push(`${path}: inline <style> ${toString(style).slice(0, 60)}…`);
			for (const el of selectAll('[style]', tree)) found.push(`${path}: style attribute on <${(el as Element).tagName}>`);
			return found;
		});
		expect(problems).toEqual([]);
	});

	it('starts the script every page runs from the loader the policy allows, with the address of a script the build wrote', () => {
		const loaderHash = `'sha256-${createHash('sha256').update(EVERY_PAGE_LOADER).digest('base64')}'`;
		expect(sources(metaPolicy, 'script-src')).toContain(loaderHash);
		const problems = pages.flatMap(({ path, tree }) => {
			const head = select('head', tree)!;
			const loader = selectAll('script:not([src])', head).some((s) => toString(s) === EVERY_PAGE_LOADER);
			const [src, ...more] = pageScriptSources({ type: 'root', children: selectAll('template[data-every-page]', head) });
			const found: string[] = [];
			if (!loader) found.push(`${path}: no EVERY_PAGE_LOADER in <head>`);
			if (!src || more.length) found.push(`${path}: <template data-every-page> should name one script, names ${[src, ...more].join(', ')}`);
			else if (!existsSync(join(distDir, src))) found.push(`${path}: ${src} is not in the build`);
			// And nothing else starts it: no module script of its own in the page.
			if (selectAll('script[src]', head).length) found.push(`${path}: a <script src> in <head>, fetched before the first paint`);
			return found;
		});
		expect(problems).toEqual([]);
	});

	it('is in the _headers file Netlify and Cloudflare Pages send, with the other security headers, on every page', async () => {
		const file = join(distDir, '_headers');
		expect(existsSync(file), 'dist/_headers is missing: src/integrations/host-headers.ts writes it').toBe(true);
		const rules = await headerRules(distDir);
		const wrong = htmlPages(distDir).flatMap(({ path }) => {
			const sent = headersFor(rules, path);
			const ok =
				sent['Content-Security-Policy'] === headerPolicy &&
				sent['X-Content-Type-Options'] === 'nosniff' &&
				sent['Referrer-Policy'] === 'strict-origin-when-cross-origin' &&
				/camera=\(\)/.test(sent['Permissions-Policy'] ?? '') &&
				sent['Cross-Origin-Opener-Policy'] === 'same-origin' &&
				sent['Cache-Control'] === undefined;
			return ok ? [] : [`${path}: ${JSON.stringify(sent)}`];
		});
		expect(wrong, 'pages not sent the document headers of src/site/host-headers.ts').toEqual([]);
	});

	it('leaves the document headers off scripts, stylesheets and search files, which ignore them', async () => {
		const rules = await headerRules(distDir);
		const html = readHtml(htmlPages(distDir)[0]!.file);
		const assets = [
			html.match(/\/_astro\/[^"]+\.css/)?.[0],
			html.match(/\/_astro\/[^"]+\.js/)?.[0],
			'/search-names.json',
			'/pagefind/pagefind.js',
			'/pagefind/wasm.en.pagefind',
		];
		expect(assets.every(Boolean), 'a page links a stylesheet and a script under /_astro/').toBe(true);
		const sent = assets.map((path) => [path, headersFor(rules, path!)] as const);
		expect(
			sent.filter(([, h]) => h['X-Content-Type-Options'] !== 'nosniff').map(([p]) => p),
			'responses without nosniff',
		).toEqual([]);
		expect(
			sent.filter(([, h]) => 'Content-Security-Policy' in h).map(([p]) => p),
			'non-documents sent a policy',
		).toEqual([]);
	});

	it('lets fingerprinted assets be cached for a year, and only those', async () => {
		const rules = await headerRules(distDir);
		const asset = readHtml(htmlPages(distDir)[0]!.file).match(/\/_astro\/[^"]+\.css/)?.[0];
		expect(asset, 'a page links a stylesheet under /_astro/').toBeDefined();
		expect(headersFor(rules, asset!)['Cache-Control']).toBe('public, max-age=31536000, immutable');
	});
});
