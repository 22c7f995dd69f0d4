import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { matches, select } from 'hast-util-select';
import type { Element, Nodes } from 'hast';
import { hanSearchParts } from '../search/cjk';
import { indexExclude, type ResultType } from '../search/model';

/**
 * Build-time only: what Pagefind is given for one built page. The published HTML is never
 * changed; the indexer gets a copy without paragraph ids (withoutParagraphIds) and with two
 * <meta> tags added to its <head> (Pagefind reads metadata and filters anywhere in a page):
 * - the `type` filter (section, glossary or timeline), from the page's URL;
 * - `zh_parts`: the suffixes of every run of Chinese in the indexed text, so that inner parts
 *   of Chinese names are found (see search-cjk.ts) without adding text to the page itself,
 *   where screen readers would read it and excerpts would show it.
 */

/** Site paths without the base: "/glossary/cac/", "/timeline/", "/chapter-5/overview/". */
export function resultTypeOf(path: string): ResultType {
	if (/^\/glossary\/[^/]+\/$/.test(path)) return 'glossary';
	if (path === '/timeline/') return 'timeline';
	return 'section';
}

export const isIndexed = (html: string) => html.includes('data-pagefind-body');

const excluded = indexExclude.join(', ');

/** The text Pagefind will index: inside [data-pagefind-body], minus the excluded chrome. */
export function indexedText(html: string): string {
	const tree = fromHtml(html);
	const body = select('[data-pagefind-body]', tree);
	if (!body) return '';
	const parts: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'text') parts.push(node.value);
		if (node.type === 'element' && (node as Element).tagName !== 'script' && !matches(excluded, node as Element)) {
			for (const child of node.children) walk(child as Nodes);
		}
	};
	for (const child of body.children) walk(child as Nodes);
	return parts.join(' ');
}

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Headings (sub-results) and timeline events (data-pagefind-title) keep their ids; other ids are left out. */
const KEEPS_ID = /^h[1-6]$/;

/**
 * The ids Pagefind needs: those of headings and of elements with data-pagefind-title, which make
 * sub-results. Every other id (each paragraph has one) would only add its element's text to the
 * page's fragment a second time, and fragments are what a first search downloads.
 */
export function withoutParagraphIds(html: string): string {
	const start = html.indexOf('data-pagefind-body');
	if (start < 0) return html;
	const body = html
		.slice(start)
		.replace(/<([a-z][a-z0-9]*)\b([^>]*)>/g, (tag, name: string, attrs: string) =>
			KEEPS_ID.test(name) || attrs.includes('data-pagefind-title') ? tag : `<${name}${attrs.replace(/\sid="[^"]*"/, '')}>`,
		);
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
	return withoutParagraphIds(html.replace('</head>', `${metas.join('')}</head>`));
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
