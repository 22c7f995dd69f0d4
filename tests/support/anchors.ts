import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { htmlPages, readHtml } from './dist.ts';

/** Page path → the ids on it that readers may link to. The page itself counts: its key is a promise too. */
export type AnchorManifest = Record<string, string[]>;

// What a published link can point at: headings, paragraphs, list items and notes of chapter pages (a
// note's id is on its body, inside its <details>), the rows of /compare/'s tables, timeline events,
// and glossary entries on the index. Moved ids (.anchor-alias) are redirects, not anchors, and the
// numbered works under a comparison table (.compare-source) are renumbered with its rows.
const linkable = [
	'main .prose :is(h2, h3, h4, h5, h6, p, li:not(.compare-source), tr, .note, .note-body)[id]',
	'main li.event[id]',
	'main .glossary-item[id]',
].join(', ');

export function publishedAnchors(dir: string): AnchorManifest {
	const manifest: AnchorManifest = {};
	for (const { path, file } of htmlPages(dir)) {
		if (path === '/404.html' || path.startsWith('/pagefind/')) continue;
		const ids = selectAll(linkable, fromHtml(readHtml(file)))
			.map((el) => String(el.properties.id))
			// A comparison table's numbered list of sources ("cmp-2-source-3") is renumbered whenever its
			// rows change: its ids serve the row's numbers on the page, and are never published.
			.filter((id) => !id.startsWith('ref-note-') && !/(^|--)cmp-\d+-/.test(id));
		manifest[path] = [...new Set(ids)].sort();
	}
	return manifest;
}

/** Every id on a page, including moved ids placed on their new targets. */
export function allIds(dir: string): Map<string, Set<string>> {
	return new Map(
		htmlPages(dir).map(({ path, file }) => [
			path,
			new Set(selectAll('[id]', fromHtml(readHtml(file))).map((el) => String(el.properties.id))),
		]),
	);
}
