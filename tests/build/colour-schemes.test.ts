import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// The dark scheme changes colours and nothing else: every colour is a light-dark() pair
// (src/styles/base.css), and the theme button only sets `color-scheme`. The browser tests rely on
// it: they measure layout (where notes sit, what fits a phone) in one scheme and check colours
// (axe's colour rules) in both, rather than load and measure every page again in the dark.

/** The declarations of every rule whose selector matches `selector`, from minified CSS. */
const declarationsOf = (css: string, selector: RegExp) =>
	[...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
		.filter(([, sel]) => selector.test(sel!))
		.map(([, sel, body]) => ({ sel: sel!.trim(), body: body! }));

describe('the dark scheme changes colours only', () => {
	requireDist();
	const pages = htmlPages(distDir).map(({ path, file }) => ({ path, tree: fromHtml(readHtml(file)) }));
	const stylesheets = [
		...new Set(pages.flatMap(({ tree }) => selectAll('link[rel=stylesheet]', tree).map((l) => String(l.properties.href)))),
	].map((href) => ({ href, css: readFileSync(join(distDir, href), 'utf8') }));

	it('reads the stylesheets the pages link', () => expect(stylesheets.length).toBeGreaterThan(0));

	it('has no style for one scheme: no prefers-color-scheme query in a stylesheet or a page', () => {
		for (const { href, css } of stylesheets) expect(css.match(/[^{}]*prefers-color-scheme[^{}]*\{[^{}]*/g) ?? [], href).toEqual([]);
		for (const { path, tree } of pages) {
			const media = selectAll('[media]', tree).map((el) => String(el.properties.media));
			expect(
				media.filter((m) => /prefers-color-scheme/.test(m)),
				path,
			).toEqual([]);
		}
	});

	it('lets a chosen theme set color-scheme and nothing else', () => {
		const themed = stylesheets.flatMap(({ href, css }) => declarationsOf(css, /data-theme/).map((r) => ({ href, ...r })));
		expect(themed.length).toBeGreaterThan(0);
		for (const { href, sel, body } of themed)
			expect(body.split(';').filter(Boolean), `${href}: ${sel}`).toEqual([expect.stringMatching(/^color-scheme:/)]);
	});

	it('reads the scheme in a script only to name the theme button', () => {
		const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
		const reading = scripts.filter((f) => readFileSync(join(distDir, '_astro', f), 'utf8').includes('prefers-color-scheme'));
		for (const file of reading) expect(readFileSync(join(distDir, '_astro', file), 'utf8'), file).toContain('data-theme-toggle');
	});
});
