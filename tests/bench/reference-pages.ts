import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTypes, referencePath } from './pages';

/**
 * The same HTML with every <script> element and every modulepreload link removed: the same text
 * and CSS, no JavaScript. Comparing a page's LCP with its reference's shows what the page's
 * JavaScript costs in rendering. Text edits only (no re-serialising), so every other byte is
 * the page's own. The HTML parser ends a script at the first "</script", so the lazy match is exact.
 */
export function stripScripts(html: string): string {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
		.replace(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, '');
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
