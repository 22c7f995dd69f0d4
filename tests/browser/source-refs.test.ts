import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, isSectionPath } from '../support/dist';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';

// Issue 28 §4: a passage's sources follow the words they support, and two different works never
// share a label. Measured as a reader meets them, in Chromium.

const pages = htmlPages(distDir).map((p) => p.path);
const sections = pages.filter(isSectionPath);

describe.skipIf(skipBrowser)('sources as a reader sees them', () => {
	const built = useBuiltSite();

	for (const width of [390, 1366]) {
		it(`at ${width} px, put every passage’s “Sources:” line after its text, within the passage, before whatever follows`, async () => {
			const { page, context } = await openPage(built.browser, { viewport: { width, height: 900 } });
			let checked = 0;
			for (const path of sections) {
				await page.goto(built.server.url(path));
				const found = await page.evaluate(() => {
					const passages = [...document.querySelectorAll('.prose .prov')].filter((prov) => prov.querySelector(':scope > .source-refs'));
					const problems = passages.flatMap((prov) => {
						const refs = prov.querySelector(':scope > .source-refs')!;
						const where = (prov.querySelector(':scope > p') as HTMLElement | null)?.innerText.slice(0, 40);
						const box = refs.getBoundingClientRect();
						// The passage's text: everything in it but its label and the sources line.
						const text = [...prov.children].filter((el) => el !== refs && !el.matches('.prov-label'));
						const textBottom = Math.max(...text.map((el) => el.getBoundingClientRect().bottom));
						const textLeft = Math.min(...text.map((el) => el.getBoundingClientRect().left));
						// What comes next in the text column: the next passage, heading or table (a margin note may sit beside).
						let next = prov.nextElementSibling;
						while (next && next.matches('.note') && getComputedStyle(next).float !== 'none') next = next.nextElementSibling;
						const issues = [
							refs.nextElementSibling !== null && 'something follows it in the passage',
							box.top < textBottom && `it starts ${Math.round(textBottom - box.top)} px above the text's end`,
							box.top - textBottom > 24 && `it starts ${Math.round(box.top - textBottom)} px below the text`,
							Math.abs(
								box.left +
									parseFloat(getComputedStyle(refs).paddingInlineStart) +
									parseFloat(getComputedStyle(refs).borderInlineStartWidth) -
									textLeft,
							) > 1 && 'it is not aligned with the text',
							next && next.getBoundingClientRect().top < box.bottom && `${next.className || next.tagName} starts over it`,
						].filter(Boolean);
						return issues.length > 0 ? [`“${where}…”: ${issues.join('; ')}`] : [];
					});
					return { count: passages.length, problems };
				});
				checked += found.count;
				expect(found.problems, path).toEqual([]);
			}
			expect(checked).toBeGreaterThan(5);
			await context.close();
		});
	}

	it('never gives two different works the same label on one page', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		const problems: string[] = [];
		let links = 0;
		for (const path of pages) {
			await page.goto(built.server.url(path));
			const named = await page.evaluate(() =>
				// Every link naming a work, less the "About this source" link beside each full entry of a source list.
				[...document.querySelectorAll<HTMLAnchorElement>('a[href*="/sources/#"]:not(.source-more)')]
					.filter((a) => a.checkVisibility())
					.map((a) => ({ text: a.innerText.replace(/\s+/g, ' ').trim(), id: decodeURIComponent(a.hash.slice(1)) })),
			);
			links += named.length;
			const ids = new Map<string, Set<string>>();
			for (const { text, id } of named) ids.set(text, (ids.get(text) ?? new Set()).add(id));
			for (const [text, set] of ids) if (set.size > 1) problems.push(`${path}: “${text}” names ${[...set].join(', ')}`);
		}
		expect(links).toBeGreaterThan(100);
		expect(problems).toEqual([]);
		await context.close();
	});

	it('marks a label whose title goes on with an ellipsis, on screen and on paper, and one with its whole title without', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/chapter-5/systems-and-capacity-building/'));
		for (const media of ['screen', 'print'] as const) {
			await page.emulateMedia({ media });
			// What a reader sees at the end of each label: the text and what CSS adds after it.
			const endings = await page
				.locator('.prose .source-refs a[href*="/sources/#"]')
				.evaluateAll((links) =>
					links.map((a) => ({ text: (a as HTMLElement).innerText.trim(), after: getComputedStyle(a, '::after').content })),
				);
			const marked = (label: string) => endings.find((e) => e.text === label)?.after;
			// "Understanding China's New Draft for Cybersecurity Incident Reporting Measures: …" goes on; "Time Will Tell" is whole.
			expect(marked('Mondaq, Understanding China’s New'), media).toBe('"…"');
			expect(marked('Mondaq, Time Will Tell'), media).toBe('none');
		}
		await context.close();
	});

	it('names the three CSIS works apart wherever they are cited', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/chapter-5/overview/'));
		const shown = await page
			.locator('.prose .source-refs a[href$="#cary-analysis"], .prose .source-refs a[href$="#csis-ch5-translation"]')
			.allInnerTexts();
		expect(new Set(shown).size).toBe(2);
		for (const text of shown) expect(text).toMatch(/^CSIS, \S/);
		await context.close();
	});
});
