import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, skipBrowser, phoneScreen } from '../support/browser';
import { useBuiltSite } from '../support/site';

// Pages with apostrophes and quotation marks in body text, headings, lists and the footer.
const PAGES = [
	'/chapter-5/systems-and-capacity-building/',
	'/chapter-5/overview/',
	'/glossary/xi-thought-on-cyber-power/',
	'/timeline/',
	'/',
];

// The chapter pages, whose lines are measured at a phone's width and a desktop's.
const CHAPTER_PAGES = [
	'overview',
	'correct-view-of-cybersecurity',
	'systems-and-capacity-building',
	'laying-the-foundation',
	'what-the-chapter-signals',
].map((slug) => `/chapter-5/${slug}/`);

/**
 * Every apostrophe and quotation mark on the page outside Chinese text, with its rendered width as
 * a share of its font size. A Latin font sets them at about a quarter to a half of an em; a CJK
 * font at a full em, which reads as "CAC’ s" and "“ cyber powerhouse ”".
 */
function quoteWidths(page: Page) {
	return page.evaluate(() => {
		const out: { char: string; share: number; font: string; context: string }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			// Text for screen readers only (.visually-hidden, clipped to 1 px) has no width a reader sees.
			if (parent.closest(':lang(zh), script, style, [hidden], .visually-hidden') || !parent.checkVisibility()) continue;
			const text = node.textContent ?? '';
			for (const m of text.matchAll(/[‘’“”]/g)) {
				const range = document.createRange();
				range.setStart(node, m.index);
				range.setEnd(node, m.index + 1);
				const width = range.getBoundingClientRect().width;
				const style = getComputedStyle(parent);
				out.push({
					char: m[0],
					share: width / parseFloat(style.fontSize),
					font: style.fontFamily.split(',')[0]!,
					context: text.slice(Math.max(0, m.index - 12), m.index + 12),
				});
			}
		}
		return out;
	});
}

/**
 * Serifs a reader's machine may set the body in, from narrow to wide: the measure must hold in all
 * of them, not only in the one this machine falls back to. Installed ones are named by local();
 * .ci/run installs them. Charter (Apple's devices, first in the stack), measured by hand from npm's
 * charter-webfont, held 69 a line on desktop and 43 on a phone.
 */
const SERIFS = [
	{ name: 'Liberation Serif (the widths of Times New Roman)', local: 'Liberation Serif' },
	{ name: 'Source Serif 4', file: 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2' },
	{ name: 'DejaVu Serif (a wide serif)', local: 'DejaVu Serif' },
];

/** Sets the page's body text (--font-text, base.css) in one of SERIFS, failing if it is missing. */
async function setSerif(page: Page, serif: (typeof SERIFS)[number]) {
	const bytes = serif.file ? [...(await readFile(serif.file))] : undefined;
	await page.evaluate(
		async ({ local, bytes }) => {
			const face = new FontFace('Measured Serif', bytes ? new Uint8Array(bytes) : `local("${local}")`);
			document.fonts.add(await face.load());
			document.documentElement.style.setProperty('--font-text', '"Measured Serif"');
		},
		{ local: serif.local, bytes },
	);
}

/**
 * Characters in each full line (every line but a paragraph's last) of the passages' body text.
 * A word belongs to the line its middle sits in; note numbers (sup) are not text.
 */
function charactersPerLine(page: Page) {
	return page.evaluate(() => {
		const lines: number[] = [];
		for (const p of document.querySelectorAll<HTMLElement>('main .prov > p')) {
			if (!p.checkVisibility()) continue;
			const top = p.getBoundingClientRect().top;
			const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
			const counts: number[] = [];
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement!.closest('sup')) continue;
				for (const word of node.textContent!.matchAll(/\S+\s*/g)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const box = range.getClientRects()[0];
					if (!box) continue;
					const line = Math.floor((box.top + box.height / 2 - top) / lineHeight);
					counts[line] = (counts[line] ?? 0) + word[0].length;
				}
			}
			lines.push(...counts.slice(0, -1).filter((n) => n > 0));
		}
		return lines;
	});
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

describe.skipIf(skipBrowser)('type with CJK fonts installed', () => {
	const built = useBuiltSite();

	it('sets apostrophes and quotation marks in Latin text at Latin widths, not full width', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		const wide: string[] = [];
		let measured = 0;
		// The stack a CSS font list starts with is all a page can read; the width shows the font used.
		for (const path of PAGES) {
			await page.goto(built.server.url(path));
			for (const q of await quoteWidths(page)) {
				measured++;
				// A CJK font sets these full width, 1 em; Latin fonts well under that (DejaVu Sans Bold,
				// Linux's fallback for bold system-ui, at 0.66 em).
				if (q.share > 0.85) wide.push(`${path}: ${q.char} is ${q.share.toFixed(2)} em (stack starting ${q.font}), in “${q.context}”`);
			}
		}
		expect(measured).toBeGreaterThan(50);
		expect(wide).toEqual([]);
		await context.close();
	});

	it('sets Chinese in a Chinese font, at full width', async () => {
		const { page, context } = await openPage(built.browser, { viewport: phoneScreen });
		const chinese = [];
		for (const path of PAGES) {
			await page.goto(built.server.url(path));
			chinese.push(
				...(await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('main [lang^="zh-Hans"]')]
						.filter((el) => el.checkVisibility())
						.map((el) => {
							const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
							const han = text.textContent!.search(/\p{Script=Han}/u);
							const range = document.createRange();
							range.setStart(text, han);
							range.setEnd(text, han + 1);
							const style = getComputedStyle(el);
							return { font: style.fontFamily, share: range.getBoundingClientRect().width / parseFloat(style.fontSize) };
						}),
				)),
			);
		}
		expect(chinese.length).toBeGreaterThan(3);
		for (const { font, share } of chinese) {
			expect(font).toMatch(/^"PingFang SC"/);
			expect(share).toBeGreaterThan(0.9);
		}
		await context.close();
	});

	it('keeps a line with Chinese words in it as tall as the lines around it', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		await page.goto(built.server.url('/chapter-5/systems-and-capacity-building/'));
		await page.locator('.source-list-compact summary').click();
		// The sources, one line each: a title in Chinese makes its line no taller than an English one.
		const lines = await page
			.locator('.source-list-compact li')
			.evaluateAll((lis) =>
				lis.map((li) => ({ chinese: !!li.querySelector(':lang(zh):not(:lang(zh-Latn))'), height: li.getBoundingClientRect().height })),
			);
		const english = new Set(lines.filter((l) => !l.chinese).map((l) => l.height));
		expect(english.size).toBe(1);
		expect(lines.filter((l) => l.chinese).length).toBeGreaterThan(5);
		expect(lines.filter((l) => l.chinese && !english.has(l.height))).toEqual([]);
		// A passage of the text (not a note, whose lines are shorter than a ¶'s 24 px target) with Chinese
		// words in it is a whole number of its lines tall.
		const paragraphs = await page.locator('.prose .prov > p[id^="p-"]').evaluateAll((ps) =>
			ps
				.filter((p) => p.querySelector(':lang(zh):not(:lang(zh-Latn))') && p.checkVisibility())
				.map((p) => ({
					text: p.textContent!.slice(0, 40),
					lines: p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
				})),
		);
		expect(paragraphs.length).toBeGreaterThan(3);
		expect(paragraphs.filter((p) => Math.abs(p.lines - Math.round(p.lines)) > 0.02)).toEqual([]);
		await context.close();
	});

	it('holds 60 to 75 characters a line on desktop and at least 35 on a phone, in narrow and wide serifs', async () => {
		const measured: string[] = [];
		const wrong: string[] = [];
		for (const [width, height, least, most] of [
			[1366, 768, 60, 75],
			[1600, 1000, 60, 75],
			[390, 844, 35, Infinity],
		] as const) {
			const { page, context } = await openPage(built.browser, { viewport: { width, height } });
			await page.goto(built.server.url('/chapter-5/systems-and-capacity-building/'));
			for (const serif of SERIFS) {
				await setSerif(page, serif);
				const lines = await charactersPerLine(page);
				const typical = median(lines);
				measured.push(`${width} px, ${serif.name}: ${typical} characters (${lines.length} lines)`);
				expect(lines.length, `${width} px, ${serif.name}: lines measured`).toBeGreaterThan(100);
				if (typical < least || typical > most) wrong.push(measured.at(-1)!);
			}
			await context.close();
		}
		expect(wrong, measured.join('\n')).toEqual([]);
	});

	it('sets headings in the body’s typeface', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		for (const path of ['/chapter-5/systems-and-capacity-building/', '/glossary/xi-thought-on-cyber-power/', '/']) {
			await page.goto(built.server.url(path));
			const fonts = await page.evaluate(() => ({
				body: getComputedStyle(document.body).fontFamily,
				headings: [...document.querySelectorAll('main :is(h1, h2, h3)')].map((h) => ({
					text: h.textContent!.trim().slice(0, 40),
					font: getComputedStyle(h).fontFamily,
				})),
			}));
			expect(fonts.headings.length).toBeGreaterThan(0);
			expect(fonts.headings.filter((h) => h.font !== fonts.body)).toEqual([]);
		}
		await context.close();
	});

	it('sets a Chinese name’s pinyin apart from it on one line, and flush with the text where it starts a line of its own', async () => {
		const problems: string[] = [];
		const seen = { wrapped: 0, beside: 0 };
		// The CII Regulations' pinyin runs on to a line of its own at 390 px; a section's cards hold more names.
		for (const width of [390, 1600])
			for (const path of ['/glossary/cii-regulations/', '/chapter-5/systems-and-capacity-building/']) {
				const { page, context } = await openPage(built.browser, { viewport: { width, height: 900 } });
				await page.goto(built.server.url(path));
				const found = await page.locator('.pinyin').evaluateAll((all) =>
					all.flatMap((pinyin) => {
						const name = pinyin.previousElementSibling;
						if (!name || !pinyin.checkVisibility()) return [];
						const first = pinyin.getClientRects()[0]!;
						const nameEnd = [...name.getClientRects()].at(-1)!;
						const box = pinyin.parentElement!.getBoundingClientRect();
						const start = box.left + parseFloat(getComputedStyle(pinyin.parentElement!).paddingLeft);
						const em = parseFloat(getComputedStyle(pinyin).fontSize);
						return [
							{
								text: pinyin.textContent!.trim(),
								ownLine: first.top >= nameEnd.bottom - 1,
								indent: first.left - start,
								gap: (first.left - nameEnd.right) / em,
							},
						];
					}),
				);
				for (const p of found) {
					if (p.ownLine) {
						seen.wrapped++;
						if (Math.abs(p.indent) > 1) problems.push(`${width} px ${path}: “${p.text}” starts its line ${p.indent.toFixed(1)} px in`);
					} else {
						seen.beside++;
						if (p.gap < 0.5) problems.push(`${width} px ${path}: “${p.text}” is ${p.gap.toFixed(2)} em after its Chinese name`);
					}
				}
				await context.close();
			}
		expect(seen.wrapped, 'no pinyin started a line of its own').toBeGreaterThan(0);
		expect(seen.beside, 'no pinyin shared a line with its name').toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('never slants Chinese, even in a title the page sets in italics', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		let checked = 0;
		const slanted: string[] = [];
		for (const path of [
			'/sources/',
			'/chapter-5/overview/',
			'/chapter-5/systems-and-capacity-building/',
			'/timeline/',
			'/glossary/',
			'/compare/',
		]) {
			await page.goto(built.server.url(path));
			const found = await page.evaluate(() => {
				const out = { checked: 0, slanted: [] as string[] };
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const parent = node.parentElement!;
					if (!/\p{Script=Han}/u.test(node.textContent!) || parent.closest('script, style') || !parent.checkVisibility()) continue;
					out.checked++;
					const style = getComputedStyle(parent).fontStyle;
					if (style !== 'normal') out.slanted.push(`${style}: “${node.textContent!.trim().slice(0, 40)}” in <${parent.localName}>`);
				}
				return out;
			});
			checked += found.checked;
			slanted.push(...found.slanted.map((s) => `${path} ${s}`));
		}
		expect(checked).toBeGreaterThan(100);
		expect(slanted).toEqual([]);
		await context.close();
	});

	it('never slants the Chinese that paper adds: an address printed after its link, in an italic title', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 768 } });
		await page.emulateMedia({ media: 'print' });
		const found: string[] = [];
		let checked = 0;
		// A full source list (an entry) and a compact one (a section), each citing an address named in Chinese.
		for (const path of ['/glossary/cii-regulations/', '/chapter-5/systems-and-capacity-building/']) {
			await page.goto(built.server.url(path));
			const { count, slanted } = await page.evaluate(() => {
				const out = { count: 0, slanted: [] as string[] };
				for (const el of document.querySelectorAll('main *'))
					for (const pseudo of ['::before', '::after']) {
						const style = getComputedStyle(el, pseudo);
						if (style.display === 'none' || !/\p{Script=Han}/u.test(style.content)) continue;
						out.count++;
						if (style.fontStyle !== 'normal')
							out.slanted.push(`${style.fontStyle}: <${el.localName}>${pseudo} ${style.content.slice(0, 60)}`);
					}
				return out;
			});
			checked += count;
			found.push(...slanted.map((s) => `${path} ${s}`));
		}
		expect(checked).toBeGreaterThan(1);
		expect(found).toEqual([]);
		await context.close();
	});

	it('seldom ends a paragraph on a lone word, at a phone’s width or a desktop’s', async () => {
		for (const width of [390, 1366]) {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 900 } });
			let paragraphs = 0;
			const lone: string[] = [];
			for (const path of CHAPTER_PAGES) {
				await page.goto(built.server.url(path));
				const found = await page.locator('.prose :is(p, li)[id^="p-"]').evaluateAll((passages) =>
					passages.flatMap((p) => {
						if (!p.checkVisibility()) return [];
						// The words' lines: where each word's last box is (the ¶ and note numbers are not words).
						const words: { word: string; top: number }[] = [];
						const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
							acceptNode: (t) => (t.parentElement!.closest('.permalink, .note-ref') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
						});
						for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null)
							for (const m of t.data.matchAll(/\S+/g)) {
								const range = document.createRange();
								range.setStart(t, m.index);
								range.setEnd(t, m.index + m[0].length);
								const box = [...range.getClientRects()].at(-1);
								if (box) words.push({ word: m[0], top: box.top });
							}
						if (words.length < 8 || Math.abs(words[0]!.top - words.at(-1)!.top) < 3) return [];
						const last = words.filter((w) => Math.abs(w.top - words.at(-1)!.top) < 3);
						return [last.length === 1 ? last[0]!.word : ''];
					}),
				);
				paragraphs += found.length;
				lone.push(...found.filter(Boolean).map((w) => `${path}: “${w}”`));
			}
			// A browser may leave a few (text-wrap: pretty evens out only the last lines); 30 of 145 at 390 px did so before.
			expect(paragraphs, `${width} px`).toBeGreaterThan(100);
			expect(lone.length, `${width} px: ${lone.join(', ')}`).toBeLessThanOrEqual(paragraphs / 12);
			await context.close();
		}
	});

	it('keeps a ¶, # or note or source number on the line of the words it follows, never alone on a line that reads as empty', async () => {
		const alone: string[] = [];
		let seen = 0;
		// Each section at a phone's width and a desktop's (the systems section wrapped four at 390 px
		// and two at 1366), and the comparison page, whose row heads wrapped their "#" at 1366.
		for (const width of [390, 1366]) {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 900 } });
			for (const path of [...CHAPTER_PAGES, '/compare/']) {
				await page.goto(built.server.url(path));
				// Note numbers too ("6 7" wrapped under a list's last item at 1366 px), and a table's source
				// numbers ("[16, 17]" wrapped under a cell's words on /compare/).
				const found = await page.locator(':is(p, li, th) > :is(.permalink, .note-ref), .cmp-refs, .compare-refs').evaluateAll((links) =>
					links.flatMap((link) => {
						if (!link.checkVisibility()) return [];
						const before = document.createRange();
						before.setStart(link.parentElement!, 0);
						before.setEndBefore(link);
						const lastWords = [...before.getClientRects()].filter((r) => r.width > 0).at(-1);
						// A note's sup has no line height: its first number's box is where it is drawn.
						const own = (link.classList.contains('note-ref') ? link.firstElementChild! : link).getClientRects()[0]!;
						// On a line below the words' last line: its line holds nothing else.
						return [{ text: link.parentElement!.textContent!.trim().slice(0, 60), alone: !!lastWords && own.top >= lastWords.bottom - 1 }];
					}),
				);
				seen += found.length;
				alone.push(...found.filter((f) => f.alone).map((f) => `${width} px ${path}: “${f.text}…”`));
			}
			await context.close();
		}
		expect(seen).toBeGreaterThan(300);
		expect(alone).toEqual([]);
	});
});
