import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { foldSection } from '../../src/markdown/fold-section';

// A section's HTML as the chapter pages render it (heading wrapper with "#", paragraph with "¶",
// a note and its numbered link), folded into the whole-chapter page.
const section = [
	'<div class="heading-wrapper level-h2"><h2 id="critical-information-infrastructure">Critical information infrastructure</h2>',
	'<a class="permalink" href="#critical-information-infrastructure" aria-label="Link to the section">#</a></div>',
	'<p id="p-the-book-asks-industry">The book asks industry.<sup class="note-ref"><a href="#note-the-draft" id="ref-note-the-draft">1</a></sup>',
	'<a class="permalink" href="#p-the-book-asks-industry" aria-label="Link to this paragraph">¶</a></p>',
	'<span class="anchor-alias" id="p-old-opening"></span>',
	'<div class="note" role="note" id="note-the-draft"><details><summary id="s1">1. Correction</summary>',
	'<div aria-labelledby="s1"><p id="p-the-draft-was">The draft was released.</p><a href="#p-elsewhere">elsewhere</a>',
	'<a href="/glossary/cac/">CAC</a></div></details></div>',
	'<h3 id="sub">Sub</h3>',
].join('');

describe('folding a section into the whole-chapter page', () => {
	const folded = fromHtml(foldSection(section, { prefix: 'overview' }), { fragment: true });
	const ids = selectAll('[id]', folded).map((el) => String(el.properties.id));

	it('prefixes every id with the section, so two sections never share one', () => {
		expect(ids).toEqual([
			'overview--critical-information-infrastructure',
			'overview--p-the-book-asks-industry',
			'overview--ref-note-the-draft',
			'overview--p-old-opening',
			'overview--note-the-draft',
			'overview--s1',
			'overview--p-the-draft-was',
			'overview--sub',
		]);
		const other = fromHtml(foldSection(section, { prefix: 'systems' }), { fragment: true });
		const both = [...ids, ...selectAll('[id]', other).map((el) => String(el.properties.id))];
		expect(new Set(both).size).toBe(both.length);
	});

	it('points the section’s own links and references at the prefixed ids, and leaves others alone', () => {
		const hrefs = selectAll('a', folded).map((a) => String(a.properties.href));
		expect(hrefs).toEqual(['#overview--note-the-draft', '#p-elsewhere', '/glossary/cac/']);
		expect(selectAll('[aria-labelledby]', folded).map((el) => el.properties.ariaLabelledBy)).toEqual([['overview--s1']]);
	});

	it('drops the # and ¶ permalinks, which would link this page rather than the section', () => {
		expect(selectAll('a.permalink', folded)).toEqual([]);
	});

	it('moves every heading one level down, under the section’s title', () => {
		expect(selectAll('h2', folded)).toEqual([]);
		expect(selectAll('h3', folded).map((h) => h.properties.id)).toEqual(['overview--critical-information-infrastructure']);
		expect(selectAll('h4', folded).map((h) => h.properties.id)).toEqual(['overview--sub']);
	});
});
