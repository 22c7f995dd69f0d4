import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { distDir, htmlPages, isSectionPath, readHtml, requireDist } from '../support/dist';
import { loadContent } from '../../src/content/load';
import { sourceTypes } from '../../src/schemas/source';
import { sourceTypeGroups } from '../../src/site/labels';

// Issue 12 §2: /sources/ grouped by kind of source, so a reader sees the quality of each at a
// glance, and each chapter page's sources listed in the same order.

const content = loadContent(join(process.cwd(), 'content'));
const typeOf = (id: string) => content.sources.get(id)!.value.type;
const rank = (id: string) => sourceTypes.indexOf(typeOf(id));

describe('the sources, grouped by kind', () => {
	requireDist();

	it('says on /sources/ how many works are cited and how many are copies on weak hosts', () => {
		const page = fromHtml(readHtml(join(distDir, 'sources', 'index.html')));
		const weak = [...content.sources.values()].filter((s) => s.value.type === 'other').length;
		const count = toString(select('.sources-count', page)!).replace(/\s+/g, ' ');
		expect(count).toContain(`${content.sources.size} works are cited. ${weak} of them`);
		expect(selectAll('section[aria-labelledby="type-other"] li[id]', page)).toHaveLength(weak);
	});

	it('puts every source on /sources/ under the heading of its kind, the kinds in one fixed order', () => {
		const page = fromHtml(readHtml(join(distDir, 'sources', 'index.html')));
		const groups = selectAll('section[aria-labelledby^="type-"]', page);
		const kinds = groups.map((g) => String(g.properties.ariaLabelledBy).replace(/^type-/, ''));
		expect(kinds).toEqual(sourceTypes.filter((t) => [...content.sources.values()].some((s) => s.value.type === t)));
		const misplaced = groups.flatMap((g) => {
			const kind = String(g.properties.ariaLabelledBy).replace(/^type-/, '');
			expect(
				select('h2', g)
					?.children.map((c) => ('value' in c ? c.value : ''))
					.join(''),
			).toBe(sourceTypeGroups[kind as keyof typeof sourceTypeGroups].heading);
			return selectAll('ul.sources > li[id]', g)
				.map((li) => String(li.properties.id))
				.filter((id) => typeOf(id) !== kind)
				.map((id) => `${id} is a ${typeOf(id)} source under ${kind}`);
		});
		expect(misplaced).toEqual([]);
		const listed = groups.flatMap((g) => selectAll('ul.sources > li[id]', g).map((li) => String(li.properties.id)));
		expect(listed.sort()).toEqual([...content.sources.keys()].sort());
	});

	it('lists each chapter page’s sources in the same order of kinds, under their kind’s heading, numbered on across kinds', () => {
		for (const { path, file } of htmlPages(distDir).filter((p) => isSectionPath(p.path))) {
			const list = select('.source-list-compact details', fromHtml(readHtml(file)));
			const items = selectAll('li', list!);
			expect(items.length, path).toBeGreaterThan(0);
			const ids = items.map((li) => String(select('.source-line a', li)?.properties.href).replace(/^.*#/, ''));
			const ranks = ids.map(rank);
			expect(ranks, path).toEqual([...ranks].sort((a, b) => a - b));
			// Each list of works follows the heading of its kind, and starts at the number after the last.
			const children = list!.children.filter((c): c is Element => c.type === 'element');
			let next = 1;
			for (const [i, ol] of children.entries()) {
				if (ol.tagName !== 'ol') continue;
				const heading = children[i - 1]!;
				expect(heading.tagName, path).toBe('h3');
				const works = selectAll('li', ol).map((li) => String(select('a', li)?.properties.href).replace(/^.*#/, ''));
				for (const id of works) expect(toString(heading), `${path} ${id}`).toBe(sourceTypeGroups[typeOf(id)].heading);
				expect(Number(ol.properties.start), path).toBe(next);
				next += works.length;
			}
			expect(next - 1, path).toBe(items.length);
		}
	});

	it('prints every source’s address as a reader can type it: the letters a page’s name spells, not their escapes', () => {
		// Escapes of one letter written in two bytes or more of UTF-8 (%E6%B5%99 is 浙).
		const escapedLetter = /(?:%[89A-F][0-9A-F]){2,}/i;
		const printed = htmlPages(distDir).flatMap(({ path, file }) => {
			const page = fromHtml(readHtml(file));
			return [
				// A section's compact list prints each work's details from data-details (print.css).
				...selectAll('.source-line[data-details]', page).map((li) => String(li.properties.dataDetails)),
				// A full list prints each work's link address: its data-address where there is one, else its href.
				...selectAll('.source-list a[href^="http"]', page).map((a) => String(a.properties.dataAddress ?? a.properties.href)),
			].map((text) => ({ path, text }));
		});
		expect(printed.filter(({ text }) => escapedLetter.test(text)).map(({ path, text }) => `${path}: ${text}`)).toEqual([]);
		// Some addresses do name their page in Chinese, and those are printed in its letters.
		expect(printed.filter(({ text }) => /https?:\/\/\S*\p{Script=Han}/u.test(text)).length).toBeGreaterThan(0);
	});
});
