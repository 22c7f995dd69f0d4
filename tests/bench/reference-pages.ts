import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTypes, referencePath } from './pages';

/**
 * The same HTML with every script that runs removed (classic and module <script> elements, and
 * modulepreload links): the same text and CSS, no JavaScript. Data blocks stay: JSON-LD is the
 * page's metadata for search engines, which no browser runs, so it is part of the floor, not of
 * what JavaScript costs. Comparing a page's LCP with its reference's shows what the page's
 * JavaScript costs in rendering. Text edits only (no re-serialising), so every other byte is
 * the page's own. The HTML parser ends a script at the first "</script", so the lazy match is exact.
 */
export function stripScripts(html: string): string {
	return html
		.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (element, attributes: string) => (runs(attributes) ? '' : element))
		.replace(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, '');
}

/** Whether a <script> with these attributes runs: no type, "module", or a JavaScript MIME type (HTML's rule). */
function runs(attributes: string): boolean {
	const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
	const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
	return value === '' || value === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(value);
}

/**
 * Writes /bench-reference/<type>/index.html into a bench build for each page type. Pages use
 * root-relative asset URLs, so the copy one folder deeper loads the same CSS and fonts.
 * Pagefind has already run, so the copies are never indexed.
 */
export function writeReferencePages(buildDir: string): void {
	for (const { type, path } of pageTypes) {
		const html = readFileSync(join(buildDir, path, 'index.html'), 'utf8');
		const dir = join(buildDir, referencePath(type));
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), stripScripts(html));
	}
}
