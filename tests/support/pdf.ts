import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * A page printed as a reader's Chromium prints it (print media, A4, no backgrounds), read back as a
 * student reading the printout would see it: poppler's pdftotext, one string per sheet. With
 * `layout: false`, text in the order it is drawn rather than as the columns of a sheet line up, so a
 * label set in a column of a drawing reads as one run of words. `format`: the sheet's size, A4 unless told.
 */
export async function printedPages(page: Page, { layout = true, format = 'A4' } = {}): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format, printBackground: false });
	await page.emulateMedia({ media: null });
	const text = withPdfFile(pdf, (file) =>
		execFileSync('pdftotext', [layout ? '-layout' : '-raw', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	);
	// pdftotext ends every page with a form feed.
	return text.split('\f').slice(0, -1);
}

/** All sheets as one line of text, whitespace collapsed. */
export const asOneLine = (pages: string[]) => pages.join(' ').replace(/\s+/g, ' ');

/** Runs `read` on `pdf` written to a file of its own (poppler reads files), then removes the file's folder. */
export function withPdfFile<T>(pdf: Buffer, read: (file: string) => T): T {
	const file = join(mkdtempSync(join(tmpdir(), 'explainer-print-')), 'page.pdf');
	try {
		writeFileSync(file, pdf);
		return read(file);
	} finally {
		rmSync(dirname(file), { recursive: true, force: true });
	}
}
