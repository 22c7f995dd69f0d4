import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

/** One page of each type, and the overview, whose "Reading map" heading sits beside glossary links. */
const PAGES = [
	'/',
	'/chapter-5/overview/',
	'/chapter-5/systems-and-capacity-building/',
	'/glossary/',
	'/glossary/cac/',
	'/glossary/xi-thought-on-cyber-power/',
	'/timeline/',
	'/sources/',
	'/about/',
	'/compare/',
	'/teach/',
	'/teach/chapter-5/overview/',
	'/teach/chapter-5/overview/handout/',
	'/search/',
	'/404.html',
];

/**
 * WCAG 2.2, 2.5.8 Target Size (Minimum), measured on the rendered page. Every control a reader can
 * click or tap is at least 24 × 24 CSS px, or, if smaller, a 24 px circle centred on it meets no
 * other target and no other small target's circle (the spacing exception).
 *
 * Exempt, as 2.5.8's inline exception allows: a link that is part of a sentence, that is, its
 * nearest block (p, li, dd, dt, td, th, blockquote, figcaption) has text outside the link, so the
 * line height of the text around it sets its size. Term links, source links in running text and
 * note numbers after a sentence are such links. Not exempt: links that are a block's whole text
 * (navigation, lists of entries), and the ¶ and # permalinks, which are controls beside the text.
 */
function undersized(page: Page, within = 'body') {
	return page.evaluate((within) => {
		const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const blocks = 'p, li, dd, dt, td, th, blockquote, figcaption';
		const inSentence = (el: Element) => {
			if (el.tagName !== 'A' || el.matches('.permalink')) return false;
			const block = el.closest(blocks);
			if (!block) return false;
			const outside = [...block.childNodes].some(function hasOwnText(node): boolean {
				if (node === el) return false;
				if (node.nodeType === Node.TEXT_NODE) return /[\p{L}\p{N}]/u.test(node.textContent ?? '');
				if (node instanceof Element && !node.contains(el) && node.matches(selector)) return false;
				return [...node.childNodes].some(hasOwnText);
			});
			return outside;
		};
		const targets = [...document.querySelectorAll<HTMLElement>(selector)]
			.filter((el) => el.checkVisibility({ visibilityProperty: true }))
			.map((el) => ({ el, box: el.getBoundingClientRect(), inline: inSentence(el) }))
			.filter(({ box }) => box.width > 0 && box.height > 0);
		const small = targets.filter(({ el, box, inline }) => !inline && (box.width < 24 || box.height < 24) && el.closest(within));
		const centre = (b: DOMRect) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
		const circleMeetsBox = (c: { x: number; y: number }, b: DOMRect) => {
			const dx = Math.max(b.left - c.x, 0, c.x - b.right);
			const dy = Math.max(b.top - c.y, 0, c.y - b.bottom);
			return dx * dx + dy * dy < 12 * 12;
		};
		const describe = (el: HTMLElement, b: DOMRect) =>
			`<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}> “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}” ${Math.round(b.width * 10) / 10}×${Math.round(b.height * 10) / 10}`;
		return small.flatMap(({ el, box }) => {
			const c = centre(box);
			const clash = targets.find(({ el: other, box: ob }) => {
				if (other === el || other.contains(el) || el.contains(other)) return false;
				if (circleMeetsBox(c, ob)) return true;
				const otherSmall = small.some((s) => s.el === other);
				if (!otherSmall) return false;
				const oc = centre(ob);
				return Math.hypot(oc.x - c.x, oc.y - c.y) < 24;
			});
			return clash ? [`${describe(el, box)} meets ${describe(clash.el, clash.box)}`] : [];
		});
	}, within);
}

describe.skipIf(skipBrowser)('target size (WCAG 2.5.8) on every page type', () => {
	const built = useBuiltSite();

	for (const width of [320, 390, 1366]) {
		it(`gives every control 24 × 24 px or room around it at ${width} px`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 800 } });
			const problems: string[] = [];
			for (const path of PAGES) {
				await page.goto(built.server.url(path));
				await page.waitForLoadState('load');
				problems.push(...(await undersized(page)).map((p) => `${path}: ${p}`));
				// On phones, the header's menu too, open (it then lies over the page, so only its own controls count).
				const menu = page.locator('header .site-menu > summary');
				if (await menu.isVisible()) {
					await menu.click();
					problems.push(...(await undersized(page, 'header')).map((p) => `${path} (menu open): ${p}`));
				}
			}
			expect(problems).toEqual([]);
			await context.close();
		});
	}
});
