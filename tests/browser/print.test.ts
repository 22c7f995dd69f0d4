import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, siteAddressFilled, skipBrowser } from '../support/browser';
import { asOneLine, printedPages, withPdfFile } from '../support/pdf';
import { useBuiltSite } from '../support/site';
import { readContent } from '../../src/content/read';
import { siteUrl } from '../../src/site/origin';
import { site } from '../../src/site/config';
import { readableAddress } from '../../src/site/urls';

// Issue 11 §6, a handout a teacher would hand out: each chapter page and the whole chapter printed
// by Chromium to A4 PDF and read back with pdftotext, as a student holding the paper would read it.

const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const sections = model.sections
	.map(({ value: s }) => s)
	.filter((s) => s.chapter === 'chapter-5')
	.sort((a, b) => a.order - b.order)
	.map((s) => ({ path: `/${s.id}/`, title: s.title }));
const SECTION = '/chapter-5/systems-and-capacity-building/';
const WHOLE = '/chapter-5/print/';
/** The address the handout gives: the build's own, else the one the page was read at (JavaScript on). */
const addressOf = (served: string, path: string) => `${siteUrl(process.env) ?? served}${path}`;
/**
 * Fewest words a sheet may carry, the last sheet aside. A fixed sheet count (8, then) stopped
 * measuring the print rules once the December 2026 review (issue 24) added the rules in force and
 * their sources: the systems page now has three times the words of the others and fills 15 dense
 * sheets. What the rules control is waste: a sheet left mostly blank by a forced break, a table
 * pushed whole to the next sheet, or type set too large. Sheets run 350–600 words (pdftotext); a
 * sheet under 250 is one of those.
 */
const SHEET_WORDS = 250;
const wordsOn = (sheet: string) => sheet.split(/\s+/).filter(Boolean).length;
/** Sheets, the last aside, that carry fewer than SHEET_WORDS words. */
const sparse = (sheets: string[]) =>
	sheets.slice(0, -1).flatMap((sheet, i) => (wordsOn(sheet) < SHEET_WORDS ? [`sheet ${i + 1}: ${wordsOn(sheet)} words`] : []));

/** Escapes of one letter written in two bytes or more of UTF-8 (%E6%B5%99 is 浙), which no reader can type from paper. */
const ESCAPED_LETTER = /(?:%[89A-F][0-9A-F]){2,}/i;
/** The page number Chromium prints in the bottom margin (@page @bottom-right in print.css). */
const pageNumber = /^\d+\s*\/\s*\d+$/;
/** Whose handout it is, at the foot of every sheet beside its number (@page @bottom-left in print.css). */
const RUNNING_FOOT = `${site.title}: an independent explainer, not affiliated with CSIS or the CAC. Site text CC BY 4.0.`;
/** A sheet without its running foot, so a check of its text reads only what the page printed there. */
const withoutFoot = (sheet: string) => sheet.replace(RUNNING_FOOT, '');

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Headings and labels as printed (CSS text-transform applied), a table's head row among them, which must never end a sheet. */
async function printedHeadings(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	const texts = await page
		.locator(
			'main :is(h1, h2, h3, h4, h5, .prov-label, .note-label, .source-refs-label, .print-terms dt, .term-cards-printed .term-card-title, caption, .comparison-caption, thead tr)',
		)
		.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
	await page.emulateMedia({ media: null });
	return texts.map(normalize).filter(Boolean);
}

/** The last two lines of text on each sheet but the last, without the page number, as one line each. */
const lastLines = (sheets: string[]) =>
	sheets.slice(0, -1).map((sheet) => {
		const lines = sheet
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l && !pageNumber.test(l));
		return { last: normalize(lines.at(-1) ?? ''), lastTwo: normalize(lines.slice(-2).join(' ')) };
	});

/** Sheets whose last line is a heading or label, or part of one: stranded above its text. */
function stranded(sheets: string[], headings: string[]): string[] {
	// A whole heading, or its start or tail of two words or more: one word alone ("measures",
	// "infrastructure") is as likely a table cell that runs on to the next sheet, under its repeated
	// head row, and happens to begin or end like a heading. A heading that wraps and ends a sheet
	// with its last word alone ("… and the 2024 / provisions") shows in the last two lines.
	const isHeadingPart = (line: string) =>
		line.length >= 4 &&
		headings.some((h) => h === line || (line.length >= 8 && line.includes(' ') && (h.startsWith(line) || h.endsWith(line))));
	return lastLines(sheets).flatMap(({ last, lastTwo }, i) =>
		isHeadingPart(last) || headings.some((h) => h === lastTwo) ? [`sheet ${i + 1} ends with “${last}”`] : [],
	);
}

/** The smallest distance, in points, from any word to the sheet's left and top edges (pdftotext -bbox). */
function textMargins(pdf: Buffer): { left: number; top: number } {
	const html = withPdfFile(pdf, (file) =>
		execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	);
	const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
	return { left: Math.min(...words.map((w) => w.x)), top: Math.min(...words.map((w) => w.y)) };
}

interface Printout {
	/** Each sheet's text, its running foot taken out. */
	sheets: string[];
	/** Each sheet's text as printed. */
	raw: string[];
	/** The footer's words as the screen shows them, each paragraph as one line. */
	footer: string[];
	/** All sheets as one line. */
	text: string;
	headings: string[];
	/** The first and last work of each table's list of sources, as "1. Mondaq,". */
	tableSources: [string, string][];
	/** How many short labels of sources whose titles go on ("IAPP, Top 5 operational…") the sheets show: the only "…" paper may carry. */
	cutLabels: number;
}

/** How many "…" a printout carries. */
const ellipses = (text: string) => text.split('…').length - 1;

describe.skipIf(skipBrowser)('printed to PDF', () => {
	const built = useBuiltSite();
	// Each page printed once (a PDF takes seconds on a busy machine), then read by every test.
	const printed = new Map<string, Printout>();
	const get = (path: string) => printed.get(path)!;
	beforeAll(async () => {
		const { page, context } = await openPage(built.browser);
		for (const path of [...sections.map((s) => s.path), WHOLE]) {
			await page.goto(built.server.url(path));
			// What a reader prints once the page has started: with the address it is read at, where the build knew none.
			await siteAddressFilled(page);
			const headings = await printedHeadings(page);
			const tableSources = await page.locator('.cmp-sources ol').evaluateAll((lists) =>
				lists.map((ol) => {
					const item = (li: Element | null) => li!.textContent!.replace(/\s+/g, ' ').trim().split(' ').slice(0, 2).join(' ');
					return [item(ol.firstElementChild), item(ol.lastElementChild)] as [string, string];
				}),
			);
			const footer = (await page.locator('.site-footer p').allInnerTexts()).map((p) => p.replace(/\s+/g, ' ').trim());
			await page.emulateMedia({ media: 'print' });
			const cutLabels = await page.locator('a[data-cut]').evaluateAll((links) => links.filter((a) => a.checkVisibility()).length);
			await page.emulateMedia({ media: null });
			const raw = await printedPages(page);
			const sheets = raw.map(withoutFoot);
			printed.set(path, { sheets, raw, footer, text: asOneLine(sheets), headings, tableSources, cutLabels });
		}
		await context.close();
	});

	describe('a chapter page', () => {
		it('keeps the content and leaves out navigation, search and every control', () => {
			const { text } = get(SECTION);
			expect(text).toContain('Comprehensively Strengthen Cybersecurity Systems');
			expect(text).toContain('Critical information infrastructure');
			expect(text).not.toMatch(
				/Skip to content|Theme: |Term cards: |\bCopy\b|Search|Previous|Next |How to read this page|Print the whole chapter|¶/,
			);
		});

		it('prints no paragraph or heading ids', () => {
			expect(get(SECTION).text).not.toMatch(/#p-|#note-|#[a-z]+-[a-z]+-[a-z]+/);
		});

		it('prints every note once, in full, numbered where it belongs, and no list that repeats them cut short', () => {
			const { text, cutLabels } = get(SECTION);
			// The page's notes in order: context (the draft's one-hour rule), update (the final
			// measures), context (the MIIT platform), correction (CERT), update (the 2026 amendment).
			expect(text.match(/1\. Context/g)).toHaveLength(1);
			expect(text.match(/2\. Update/g)).toHaveLength(1);
			expect(text.match(/4\. Correction/g)).toHaveLength(1);
			// No opening of a note cut short: the only "…" end the short labels of sources whose titles go on.
			expect(ellipses(text)).toBe(cutLabels);
			expect(text).not.toContain('Updates and corrections');
		});

		it('lists its sources compactly under their kinds, numbered on from kind to kind: their details and addresses, without “About this source”', () => {
			const { text } = get(SECTION);
			expect(text).not.toContain('About this source');
			expect(text).toMatch(/Sources Official texts 1\. /);
			expect(Number(text.match(/State media (\d+)\. /)?.[1])).toBeGreaterThan(1);
			expect(text).toContain('https://interpret.csis.org/');
			// An address that names its page in Chinese prints that name, not rows of escapes (%E6%B5%99…).
			expect(text).not.toMatch(ESCAPED_LETTER);
		});

		it('gives the page’s address and its date under the title', () => {
			const top = asOneLine(get(SECTION).sheets.slice(0, 1));
			expect(top).toContain(`This page: ${addressOf(built.server.origin, SECTION)}`);
			expect(top).toMatch(/Last updated \d{1,2} [A-Z][a-z]+ \d{4}/);
		});

		it('ends with the terms the page uses, with their Chinese names', () => {
			const { text } = get(SECTION);
			const tail = text.slice(text.indexOf('Terms used on this page'));
			expect(tail.length).toBeGreaterThan(200);
			expect(tail).toMatch(/Cybersecurity Law/);
			expect(tail).toContain('网络安全法');
			// Each term by its name and definition alone: a card's way to the rest of its figures,
			// its entry and its close button are for the screen.
			expect(tail).not.toMatch(/figures in force|Open entry|\bClose\b/);
		});

		it(`fills every numbered A4 sheet but the last with at least ${SHEET_WORDS} words`, () => {
			const { sheets } = get(SECTION);
			expect(sparse(sheets)).toEqual([]);
			expect(sheets.at(-1)).toMatch(new RegExp(`${sheets.length}\\s*/\\s*${sheets.length}\\s*$`));
		});

		it('never leaves a heading or label at the foot of a sheet', () => {
			const { sheets, headings } = get(SECTION);
			expect(headings.length).toBeGreaterThan(10);
			expect(stranded(sheets, headings)).toEqual([]);
		});

		it('sets every “Sources:” line smaller than the passage or note it follows', async () => {
			const { page, context } = await openPage(built.browser);
			await page.goto(built.server.url(SECTION));
			await page.emulateMedia({ media: 'print' });
			const larger = await page.locator('main .source-refs').evaluateAll((refs) =>
				refs.flatMap((ref) => {
					const text = ref.previousElementSibling ?? ref.parentElement!;
					const [own, beside] = [ref, text].map((el) => parseFloat(getComputedStyle(el).fontSize));
					return own! < beside! ? [] : [`${ref.textContent?.slice(0, 40)}: ${own}px beside ${beside}px`];
				}),
			);
			await context.close();
			expect(larger).toEqual([]);
		});

		it('sets page margins of its own', async () => {
			const { page, context } = await openPage(built.browser);
			await page.goto(built.server.url(SECTION));
			await page.emulateMedia({ media: 'print' });
			// Playwright asks for no margins at all: what keeps text off the edge is the page's @page rule.
			const margins = textMargins(await page.pdf({ format: 'A4', printBackground: false }));
			await context.close();
			// 1 mm = 2.835 pt; the rule asks for 15 mm (42.5 pt) at the sides and 16 mm (45 pt) at the top.
			// A word's box starts at its font's ascent, which for Chinese glyphs reaches a little higher.
			expect(margins.left).toBeGreaterThanOrEqual(40);
			expect(margins.top).toBeGreaterThanOrEqual(32);
		});
	});

	it('says at the foot of every sheet, beside its number, whose handout it is', () => {
		for (const path of [...sections.map((s) => s.path), WHOLE]) {
			const { raw } = get(path);
			raw.forEach((sheet, i) => {
				expect(sheet.replace(/\s+/g, ' '), `${path} sheet ${i + 1}`).toContain(RUNNING_FOOT);
				expect(sheet, `${path} sheet ${i + 1}`).toMatch(new RegExp(`${i + 1}\\s*/\\s*${raw.length}\\s*$`));
			});
		}
	});

	it('ends every printout on a sheet of its own text, never one that holds only the footer', () => {
		const problems: string[] = [];
		for (const path of [...sections.map((s) => s.path), WHOLE]) {
			const { sheets, footer } = get(path);
			// The last sheet as one line, less its number and the footer's words wherever they print.
			let last = asOneLine([sheets.at(-1)!]).replace(/\d+\s*\/\s*\d+\s*$/, '');
			for (const words of footer) last = last.replace(words, '');
			if (wordsOn(last) < 20) problems.push(`${path}: the last sheet has ${wordsOn(last)} words of its own`);
		}
		expect(problems).toEqual([]);
	});

	it('on a narrow sheet (A5) keeps a table a grid, and a row that runs on to the next sheet does so under the repeated head row', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url(SECTION));
		const table = page.locator('.comparison table').first();
		const head = (await table.locator('thead th').allInnerTexts()).map(normalize);
		expect(head.length).toBeGreaterThanOrEqual(3);
		// One cell made taller than a sheet, so its row must split: a row this long is what a later
		// table may hold, and waiting for one in the content would test nothing until then.
		await table
			.locator('tbody tr td')
			.last()
			.evaluate((td) => {
				td.textContent = Array.from({ length: 80 }, (_, i) => `Filler ${i + 1} of a row longer than a sheet.`).join(' ');
			});
		const sheets = await printedPages(page, { layout: false, format: 'A5' });
		await context.close();
		// Each sheet the long row reaches, and the text drawn before its first line of it there.
		const reached = sheets.flatMap((sheet, i) => {
			const at = sheet.indexOf('Filler ');
			return at < 0 ? [] : [{ sheet: i + 1, above: normalize(sheet.slice(0, at)) }];
		});
		expect(reached.length, 'the row did not run on to a second sheet').toBeGreaterThan(1);
		for (const { sheet, above } of reached)
			for (const name of head) expect(above, `sheet ${sheet}: the head row’s “${name}” above the row`).toContain(name);
	});

	it('no chapter page prints a control, an id or a repeated note list, strands a heading or a table’s last sources, or leaves a sheet mostly blank', () => {
		const problems: string[] = [];
		for (const { path } of sections) {
			const { sheets, text, headings, cutLabels } = get(path);
			// "Who's who: the map" is a link to a page, which no one can follow on paper.
			const leftover = /\bCopy\b|#p-|¶|About this source|Updates and corrections|Print the whole chapter|Who’s who: the map/.exec(text);
			if (leftover) problems.push(`${path}: prints “${leftover[0]}”`);
			if (ellipses(text) !== cutLabels) problems.push(`${path}: prints ${ellipses(text)} “…” for ${cutLabels} labels cut short`);
			if (!text.includes(`This page: ${addressOf(built.server.origin, path)}`)) problems.push(`${path}: no address`);
			problems.push(...sparse(sheets).map((s) => `${path}: ${s}`));
			problems.push(...stranded(sheets, headings).map((s) => `${path}: ${s}`));
			// A table's few lines of sources stay on one sheet: "8. Digital … 9. SESEC" once began one alone.
			const flat = sheets.map((sheet) => sheet.replace(/\s+/g, ' '));
			for (const [first, last] of get(path).tableSources)
				if (!flat.some((sheet) => sheet.includes(first) && sheet.includes(last)))
					problems.push(`${path}: sources “${first}” to “${last}” split`);
		}
		expect(problems).toEqual([]);
	});

	describe('the whole chapter', () => {
		it('is linked from every chapter page as “Print the whole chapter”, and reads without JavaScript', async () => {
			const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
			for (const { path } of sections) {
				await page.goto(built.server.url(path));
				const link = page.getByRole('link', { name: 'Print the whole chapter', exact: true });
				expect(await link.count(), path).toBe(1);
				expect(await link.getAttribute('href'), path).toBe(WHOLE);
				// A target a thumb can hit (WCAG 2.5.8: at least 24 × 24 CSS px).
				const box = (await link.boundingBox())!;
				expect(box.height, path).toBeGreaterThanOrEqual(24);
			}
			await page.goto(built.server.url(WHOLE));
			expect(await page.locator('h1').textContent()).toBe('Building a Durable National Cybersecurity Barrier');
			const titles = await page.locator('.chapter-part > h2').allTextContents();
			expect(titles.map((t) => t.trim())).toEqual(sections.map((s) => s.title));
			await context.close();
		});

		it('prints every section in order, then the terms they use and one list of sources', () => {
			const { text } = get(WHOLE);
			// After the contents list, which names them all and ends with "Sources".
			let at = text.indexOf('Sources', text.indexOf('Contents'));
			expect(at).toBeGreaterThan(0);
			for (const { title } of sections) {
				// The page keeps "chapter 5" together with a no-break space; the PDF's text has a plain one.
				const found = text.indexOf(title.replace(/\s/g, ' '), at + 1);
				expect(found, title).toBeGreaterThan(at);
				at = found;
			}
			const terms = text.indexOf('Terms used', at);
			expect(terms, 'Terms used').toBeGreaterThan(at);
			expect(text.indexOf('网络安全法', terms)).toBeGreaterThan(terms);
			expect(text.match(/Sources 1\. /g)).toHaveLength(1);
			expect(text.indexOf('Sources 1. ')).toBeGreaterThan(terms);
		});

		it('gives its address and each section’s own', () => {
			const { text } = get(WHOLE);
			expect(text).toContain(`This page: ${addressOf(built.server.origin, WHOLE)}`);
			for (const { path } of sections) expect(text).toContain(`Online: ${addressOf(built.server.origin, path)}`);
		});

		it('has no controls or ids, and no heading at the foot of a sheet', () => {
			const { text, sheets, headings, cutLabels } = get(WHOLE);
			expect(text).not.toMatch(/\bCopy\b|#p-|¶|About this source|Updates and corrections|How to read this page/);
			expect(ellipses(text)).toBe(cutLabels);
			expect(sparse(sheets)).toEqual([]);
			expect(stranded(sheets, headings)).toEqual([]);
		});

		it('takes fewer sheets than printing each section on its own', () => {
			const separately = sections.reduce((n, { path }) => n + get(path).sheets.length, 0);
			expect(get(WHOLE).sheets.length).toBeLessThan(separately);
		});
	});

	it('ends each printout at its last words: nothing after them takes room that could start a blank sheet', async () => {
		// A glossary entry whose sources ended near a sheet's foot printed a third sheet holding only
		// the footer: the margin after its list of sources ran on past the words. Measured on the page
		// as printed, whatever the text's length: a margin after the last words is room on paper.
		const { page, context } = await openPage(built.browser);
		await page.emulateMedia({ media: 'print' });
		const extra: string[] = [];
		for (const path of [
			'/glossary/mps-internet-inspection-provisions/',
			'/glossary/pipl/',
			SECTION,
			WHOLE,
			'/teach/chapter-5/systems-and-capacity-building/handout/',
		]) {
			await page.goto(built.server.url(path));
			const after = await page.evaluate(() => {
				const range = document.createRange();
				range.selectNodeContents(document.querySelector('main')!);
				// The foot of the last words printed (a hidden element has no boxes).
				const words = Math.max(...[...range.getClientRects()].map((r) => r.bottom)) + scrollY;
				return document.documentElement.scrollHeight - words;
			});
			if (after > 1) extra.push(`${path}: ${after.toFixed(1)} px after the last words`);
		}
		await context.close();
		expect(extra).toEqual([]);
	});

	it('prints a glossary entry with its names, address, dates and sources, and no link that leads nowhere on paper', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/glossary/cii-regulations/'));
		await siteAddressFilled(page);
		const text = asOneLine(await printedPages(page));
		await context.close();
		expect(text).toContain(`This page: ${addressOf(built.server.origin, '/glossary/cii-regulations/')}`);
		for (const words of [
			'Regulations on the Security Protection of Critical Information Infrastructure',
			'关键信息基础设施安全保护条例',
			'Key dates',
			'Sources',
		])
			expect(text).toContain(words);
		// “On the map: who issues, enforces or amends what.” is a link and nothing else: on paper, words with no address.
		expect(text).not.toMatch(/On the map|\bCopy\b|¶/);
		// Its full source list prints each work's address: one names its page in Chinese, printed as its letters.
		expect(text).not.toMatch(ESCAPED_LETTER);
	});

	it('prints /sources/ with every work’s whole address, which the screen names by its host alone', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/sources/'));
		// In the order the sheet draws its text: -layout splits a line that mixes Chinese and Latin type
		// in two (the Chinese glyphs stand taller), putting an address's Chinese half above its start.
		const text = asOneLine(await printedPages(page, { layout: false }));
		await context.close();
		// An address wraps where the line ends, so each is looked for with the printout's spaces taken out.
		const unspaced = text.replace(/\s+/g, '');
		const addresses = [...model.sources.values()].flatMap(({ value: s }) => (s.url ? [readableAddress(s.url)] : []));
		expect(addresses.length).toBeGreaterThan(100);
		expect(addresses.filter((address) => !unspaced.includes(address.replace(/\s+/g, '')))).toEqual([]);
		expect(text).not.toMatch(ESCAPED_LETTER);
	});
});
