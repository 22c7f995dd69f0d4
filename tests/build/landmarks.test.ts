import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// A named <section> is a region landmark: screen readers list regions to jump between them. A
// region inside a region adds entries that say nothing the headings do not ("Where the chapter
// guide mentions it" held a region per chapter page, the map's relations one per group), so a
// page's regions sit side by side, and the parts inside one are found by their headings.

const isRegion = (el: Element) =>
	el.properties.role === 'region' ||
	(el.tagName === 'section' && (el.properties.ariaLabel !== undefined || el.properties.ariaLabelledBy !== undefined));

/** Each region inside another region, by its label. */
function nestedRegions(tree: Nodes): string[] {
	const out: string[] = [];
	const walk = (node: Nodes, inRegion: boolean) => {
		let inside = inRegion;
		if (node.type === 'element' && isRegion(node)) {
			if (inRegion) out.push(String(node.properties.ariaLabel ?? node.properties.ariaLabelledBy));
			inside = true;
		}
		if ('children' in node) for (const child of node.children) walk(child, inside);
	};
	walk(tree, false);
	return out;
}

describe('regions', () => {
	requireDist();

	it('puts no region inside another on any page', () => {
		const nested = htmlPages(distDir).flatMap(({ path, file }) =>
			nestedRegions(fromHtml(readHtml(file))).map((label) => `${path}: ${label}`),
		);
		expect(nested).toEqual([]);
	});

	it('finds a region inside a region (the check can fail)', () => {
		const tree = fromHtml(
			'<section aria-label="Outer"><section aria-labelledby="h"><h3 id="h">Inner</h3></section><section>Plain</section></section>',
		);
		expect(nestedRegions(tree)).toEqual(['h']);
	});
});
