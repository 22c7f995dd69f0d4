import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
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

	it('lists each chapter page’s sources in the same order of kinds, each labelled with its kind', () => {
		for (const { path, file } of htmlPages(distDir).filter((p) => isSectionPath(p.path))) {
			const items = selectAll('.source-list-compact li', fromHtml(readHtml(file)));
			expect(items.length, path).toBeGreaterThan(0);
			const ids = items.map((li) => String(select('.source-line a', li)?.properties.href).replace(/^.*#/, ''));
			const ranks = ids.map(rank);
			expect(ranks, path).toEqual([...ranks].sort((a, b) => a - b));
			for (const [i, li] of items.entries())
				expect(
					select('.source-line .source-type', li)
						?.children.map((c) => ('value' in c ? c.value : ''))
						.join(''),
					`${path} ${ids[i]}`,
				).toBe(`${sourceTypeGroups[typeOf(ids[i]!)].label}:`);
		}
	});
});
