import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// Astro drops the line break between text and a following tag in templates, so "analysis" and a
// link on the next line can render as "analysis“Governing…”". Links never start or end mid-word.
describe('spacing around links in every built page', () => {
	requireDist();
	it('no word runs straight into or out of a link', () => {
		const glued: string[] = [];
		for (const { path, file } of htmlPages(distDir)) {
			const body = readHtml(file).replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
			for (const m of body.matchAll(/[A-Za-z]<a\s[^>]*>[^<]{0,20}|<\/a>[A-Za-z][^<]{0,20}/g)) glued.push(`${path}: ${m[0]}`);
		}
		expect(glued).toEqual([]);
	});
});
