import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Every HTML file of a build, as URL paths ("/", "/glossary/cac/", "/404.html"). */
export function htmlPages(dir = distDir): { path: string; file: string }[] {
	return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
		.filter((f) => f.endsWith('.html'))
		.sort()
		.map((f) => {
			const rel = relative(dir, join(dir, f)).split('\\').join('/');
			const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
			return { path, file: join(dir, f) };
		});
}

export const readHtml = (file: string) => readFileSync(file, 'utf8');

/** A section page's path ("/chapter-5/overview/"), not a chapter's whole-chapter page ("/chapter-5/print/"). */
export const isSectionPath = (path: string) => /^\/chapter-\d+\/[^/]+\/$/.test(path) && !path.endsWith('/print/');
