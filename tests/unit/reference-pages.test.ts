import { describe, expect, it } from 'vitest';
import { stripScripts } from '../bench/reference-pages';

// The bench's no-JavaScript copy of a page (tests/bench/reference-pages.ts): the floor its budgets are ratios of.
describe('the no-JavaScript copy of a page', () => {
	const page = [
		'<head><script type="application/ld+json">{"@type":"Article"}</script>',
		'<script>document.documentElement.dataset.theme = "dark"</script>',
		'<script type="module" src="/_astro/a.js"></script>',
		'<script type="text/javascript">run()</script>',
		'<link rel="modulepreload" href="/_astro/b.js"></head><body><p>Text</p></body>',
	].join('');

	it('drops every script a browser runs, and modulepreload links', () => {
		const copy = stripScripts(page);
		expect(copy).not.toMatch(/dataset\.theme|_astro\/a\.js|run\(\)|modulepreload/);
		expect(copy).toContain('<p>Text</p>');
	});

	it('keeps JSON-LD, which no browser runs: it is metadata, part of the floor', () => {
		expect(stripScripts(page)).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
	});
});
