import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { distDir, readHtml, requireDist } from '../support/dist';

// /sources/ lists every work the site cites (some 200), grouped by the kind of source. A reader
// looking for one by its author or title scans a group as a reference list is read: A to Z.

describe('the list of sources', () => {
	requireDist();
	const tree = fromHtml(readHtml(join(distDir, 'sources', 'index.html')));
	const groups = selectAll('main section:has(> ul.sources)', tree);
	/** What an entry starts with, as a reader sees it: its author (the words before its title), or its title where it has none; then its title. */
	const keyOf = (item: Element): [string, string] => {
		const article = (text: string) => text.trim().replace(/^(?:an?|the)\s+/i, '');
		const at = item.children.findIndex((c) => c.type === 'element' && c.tagName === 'cite');
		const title = article(toString(item.children[at]!));
		const author = article(
			item.children
				.slice(0, at)
				.map((c) => toString(c))
				.join('')
				.replace(/,\s*$/, ''),
		);
		return [author || title, title];
	};
	const inOrder = (a: [string, string], b: [string, string]) => a[0].localeCompare(b[0], 'en') || a[1].localeCompare(b[1], 'en');

	it('lists each kind of source A to Z by what its entries start with, the author or else the title', () => {
		expect(groups.length).toBeGreaterThan(3);
		for (const group of groups) {
			const starts = selectAll(':scope > ul.sources > li', group).map(keyOf);
			const heading = toString(selectAll('h2', group)[0]!);
			expect(starts.length, heading).toBeGreaterThan(1);
			expect(starts, heading).toEqual([...starts].sort(inOrder));
		}
	});
});
