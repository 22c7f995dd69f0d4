import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

// Pages with apostrophes and quotation marks in body text, headings, lists and the footer.
const PAGES = [
	'/chapter-5/systems-and-capacity-building/',
	'/chapter-5/overview/',
	'/glossary/xi-thought-on-cyber-power/',
	'/timeline/',
	'/',
];

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
		const { page, context } = await openPage(built.browser, { viewport: { width: 390, height: 844 } });
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
});
