import { describe, expect, it } from 'vitest';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';
import { asOneLine, printedPages } from '../support/pdf';

// Issue 25 §1, the picture of the chapter on the home page, as a reader sees it: at 320 px (no
// sideways scrolling, no text under 12 px, every name inside its box), in both schemes, by
// keyboard, and printed.

const widths = [320, 390, 1366] as const;

describe.skipIf(skipBrowser)('the picture of the chapter on the home page', () => {
	const built = useBuiltSite();

	// Each width loaded once and read in light, then in dark, as a reader whose system turns dark sees
	// it: the dark scheme changes colours only (tests/build/colour-schemes.test.ts), so what it can
	// break here is a name painted in the background's colour.
	for (const width of widths)
		it(`at ${width} px, in light and dark, fits the screen, sets no text under 12 px and keeps every name inside its box`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 800 }, colorScheme: 'light' });
			await page.goto(built.server.url('/'));
			// The drawing the column shows: laid out for a phone's column, or wide for the reading column.
			const svg = page.locator('.chapter-picture svg:visible');
			await svg.scrollIntoViewIfNeeded();
			const read = () =>
				svg.evaluate((el) => {
					const box = el.getBoundingClientRect();
					const scale = box.width / (el as SVGSVGElement).viewBox.baseVal.width;
					const problems: string[] = [];
					for (const a of el.querySelectorAll('a')) {
						const text = a.querySelector('text')!;
						const size = parseFloat(getComputedStyle(text).fontSize) * scale;
						if (size < 12) problems.push(`${text.textContent}: ${size.toFixed(1)} px`);
						const t = text.getBoundingClientRect();
						const r = a.querySelector('rect')!.getBoundingClientRect();
						if (t.left < r.left - 0.5 || t.right > r.right + 0.5) problems.push(`${text.textContent} runs out of its box`);
						if (t.right > document.documentElement.clientWidth) problems.push(`${text.textContent} runs off the screen`);
						// Text must differ from the page behind it: a link colour, never the background's.
						if (getComputedStyle(text).fill === getComputedStyle(document.body).backgroundColor)
							problems.push(`${text.textContent} is invisible`);
					}
					return {
						problems,
						links: el.querySelectorAll('a[href]').length,
						sideways: document.documentElement.scrollWidth > innerWidth,
						laidOut: (el as SVGSVGElement).viewBox.baseVal.width,
					};
				});
			const light = await read();
			await page.emulateMedia({ colorScheme: 'dark' });
			const dark = await read();
			await context.close();
			for (const report of [light, dark]) {
				expect(report.links).toBeGreaterThan(20);
				expect(report.sideways).toBe(false);
				// A phone's drawing on a phone; the wide one where the reading column holds it.
				if (width < 500) expect(report.laidOut).toBeLessThanOrEqual(300);
				else expect(report.laidOut).toBeGreaterThan(500);
			}
			expect({ light: light.problems, dark: dark.problems }).toEqual({ light: [], dark: [] });
		});

	it('lets a keyboard reach each of its names, showing where focus is', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 390, height: 800 } });
		await page.goto(built.server.url('/'));
		const first = page.locator('.chapter-picture svg:visible a').first();
		await first.focus();
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const a = document.activeElement!;
			return { inPicture: Boolean(a.closest('.chapter-picture svg')), stroke: getComputedStyle(a.querySelector('rect')!).strokeWidth };
		});
		await context.close();
		expect(focused.inPicture).toBe(true);
		expect(parseFloat(focused.stroke)).toBeGreaterThanOrEqual(2);
	});

	it('prints, with every area of section 3 on the page, and its key on the sheet where it starts', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/'));
		const sheets = (await printedPages(page)).map((sheet) => asOneLine([sheet]));
		await context.close();
		const text = sheets.join(' ');
		for (const area of ['Critical information infrastructure', 'Network security review', 'Data security management'])
			expect(text).toContain(area);
		expect(text).toContain('Chapter 5 in brief');
		// The list that repeats the drawing for screens is a closed toggle: on paper it would do nothing.
		expect(text).not.toContain('The picture as a list');
		// The caption says what the shapes stand for: never at one sheet's foot with the drawing on the next.
		const key = sheets.findIndex((s) => s.includes('laws and rules (square corners)'));
		expect(key).toBeGreaterThanOrEqual(0);
		expect(sheets[key]).toContain('CII Regulations');
	});
});
