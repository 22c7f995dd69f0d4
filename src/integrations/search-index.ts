import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { matches, select } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';
import { hanSearchParts } from '../search/cjk';
import { APPARATUS_MARKER, indexExclude, PASSAGE_MARKER, resultTypeOf, ROW_MARKER, SECTION_END, TABLE_MARKER } from '../search/model';
import type { NamesIndex } from '../search/names';

/**
 * Build-time only: what Pagefind is given for one built page. The published HTML is never
 * changed; the indexer gets a copy with only the anchors search links to (indexAnchors), with
 * labels and cells kept apart (separateBlocks), and with <meta> tags added to its <head>
 * (Pagefind reads metadata and filters anywhere in a page):
 * - the `type` filter (section, glossary or timeline), from the page's URL;
 * - `zh_parts`: the suffixes of every run of Chinese in the indexed text, so that inner parts
 *   of Chinese names are found (see src/search/cjk.ts) without adding text to the page itself,
 *   where screen readers would read it and excerpts would show it.
 */

// The type of a result by its path, shared with the browser (which reads the names index's `results`).
export { resultTypeOf };

export const isIndexed = (html: string) => html.includes('data-pagefind-body');

const excluded = indexExclude.join(', ');

/** The text Pagefind will index: inside [data-pagefind-body], minus the excluded chrome. */
export function indexedText(html: string): string {
	// parse5 and fromParse5 without a file, not fromHtml: this needs no source positions, and
	// recording them was most of the parse (8.6 against 4.0 ms a page, on a ×10 copy's pages).
	const tree = fromParse5(parse(html));
	const body = select('[data-pagefind-body]', tree);
	if (!body) return '';
	const parts: string[] = [];
	visit(body, (node) => {
		if (node.type === 'text') parts.push(node.value);
		// The body itself is indexed whatever it is; inside it, scripts and the excluded chrome are not.
		else if (node !== body && node.type === 'element' && (node.tagName === 'script' || matches(excluded, node))) return SKIP;
	});
	return parts.join(' ');
}

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Headings (sub-results) and timeline events (data-pagefind-title) keep their ids. */
const KEEPS_ID = /^h[1-6]$/;
/** Paragraphs and list items of a chapter page carry ids like "p-the-cac-wants-industry-and" (src/markdown/rehype-anchors.ts). */
const PARAGRAPH_ID = /^p-[a-z0-9-]+$/;

/**
 * The anchors search needs, and no more. Headings and timeline events (data-pagefind-title) keep
 * their ids: they make sub-results. A paragraph's id moves to an empty marker at its start, so a
 * result can link to the paragraph that answers (src/search/passages.ts) while the fragment holds
 * only the id and its place: Pagefind records an anchor's own text too, and a paragraph's would
 * put its words in the fragment a second time (fragments are most of what a first search
 * downloads). The marker's element says whose words the paragraph is: a passage of the book, the
 * analysis or the site's context (inside a provenance block) or the page's own apparatus (key
 * takeaways, questions for discussion), which sums up or asks and is a poorer place to land.
 * A /compare/ row's question and its table are marked too (ROW_MARKER, TABLE_MARKER). Every other
 * id (a moved passage's old one, a card's) is left out.
 */
export function indexAnchors(html: string): string {
	const start = html.indexOf('data-pagefind-body');
	if (start < 0) return html;
	// Whether each open <div> is, or is inside, a provenance block (<div class="prov prov-book">).
	const divs: boolean[] = [];
	// A /compare/ row's id, from its <tr> to its question cell; then whether that cell's question is open.
	let row: string | undefined;
	let question = false;
	const body = html.slice(start).replace(/<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/g, (tag, close: string, name: string, attrs: string) => {
		// The question ends where the cell's next element (its "#" link) or the cell itself does.
		const ended = question ? `</${ROW_MARKER}>` : '';
		question = false;
		if (row !== undefined && name === 'th' && !close && attrs.includes('scope="row"')) {
			const marked = `${tag}<${ROW_MARKER} id="${row}">`;
			row = undefined;
			question = true;
			return marked;
		}
		if (name === 'div') {
			if (close) divs.pop();
			else divs.push(divs.at(-1) === true || /\sclass="prov[\s"]/.test(attrs));
			return ended + tag;
		}
		if (close || KEEPS_ID.test(name) || attrs.includes('data-pagefind-title')) return ended + tag;
		const id = /\sid="([^"]*)"/.exec(attrs)?.[1];
		if (id === undefined) return ended + tag;
		const rest = `<${name}${attrs.replace(/\sid="[^"]*"/, '')}>`;
		if (name === 'tr' && /\sclass="compare-row"/.test(attrs)) {
			row = id;
			return ended + rest;
		}
		if (name === 'table') return `${ended}<${TABLE_MARKER} id="${id}"></${TABLE_MARKER}>${rest}`;
		if ((name !== 'p' && name !== 'li') || !PARAGRAPH_ID.test(id)) return ended + rest;
		const marker = divs.at(-1) ? PASSAGE_MARKER : APPARATUS_MARKER;
		return `${ended}${rest}<${marker} id="${id}"></${marker}>`;
	});
	return html.slice(0, start) + body;
}

/**
 * Pagefind joins the text of neighbouring elements that are not paragraphs or headings without
 * a space, so a fact's label ran into its value ("Deadline to report1 hour") and table cells into
 * each other: the words "report1" and "measures2" were indexed, an excerpt read as nonsense, and
 * "1 hour" was not found there. A label ends with a colon, a cell with a space, and a value with a
 * full stop where it has none, before the end of the value or the list of its sources, so that an
 * excerpt across two facts reads as two ("to the CAC's office in their province. A protection …").
 */
export function separateBlocks(html: string): string {
	return (
		html
			.replace(/(?<!:\s*)<\/dt>/g, ': </dt>')
			// Before the end of the value, or before its sources (which are not indexed).
			.replace(/([^\s>.!?…;:])((?:\s*<\/[a-z][a-z0-9]*>)*\s*)(<\/dd>|<p class="(?:[^"]*\s)?source-refs[\s"])/g, '$1.$2$3')
			.replace(/<\/(dd|td|th|caption)>/g, ' </$1>')
	);
}

/**
 * After each <section> that search reads (not one Pagefind is told to skip), an empty marker
 * (SECTION_END): Pagefind records the place of every id, and its sections otherwise run from one
 * heading to the next, so the prose of a glossary entry would be read as part of its "Key facts".
 */
export function markSectionEnds(html: string): string {
	const start = html.indexOf('data-pagefind-body');
	if (start < 0) return html;
	const open: boolean[] = [];
	const body = html.slice(start).replace(/<section\b[^>]*>|<\/section>/g, (tag, at: number, rest: string) => {
		if (tag !== '</section>') {
			open.push(tag.includes('data-pagefind-ignore') || open.includes(true));
			return tag;
		}
		const skipped = open.pop();
		// Where another section or heading follows at once, it begins a section of its own anyway.
		const next = /^\s*<(section|h[1-6])\b/.test(rest.slice(at + tag.length));
		return skipped || next ? tag : `${tag}<i id="${SECTION_END}"></i>`;
	});
	return html.slice(0, start) + body;
}

export function prepareForIndex(html: string, path: string): string {
	const metas = [`<meta data-pagefind-filter="type[content]" content="${resultTypeOf(path)}">`];
	// A glossary entry's names metadata already holds its names' Chinese parts; list only the others.
	const named = new Set(/data-search-names="([^"]*)"/.exec(html)?.[1]?.split(' | ') ?? []);
	const zh = hanSearchParts([indexedText(html)])
		.split(' ')
		.filter((part) => part && !named.has(part))
		.join(' ');
	if (zh) metas.push(`<meta data-pagefind-meta="zh_parts[content]" content="${attr(zh)}">`);
	if (!html.includes('</head>')) throw new Error(`${path}: no </head> to add search metadata to`);
	return markSectionEnds(indexAnchors(separateBlocks(html.replace('</head>', `${metas.join('')}</head>`))));
}

/**
 * A version for the search files a build writes (Pagefind's entry file, the names index): a hash
 * of everything that decides them (content/, src/ and the locked dependencies). The browser asks
 * for them with it (`metaCacheTag`, `?v=`), so every page of a build asks for the same URLs and
 * may reuse a cached copy, and a build with other content asks for new ones. The same sources
 * always give the same version, so an unchanged site keeps its cached files.
 */
export function searchVersion(root: string, parts = ['content', 'src', 'package-lock.json']): string {
	const hash = createHash('sha256');
	const add = (path: string) => {
		if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
		else hash.update(path.slice(root.length)).update(readFileSync(path));
	};
	for (const part of parts) add(join(root, part));
	return hash.digest('hex').slice(0, 12);
}

/**
 * Which page each search result is: Pagefind's result ids are the names of its fragment files, so
 * once the index is written they are read back (gzip, after a 12-byte signature) and given to the
 * names index. Search can then tell a glossary entry, a rule that another replaced or the timeline
 * before it downloads a result's fragment, and list the results after the first few by title
 * without downloading theirs. A glossary entry's title is its term, which the names index has.
 */
export function resultsOf(fragmentDir: string): NonNullable<NamesIndex['results']> {
	const out: NonNullable<NamesIndex['results']> = {};
	for (const file of readdirSync(fragmentDir).sort()) {
		if (!file.endsWith('.pf_fragment')) continue;
		const fragment = JSON.parse(
			gunzipSync(readFileSync(join(fragmentDir, file)))
				.subarray(12)
				.toString('utf8'),
		) as {
			url: string;
			meta: { title?: string };
		};
		const id = file.replace(/\.pf_fragment$/, '');
		out[id] =
			resultTypeOf(fragment.url) === 'glossary'
				? { path: fragment.url }
				: { path: fragment.url, title: fragment.meta.title ?? fragment.url };
	}
	return out;
}
