import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// Astro drops the line break between text and a following tag in templates, so "analysis" and a
// link on the next line can render as "analysis“Governing…”", and "the entries at" and a path in
// <code> as "the entries at/glossary/<id>/" (the data page did). Links, and the inline elements
// that hold words, never start or end mid-word. A ¶ or # permalink is no word: it follows the text
// with no space on purpose, set off by its margin, so it never wraps alone (rehype-permalinks.ts).
const inline = 'a|code|abbr|em|strong|time|cite|q|kbd|i|b|dfn';
const gluedWord = new RegExp(
	`[A-Za-z]<(?:${inline})(?![^>]*class="permalink")(?:\\s[^>]*)?>[^<]{0,20}|</(?:${inline})>[A-Za-z][^<]{0,20}`,
	'g',
);

describe('spacing around links and inline text in every built page', () => {
	requireDist();
	it('no word runs straight into or out of a link, code, an abbreviation, a date or emphasis', () => {
		const glued: string[] = [];
		for (const { path, file } of htmlPages(distDir)) {
			const body = readHtml(file).replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
			for (const m of body.matchAll(gluedWord)) glued.push(`${path}: ${m[0]}`);
		}
		expect(glued).toEqual([]);
	});
});
