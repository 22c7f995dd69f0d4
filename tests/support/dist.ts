import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { htmlPages as builtPages } from '../../src/integrations/link-check.ts';

/**
 * The production build that `npm test` makes before the site tests run. DIST_DIR points the
 * tests at another build (one made with `astro build --outDir …`), so two builds never share dist/.
 */
export const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : fileURLToPath(new URL('../../dist', import.meta.url));

export function requireDist(dir = distDir): void {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`${dir} has no build: run "npm run build" first (npm test does this for you)`);
	}
}

/** Every HTML file of a build, as URL paths ("/", "/glossary/cac/", "/404.html"): the link check's own list. */
export const htmlPages = (dir = distDir) => builtPages(dir);

export const readHtml = (file: string) => readFileSync(file, 'utf8');

/** A section page's path ("/chapter-5/overview/"), not a chapter's whole-chapter page ("/chapter-5/print/"). */
export const isSectionPath = (path: string) => /^\/chapter-\d+\/[^/]+\/$/.test(path) && !path.endsWith('/print/');

/**
 * The script files a page runs, as its HTML names them (a tree from hast-util-from-html): its
 * <script src> elements, and the script every page runs, which waits in <template data-every-page>
 * until the page's loader starts it after the first paint (src/site/every-page-loader.ts).
 */
export function pageScriptSources(tree: Root): string[] {
	const template = select('template[data-every-page]', tree) as (Element & { content?: Root }) | undefined;
	const waiting = template?.content ? selectAll('script[src]', template.content) : [];
	return [...waiting, ...selectAll('script[src]', tree)].map((s) => String(s.properties.src));
}
