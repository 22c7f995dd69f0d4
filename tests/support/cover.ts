import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { htmlPages, readHtml } from './dist';

/**
 * What a page is built from, as a browser check sees it: every element name with each of its
 * classes, roles and ARIA attributes ("a.term", "details", "span[role=img]", "[aria-current]").
 * Two pages with the same components differ only in their words.
 */
export function components(html: string): Set<string> {
	const found = new Set<string>();
	for (const el of selectAll('*', fromHtml(html))) {
		found.add(el.tagName);
		const classes = el.properties.className;
		for (const c of Array.isArray(classes) ? classes : []) found.add(`${el.tagName}.${String(c)}`);
		for (const [key, value] of Object.entries(el.properties)) {
			if (key === 'role') found.add(`${el.tagName}[role=${String(value)}]`);
			else if (/^aria[A-Z]/.test(key)) found.add(`[${key}]`);
		}
	}
	return found;
}

/**
 * The fewest pages (greedily chosen, in path order on ties) that between them hold every component
 * any page of the build has. Checks that cost seconds a page (axe) run on these; cheap checks
 * (html-validate, the Nu checker, links, the CSP run) still read every page.
 */
export function pagesCoveringEveryComponent(dir: string): { path: string; adds: number }[] {
	const pages = htmlPages(dir).map((p) => ({ path: p.path, parts: components(readHtml(p.file)) }));
	const uncovered = new Set(pages.flatMap((p) => [...p.parts]));
	const chosen: { path: string; adds: number }[] = [];
	while (uncovered.size > 0) {
		let best = pages[0]!;
		let bestGain = -1;
		for (const page of pages) {
			let gain = 0;
			for (const part of page.parts) if (uncovered.has(part)) gain++;
			if (gain > bestGain) [best, bestGain] = [page, gain];
		}
		chosen.push({ path: best.path, adds: bestGain });
		for (const part of best.parts) uncovered.delete(part);
	}
	return chosen;
}
