import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultTreeAdapter, parse } from 'parse5';
import { ContentError, type Problem } from '../content/problems.ts';
import type { LinkSites } from '../markdown/link-sites.ts';

/** A link of a built page that leads nowhere. */
export interface BrokenLink {
	/** The page it is on, as a site path without the base ("/chapter-5/overview/"). */
	page: string;
	/** The link as written in the page. */
	href: string;
	/** What is missing, e.g. "/glossary/ has no id "x"". */
	reason: string;
}

/** Every HTML file of a build, as site paths ("/", "/glossary/cac/", "/404.html") and files. */
export function htmlPages(dir: string): { path: string; file: string }[] {
	return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
		.filter((f) => f.endsWith('.html'))
		.sort()
		.map((f) => {
			const rel = relative(dir, join(dir, f)).split('\\').join('/');
			const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
			return { path, file: join(dir, f) };
		});
}

/**
 * A page's ids, and the addresses its links, stylesheets, scripts and images load, as the HTML
 * parser makes each element: parse5 (the parser under hast's) is given a tree adapter that notes
 * them, so no tree is searched afterwards (searching it with selectors took longer than parsing).
 */
function idsAndAddresses(html: string): { ids: Set<string>; hrefs: string[] } {
	const ids = new Set<string>();
	const hrefs = new Set<string>();
	const loads: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src' };
	parse(html, {
		treeAdapter: {
			...defaultTreeAdapter,
			createElement(tagName, namespaceURI, attrs) {
				for (const { name, value, prefix } of attrs) {
					if (prefix) continue; // xlink:href and the like are not the attributes a link is followed by
					if (name === 'id') ids.add(value);
					else if (name === loads[tagName]) hrefs.add(value);
				}
				return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
			},
		},
	});
	return { ids, hrefs: [...hrefs] };
}

/**
 * Every internal link and fragment of a build that does not resolve: the target file must exist
 * in `dir` and, for "#id", the target page must have that id. `base` is the sub-path the build
 * was made for; a link outside it is broken by definition.
 */
export function brokenLinks(dir: string, base = '/'): BrokenLink[] {
	// Each page is parsed once and only its ids and addresses are kept: holding every page's tree
	// until the check ends grew the build's memory with the site (×100 content ran out of heap).
	const pages = htmlPages(dir).map((p) => ({ ...p, ...idsAndAddresses(readFileSync(p.file, 'utf8')) }));
	const ids = new Map(pages.map((p) => [p.path, p.ids]));
	// Every file and folder of the build, listed once: a look-up per link instead of a file system
	// call per link (a page has hundreds). A path not listed is still asked of the file system, so a
	// link is judged exactly as before.
	const built = new Set((readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => join(dir, f)));
	const exists = (path: string) => built.has(path) || existsSync(path);
	const broken: BrokenLink[] = [];
	for (const p of pages) {
		const pageUrl = new URL(`${base.replace(/\/$/, '')}${p.path}`, 'http://site.test');
		for (const href of p.hrefs) {
			const url = new URL(href, pageUrl);
			if (url.origin !== 'http://site.test') continue;
			const miss = (reason: string) => broken.push({ page: p.path, href, reason });
			if (!url.pathname.startsWith(base)) {
				miss(`it is outside the base ${base}`);
				continue;
			}
			const sitePath = `/${url.pathname.slice(base.length)}`;
			if (!exists(sitePath.endsWith('/') ? join(dir, sitePath, 'index.html') : join(dir, sitePath))) {
				miss(`no page ${sitePath} is built`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !ids.get(sitePath)?.has(fragment)) miss(`${sitePath} has no id "${fragment}"`);
		}
	}
	return broken;
}

/**
 * Stops the build on a link that leads nowhere ("Links are promises"), naming the content file and
 * line that wrote it. `sources` maps a page's site path to the content file it is built from
 * (relative to `root`); `sites` holds the links each content file writes, with their lines, as
 * recorded while compiling or reading it (src/markdown/link-sites.ts). A broken link on another
 * page, or one its file does not write, comes from the site's code.
 */
export function linkCheck(sources: ReadonlyMap<string, string>, sites: LinkSites, root: string): AstroIntegration {
	let base = '/';
	return {
		name: 'explainer:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir }) => {
				const problems = brokenLinkProblems(brokenLinks(fileURLToPath(dir), base), { sources, sites, root, base });
				if (problems.length > 0) throw new ContentError(problems);
			},
		},
	};
}

/**
 * What the build reports for its broken links: each content line that writes one (every line, when
 * a file writes the same address twice), else the page, for a link the site's code writes.
 */
export function brokenLinkProblems(
	broken: readonly BrokenLink[],
	where: { sources: ReadonlyMap<string, string>; sites: LinkSites; root: string; base: string },
): Problem[] {
	// A page writes a broken address as often as it links to it; each is reported once, by its lines.
	const once = [...new Map(broken.map((b) => [`${b.page} ${b.href}`, b])).values()];
	const traced = once.map((b) => ({ ...b, at: linesOf(b, where) }));
	// A page that gathers others (the whole-chapter print page) repeats their links: a link
	// already traced to its content file is not reported again from the gathering page.
	const tracedHrefs = new Set(traced.filter((b) => b.at.length > 0).map((b) => b.href));
	return traced
		.filter((b) => b.at.length > 0 || !tracedHrefs.has(b.href))
		.flatMap((b): Problem[] =>
			b.at.length > 0
				? b.at.map((at) => ({
						...at,
						field: 'link',
						message: `"${b.href}" leads nowhere: ${b.reason}`,
						fix: 'link to a page or id that exists (a heading’s # and a paragraph’s ¶ show its link), or, if the id moved, list it in content/redirects.yaml',
					}))
				: [
						{
							file: `src/ (the page ${b.page})`,
							line: 0,
							message: `the link "${b.href}" leads nowhere: ${b.reason}`,
							fix: 'correct the page or component that writes it',
						},
					],
		);
}

/** The content file and lines that write a broken link, if its page is built from one. */
function linesOf(
	link: BrokenLink,
	{ sources, sites, root, base }: { sources: ReadonlyMap<string, string>; sites: LinkSites; root: string; base: string },
): { file: string; line: number }[] {
	const file = sources.get(link.page);
	if (!file) return [];
	// A YAML value is a site path; its page prints it under the base.
	const sitePath = link.href.startsWith(base) ? `/${link.href.slice(base.length)}` : undefined;
	const lines = (sites.get(join(root, file)) ?? []).filter((s) => s.href === link.href || s.href === sitePath).map((s) => s.line);
	return [...new Set(lines)].map((line) => ({ file, line }));
}
