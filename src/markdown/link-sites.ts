import type { Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { Located } from '../content/read';
import { isMdxJsx, jsxAttribute } from './mdx-nodes';

/** A link a content file writes: its href as the built page has it, and the line it is written on. */
export interface LinkSite {
	href: string;
	line: number;
}

/**
 * Every content file's links, by the file's absolute path: recorded while each file is compiled
 * (Markdown and MDX, `rehypeLinkSites`) or read (YAML, `yamlLinkSites`), so the link check
 * (src/integrations/link-check.ts) names the line that wrote a broken link from the parser's own
 * positions, and every line that wrote it, however often the same address appears.
 */
export type LinkSites = Map<string, LinkSite[]>;

/**
 * Records each link of a compiled page with the line that wrote it. Last among the plugins, so
 * the hrefs are those the page is built with. A link a plugin made (a term's) has no position of
 * its own: it is on the line of the nearest written node around it.
 */
export function rehypeLinkSites(options: { sites: LinkSites }) {
	return (tree: Root, file: VFile) => {
		if (!file.path) return;
		const found: LinkSite[] = [];
		visitParents(tree, (node, ancestors) => {
			const href =
				node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string'
					? node.properties.href
					: isMdxJsx(node) && node.name === 'a'
						? jsxAttribute(node, 'href')
						: undefined;
			if (href === undefined) return;
			const line = [...ancestors, node].findLast((n) => n.position)?.position?.start.line;
			if (line !== undefined) found.push({ href, line });
		});
		// Replaced, not added to: the dev server compiles a file again after each edit.
		options.sites.set(file.path, found);
	};
}

/**
 * The links of YAML content files whose values a page prints as links (a chapter's gist, a
 * teaching kit's answers): every string value, with the line the reader's positions give it.
 * Only a value that equals a broken link's href is ever looked up.
 */
export function yamlLinkSites(files: readonly Located<unknown>[], root: string): LinkSites {
	const sites: LinkSites = new Map();
	for (const located of files) {
		const path = `${root.replace(/\/?$/, '/')}${located.file}`;
		const found = sites.get(path) ?? [];
		for (const [href, at] of strings(located.value)) found.push({ href, line: located.lineOf(at) });
		sites.set(path, found);
	}
	return sites;
}

/** Each string in a YAML value, with its path of keys and indexes. */
function strings(value: unknown, at: PropertyKey[] = []): [string, PropertyKey[]][] {
	if (typeof value === 'string') return [[value, at]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...at, i]));
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
	return [];
}
