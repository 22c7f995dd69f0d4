import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { htmlPages, readHtml } from './dist';

/**
 * Every internal link and fragment of a build that does not resolve: the target file must exist
 * in `dir` and, for "#id", the target page must have that id. `base` is the sub-path the build
 * was made for; a link outside it is broken by definition.
 */
export function brokenLinks(dir: string, base = '/'): string[] {
	const pages = htmlPages(dir);
	const ids = new Map<string, Set<string>>();
	const trees = pages.map((p) => ({ ...p, tree: fromHtml(readHtml(p.file)) }));
	for (const p of trees) ids.set(p.path, new Set(selectAll('[id]', p.tree).map((el) => String(el.properties.id))));

	const broken: string[] = [];
	for (const p of trees) {
		const pageUrl = new URL(`${base.replace(/\/$/, '')}${p.path}`, 'http://site.test');
		for (const el of selectAll('a[href], link[href], script[src], img[src]', p.tree)) {
			const raw = String(el.properties.href ?? el.properties.src);
			const url = new URL(raw, pageUrl);
			if (url.origin !== 'http://site.test') continue;
			if (!url.pathname.startsWith(base)) {
				broken.push(`${p.path}: "${raw}" is outside the base ${base}`);
				continue;
			}
			const sitePath = `/${url.pathname.slice(base.length)}`;
			const file = sitePath.endsWith('/') ? join(dir, sitePath, 'index.html') : join(dir, sitePath);
			if (!existsSync(file)) {
				broken.push(`${p.path}: "${raw}" → no file ${sitePath}`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !ids.get(sitePath)?.has(fragment)) broken.push(`${p.path}: "${raw}" → ${sitePath} has no id "${fragment}"`);
		}
	}
	return broken;
}
