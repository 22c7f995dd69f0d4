import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { distDir, htmlPages, isSectionPath, readHtml } from '../support/dist';
import { openPage, skipBrowser, phone } from '../support/browser';
import { useBuiltSite } from '../support/site';
import { scrollSettled } from '../support/scroll';

// A followed link lands with its voice (issue 28 §3): a reader who follows a shared paragraph
// link, a text-fragment link or an old link to a passage that moved must see whose words the
// passage is (the book's, the analysis' or this site's) without scrolling, and an old link says
// that the passage moved next to the passage itself. Measured on the real chapter pages, on a
// phone and a laptop screen, where the label lands against the screen and the contents bar.

const sectionPages = htmlPages(distDir).filter((p) => isSectionPath(p.path));
const sections = sectionPages.map((p) => p.path);
/**
 * Each section page's last paragraph of its block with the most paragraphs: the one whose label is
 * furthest away. Read from the built HTML, which is the page a reader without JavaScript gets.
 */
const deepestParagraphs = sectionPages.map(({ path, file }) => {
	const blocks = selectAll('.prov', fromHtml(readHtml(file))).map((b) => selectAll(':scope > p[id^="p-"]', b));
	return { path, id: String(blocks.sort((a, b) => b.length - a.length)[0]!.at(-1)!.properties.id) };
});
const screens: { name: string; options: BrowserContextOptions }[] = [
	{ name: '390×844 touch', options: phone },
	{ name: '1366×768', options: { viewport: { width: 1366, height: 768 } } },
];
/** Landing without smooth scrolling, so the page is measured where it comes to rest. */
const still = { reducedMotion: 'reduce' } as const;
/** The real site's passage labels, as notes-provenance.test.ts reads them. */
const labels = ['The book (CAC, 2023)', 'The analysis (Cary, CSIS)', 'Context from this site'];
const redirects = (
	parse(readFileSync(new URL('../../content/redirects.yaml', import.meta.url), 'utf8')) as { page: string; from: string; to: string }[]
)
	// Same-page moves; a move to another page is sent on by the old page's script (links.test.ts).
	.filter((r) => r.to.startsWith('#'))
	.sort((a, b) => a.page.localeCompare(b.page));

interface Landing {
	/** The passage's block label, as a reader sees it ("The analysis (Cary, CSIS)", "2. Update, …"). */
	label: string;
	/** The kind of block: a provenance block (the book, the analysis, this site) or a note. */
	kind: 'prov' | 'note';
	labelTop: number;
	labelBottom: number;
	/** Whether the label is what a reader sees at its place: nothing (the contents bar, a note) lies over it. */
	labelSeen: boolean;
	/** The bottom of whatever stays at the top of the screen (the contents bar on a phone), or 0. */
	coveredTo: number;
	passageTop: number;
	passageBottom: number;
	height: number;
}

/**
 * Where the block label of the passage holding `id` lands, against the screen. With `follow`, first
 * follows a link to it within the page, as a reader's browser does (a fragment navigation), and waits
 * in the page until it has stopped scrolling (the same position at two readings 100 ms apart, as
 * tests/support/scroll.ts waits): one call to the page per passage rather than five, over 200
 * passages a screen.
 */
function landing(page: Page, id: string, { follow = false } = {}): Promise<Landing> {
	return page.evaluate(
		async ({ id, follow }) => {
			if (follow) {
				location.hash = id;
				const until = performance.now() + 15_000;
				// Two readings 100 ms apart, compared: the first is taken before any wait.
				for (let last = Number.NaN; ;) {
					const y = scrollY;
					if (y === last) break;
					if (performance.now() > until) throw new Error(`#${id}: the page was still scrolling after 15 s`);
					last = y;
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
			}
			const target = document.getElementById(id)!;
			const passage = target.matches('.anchor-alias') ? target.parentElement! : target;
			const block = passage.closest('.prov, .note')!;
			const label = block.matches('.prov') ? block.querySelector(':scope > .prov-label')! : block.querySelector('.note-label')!;
			const bar = document.querySelector('.page-contents')!.getBoundingClientRect();
			const l = label.getBoundingClientRect();
			const p = passage.getBoundingClientRect();
			const hit = document.elementFromPoint(l.left + 4, l.top + l.height / 2);
			const seen = label.contains(hit);
			return {
				label: label.textContent!.replace(/\s+/g, ' ').trim(),
				kind: target.closest('.note') ? ('note' as const) : ('prov' as const),
				labelTop: l.top,
				labelBottom: l.bottom,
				labelSeen: seen,
				coveredTo:
					bar.top <= 0 && bar.bottom > 0 && getComputedStyle(document.querySelector('.page-contents')!).position === 'sticky'
						? bar.bottom
						: 0,
				passageTop: p.top,
				passageBottom: p.bottom,
				height: innerHeight,
			};
		},
		{ id, follow },
	);
}

/** Every passage with a link of its own in a labelled block (provenance block or note) of the page. */
const labelledPassages = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('.prose :is(p, li)[id^="p-"]')].filter((el) => el.closest('.prov, .note')).map((el) => el.id),
	);

function expectVoiceInView(where: string, l: Landing, kind: 'prov' | 'note' = l.kind) {
	if (kind === 'prov') expect(labels, where).toContain(l.label);
	else expect(l.label, where).toMatch(/^\d+\. (Correction|Update|Context note)/);
	expect(l.labelSeen, `${where}: the label is covered`).toBe(true);
	expect(l.labelTop, `${where}: the label is above the screen or under the bar`).toBeGreaterThanOrEqual(l.coveredTo - 0.5);
	expect(l.labelBottom, `${where}: the label is below the screen`).toBeLessThanOrEqual(l.height);
}

describe.skipIf(skipBrowser)('a followed link lands with its voice', () => {
	const built = useBuiltSite();

	it('has old links to passages that moved within a page to follow', () => expect(redirects.length).toBeGreaterThan(3));

	for (const { name, options } of screens) {
		describe(`at ${name}`, () => {
			// One tab with JavaScript and one without for the screen, as a reader keeps one open: each
			// test that needs a fresh page opens it there after about:blank (a new document, not a move
			// within the old one). Nothing on these pages stores anything a later page would read.
			const tab = {} as Record<'on' | 'off', Page>;
			beforeAll(async () => {
				tab.on = (await openPage(built.browser, { ...options, ...still })).page;
				tab.off = (await openPage(built.browser, { ...options, ...still, javaScriptEnabled: false })).page;
			});

			for (const path of sections) {
				it(`every paragraph link of ${path} lands with its block's label in view, and the passage after it`, async () => {
					const page = tab.on;
					let checked = 0;
					await page.goto('about:blank');
					await page.goto(built.server.url(path));
					for (const id of await labelledPassages(page)) {
						const l = await landing(page, id, { follow: true });
						const where = `${path}#${id}`;
						expectVoiceInView(where, l);
						// The passage starts on screen, below its label: the label never sits over its first line.
						expect(l.passageTop, where).toBeGreaterThanOrEqual(l.labelBottom - 0.5);
						expect(l.passageTop, where).toBeLessThan(l.height / 2);
						checked++;
					}
					expect(checked, `labelled passages on ${path}`).toBeGreaterThanOrEqual(5);
				});
			}

			it(`without JavaScript, a fresh tab opened at a paragraph deep in its block shows the block's label`, async () => {
				const page = tab.off;
				for (const { path, id } of deepestParagraphs) {
					await page.goto('about:blank');
					await page.goto(built.server.url(`${path}#${id}`));
					await scrollSettled(page);
					const l = await landing(page, id);
					expectVoiceInView(`${path}#${id}`, l, 'prov');
				}
			});

			it(`a link to words at the end of each page's tallest paragraph shows them and the paragraph's label`, async () => {
				for (const path of sections) {
					await tab.on.goto(built.server.url(path));
					// The tallest labelled paragraph of the page, and a text fragment of its last words.
					const { id, fragment, words } = await tab.on.evaluate(() => {
						const passages = [...document.querySelectorAll<HTMLElement>('.prose .prov > p[id^="p-"]')];
						const tallest = passages.sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0]!;
						const copy = tallest.cloneNode(true) as HTMLElement;
						copy.querySelectorAll('.note-ref, .permalink, .anchor-alias').forEach((el) => el.remove());
						const all = copy.textContent!.trim().split(/\s+/);
						// The fourth- to second-last words (the last carries the full stop), after three words of context.
						const words = all.slice(-4, -1).join(' ');
						const prefix = all.slice(-7, -4).join(' ');
						const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
						return { id: tallest.id, words, fragment: `${enc(prefix)}-,${enc(words)}` };
					});
					const where = `${path}#${id}:~:text=${fragment}`;
					// Opened as a reader opens a shared link: in a new tab, in front (Chromium looks for the
					// words of a text fragment once the page is shown).
					const page = await tab.on.context().newPage();
					await page.bringToFront();
					await page.goto(built.server.url(`${path}#${id}:~:text=${fragment}`));
					// Where the linked words are: their last occurrence in the paragraph's own text (not in
					// its note numbers, ¶ or moved-passage marks), as one box across the lines they take.
					const wordsBox = () =>
						page.evaluate(
							({ id, words }) => {
								const nodes: Text[] = [];
								const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT, {
									acceptNode: (n) =>
										n.parentElement?.closest('.note-ref, .permalink, .anchor-alias') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
								});
								for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
								const text = nodes.map((n) => n.data).join('');
								const pattern = new RegExp(
									words
										.split(' ')
										.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
										.join('\\s+'),
									'g',
								);
								const found = [...text.matchAll(pattern)].at(-1);
								if (!found) return undefined;
								// A character offset in the paragraph's text, as a point in one of its text nodes.
								const at = (offset: number): [Text, number] => {
									for (const n of nodes) {
										if (offset <= n.data.length) return [n, offset];
										offset -= n.data.length;
									}
									throw new Error(`offset past the paragraph's end`);
								};
								const range = document.createRange();
								range.setStart(...at(found.index));
								range.setEnd(...at(found.index + found[0].length));
								return range.getBoundingClientRect().toJSON() as DOMRect;
							},
							{ id, words },
						);
					// The browser finds the words and scrolls to them after the page has loaded, later on a busy
					// machine: wait until they are on screen, as a reader would, then until the page is still.
					let seen = '';
					await expect
						.poll(
							async () => {
								const [box, screen] = await Promise.all([wordsBox(), page.evaluate(() => ({ y: scrollY, height: innerHeight }))]);
								seen = `words at ${JSON.stringify(box && { top: box.top, bottom: box.bottom })}, page scrolled to ${screen.y} of a ${screen.height} px screen`;
								return box !== undefined && box.top >= 0 && box.bottom <= screen.height;
							},
							{ timeout: 15_000 },
						)
						.toBe(true)
						.catch((error: Error) => {
							throw new Error(`${where}: the words are not scrolled into view (${seen})`, { cause: error });
						});
					await scrollSettled(page);
					// The browser targets the element that holds the words: the paragraph, or a link in it.
					expect(await page.evaluate(() => document.querySelector(':target')?.closest('[id^="p-"]')?.id), where).toBe(id);
					const l = await landing(page, id);
					expectVoiceInView(where, l, 'prov');
					// The words the link points at are on screen and not under the label.
					const box = await wordsBox();
					expect(box, `${where}: words found`).toBeDefined();
					expect(box!.top, where).toBeGreaterThanOrEqual(l.labelBottom - 0.5);
					expect(box!.bottom, where).toBeLessThanOrEqual(l.height);
					await page.close();
				}
			});

			for (const javaScriptEnabled of [true, false]) {
				for (const moved of [...new Set(redirects.map((r) => r.page))]) {
					it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}, an old link to a moved passage of ${moved} says so beside the passage, in view, and nowhere else`, async () => {
						const page = tab[javaScriptEnabled ? 'on' : 'off'];
						const here = redirects.filter((r) => r.page === moved);
						for (const [i, r] of here.entries()) {
							const where = `${r.page}#${r.from} (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`;
							// The first old link in a fresh tab; the rest followed within the page, as a link on it would be.
							if (i === 0) {
								await page.goto('about:blank');
								await page.goto(built.server.url(`${r.page}#${r.from}`));
							} else {
								await page.evaluate((id) => (location.hash = id), r.from);
							}
							await scrollSettled(page);
							const notice = await page.evaluate(
								({ from, to }) => {
									const alias = document.getElementById(from)!;
									const passage = document.getElementById(to)!;
									const box = alias.getBoundingClientRect();
									const bar = document.querySelector('.page-contents')!.getBoundingClientRect();
									const stuck = getComputedStyle(document.querySelector('.page-contents')!).position === 'sticky' && bar.top <= 0;
									return {
										text: getComputedStyle(alias, '::before').content,
										inPassage: passage.contains(alias),
										top: box.top,
										bottom: box.bottom,
										seen:
											alias.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)) ||
											passage === document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2),
										coveredTo: stuck ? bar.bottom : 0,
										height: innerHeight,
										header: (document.querySelector('.section-header') as HTMLElement).innerText,
									};
								},
								{ from: r.from, to: r.to.slice(1) },
							);
							expect(notice.text, where).toMatch(/passage that has since moved/);
							expect(notice.inPassage, where).toBe(true);
							expect(notice.seen, `${where}: the notice is covered`).toBe(true);
							expect(notice.top, where).toBeGreaterThanOrEqual(notice.coveredTo - 0.5);
							expect(notice.bottom, where).toBeLessThanOrEqual(notice.height);
							expect(notice.header, where).not.toMatch(/moved/);
							// A block's paragraph shows its block's label too (a heading is its own label).
							if (await page.locator(r.to).evaluate((el) => el.closest('.prov, .note') !== null)) {
								expectVoiceInView(where, await landing(page, r.from));
							}
						}
						// A link to the passage's own id says nothing about a move.
						await page.evaluate((id) => (location.hash = id), here[0]!.to.slice(1));
						expect(
							await page.evaluate(() =>
								[...document.querySelectorAll('.anchor-alias')].map((a) => getComputedStyle(a, '::before').content),
							),
						).toSatisfy((contents: string[]) => contents.every((c) => c === 'none'));
					});
				}
			}
		});
	}
});
