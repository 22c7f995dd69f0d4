import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

const SECTION = '/chapter-5/systems-and-capacity-building/';

/** The text of a PDF, as a student reading the printout would see it (poppler's pdftotext). */
function pdfText(pdf: Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'explainer-print-')), 'page.pdf');
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

describe.skipIf(skipBrowser)('a chapter page printed to PDF', () => {
	const built = useBuiltSite();
	let text: string;
	beforeAll(async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		await page.emulateMedia({ media: 'print' });
		text = pdfText(await page.pdf({ format: 'A4', printBackground: false })).replace(/\s+/g, ' ');
		await context.close();
	});

	it('keeps the content and leaves out navigation, search and buttons', () => {
		expect(text).toContain('Comprehensively Strengthen Cybersecurity Systems');
		expect(text).toContain('Critical information infrastructure');
		expect(text).not.toMatch(/Skip to content|Theme: |Term cards: |Copy link|Search|Previous|Next /);
	});

	it('prints every note in full, numbered', () => {
		// The page's notes in order: context (the draft's one-hour rule), update (the final
		// measures), context (the MIIT platform), correction (CERT), update (the 2026 amendment).
		expect(text).toMatch(/1\. Context/);
		expect(text).toMatch(/2\. Update/);
		expect(text).toMatch(/4\. Correction/);
	});

	it('ends with the terms the page uses, with their Chinese names, and the page address', () => {
		const tail = text.slice(text.indexOf('Terms used on this page'));
		expect(tail.length).toBeGreaterThan(200);
		expect(tail).toMatch(/Cybersecurity Law/);
		expect(tail).toContain('网络安全法');
		expect(tail).toMatch(/This page: .*\/chapter-5\/systems-and-capacity-building\//);
	});

	it('prints paragraph ids so a handout can be cited by paragraph', () => {
		expect(text).toMatch(/#p-[a-z0-9-]+/);
	});
});
