import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { distDir, requireDist } from '../support/dist';
import { serveDist } from '../support/server';
import { launchBrowser, openPage, skipBrowser } from '../support/browser';

const SECTION = '/chapter-5/systems-and-capacity-building/';

/** The text of a PDF, as a student reading the printout would see it (poppler's pdftotext). */
function pdfText(pdf: Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'explainer-print-')), 'page.pdf');
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

describe.skipIf(skipBrowser)('a chapter page printed to PDF', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveDist>>;
	let text: string;
	beforeAll(async () => {
		requireDist();
		browser = await launchBrowser();
		server = await serveDist(distDir);
		const { page, context } = await openPage(browser);
		await page.goto(server.url(SECTION));
		await page.emulateMedia({ media: 'print' });
		text = pdfText(await page.pdf({ format: 'A4', printBackground: false })).replace(/\s+/g, ' ');
		await context.close();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('keeps the content and leaves out navigation, search and buttons', () => {
		expect(text).toContain('Comprehensively Strengthen Cybersecurity Systems');
		expect(text).toContain('Critical information infrastructure');
		expect(text).not.toMatch(/Skip to content|Theme: |Term cards: |Copy link|Search|Previous|Next /);
	});

	it('prints every note in full, numbered', () => {
		expect(text).toMatch(/1\. Correction/);
		expect(text).toMatch(/2\. Update/);
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
