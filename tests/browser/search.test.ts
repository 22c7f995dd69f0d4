import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import type { Page } from 'playwright-core';
import { distDir, htmlPages, isSectionPath } from '../support/dist';
import { everyPageScriptReady, openPage, skipBrowser, phoneScreen } from '../support/browser';
import { useBuiltSite } from '../support/site';

/** Waits for what a reader would see; generous, so a busy machine is slower but never fails. */
const poll = <T>(fn: () => T | Promise<T>, message?: string) => expect.poll(fn, { timeout: 15_000, ...(message && { message }) });

/** Waits until the live region reports the settled search for `query` (and `scope`, if given). */
async function settled(page: Page, query: string, scope = '') {
	await page.waitForFunction(
		([q, s]) => {
			const text = document.querySelector('.search-status')?.textContent ?? '';
			return text.includes(`“${q}”${s}`);
		},
		[query, scope] as const,
		{ timeout: 15_000 },
	);
	return (await page.locator('.search-status').innerText()).trim();
}

/** A fetched file's name without its build hash and extension ("/_astro/search.BBWcQM6-.js" → "search"). */
const fileStem = (url: string) => url.split('/').pop()!.split('.')[0]!;
/** The stylesheets among the requests, by file stem, in the order they were asked for. */
const stylesheetStems = (requests: string[]) => requests.filter((u) => u.endsWith('.css')).map(fileStem);

describe.skipIf(skipBrowser)('search (Chromium)', () => {
	const built = useBuiltSite();
	let sectionPaths: string[];
	beforeAll(async () => {
		sectionPaths = htmlPages(distDir)
			.map((p) => p.path)
			.filter(isSectionPath);
		if (sectionPaths.length === 0) throw new Error('the build has no chapter section page');
	});

	it('fetches no search code or index on a section page until search opens', async () => {
		const { page, context, errors } = await openPage(built.browser);
		const requests: string[] = [];
		const openerBytes: Promise<number>[] = [];
		page.on('request', (r) => requests.push(r.url()));
		page.on('requestfinished', (r) => {
			// A size asked for after the measurement (the search code, once it opens) may still be pending
			// when the context closes: it then counts as 0 rather than reject after the test.
			if (r.resourceType() === 'script')
				openerBytes.push(
					r.sizes().then(
						(s) => s.responseBodySize,
						() => 0,
					),
				);
		});
		await page.goto(built.server.url(sectionPaths[0]!));
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
		expect(requests.filter((u) => /\/_astro\/(search|highlight)[.-]/.test(u))).toEqual([]);
		// Before search is used a reader downloads the site script (the opener is part of it), the
		// page's reading tools, a section page's own tools (notes, "On this page") and what the page's
		// address changes (the report link's passage, and here, in a build that knows no address of its
		// own, the address in citations): four small files, uncompressed here, none of them search.
		// All but the first load when the browser is idle, which a busy machine may delay past networkidle.
		await poll(() => requests.filter((u) => u.endsWith('.js')).length).toBe(4);
		expect(requests.filter((u) => u.endsWith('.js')).map(fileStem)).toEqual(
			expect.arrayContaining(['reading-tools', 'section-tools', 'page-address']),
		);
		expect(requests.filter((u) => u.includes('/pagefind/') || u.includes('search-names'))).toEqual([]);
		// The island's stylesheet comes with it (src/islands/stylesheet.ts), not with every page.
		const stylesheets = () => stylesheetStems(requests);
		expect(stylesheets()).toEqual(['BaseLayout']);
		const bytes = (await Promise.all(openerBytes)).reduce((a, b) => a + b, 0);
		expect(bytes).toBeGreaterThan(0);
		// Uncompressed, all four together; the compressed budgets are the bench's (bench/summary.md).
		expect(bytes).toBeLessThan(24_000);

		const before = requests.length;
		await page.getByRole('button', { name: /^Search/ }).click();
		await poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input[type="search"]'))).toBe(true);
		// The form is styled as it first shows: its box is a 44 px target with its border (search-island.css).
		const input = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return { height: document.activeElement!.getBoundingClientRect().height, border: style.borderTopWidth };
		});
		expect(input.height).toBeGreaterThanOrEqual(44);
		expect(input.border).toBe('2px');
		expect(stylesheets()).toEqual(['BaseLayout', 'search-island']);
		await page.waitForLoadState('networkidle');
		expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
		// The search app comes as one file (astro.config.mjs, searchChunks), with the two it shares
		// with the highlighting and the 404 page: three requests, where Rolldown alone makes five.
		const opened = requests.slice(before).filter((u) => u.includes('/_astro/') && u.endsWith('.js'));
		expect(opened.map(fileStem).sort()).toEqual(['nearest-links', 'search', 'search-query']);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('opens from the header button, "/" and Ctrl/⌘+K; Escape closes and returns focus', async () => {
		const { page, context, errors } = await openPage(built.browser);
		await page.goto(built.server.url(sectionPaths[0]!));
		await everyPageScriptReady(page);
		const button = page.getByRole('button', { name: /^Search/ });
		expect(await button.getAttribute('aria-haspopup')).toBe('dialog');
		const dialog = page.locator('dialog[data-search-dialog]');
		const input = dialog.locator('input[type="search"]');

		await button.focus();
		await page.keyboard.press('Enter');
		await poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

		for (const shortcut of ['/', 'Control+k', 'Meta+k']) {
			await page.locator('h1').click(); // focus in the page, not on the button
			await page.keyboard.press(shortcut);
			await poll(() => input.evaluate((el) => el === document.activeElement), shortcut).toBe(true);
			await page.keyboard.press('Escape');
			expect(await dialog.evaluate((d: HTMLDialogElement) => d.open), shortcut).toBe(false);
		}
		// Escape closes even with text in the box (a search box would otherwise just clear it).
		await page.keyboard.press('/');
		await page.keyboard.type('MLPS');
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		// A click on the backdrop closes it too.
		await page.keyboard.press('/');
		await poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		await page.mouse.click(2, 2);
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('works by keyboard alone: type, arrow through results, Enter lands on the heading with matches highlighted', async () => {
		const { page, context, errors } = await openPage(built.browser);
		await page.goto(built.server.url('/'));
		await everyPageScriptReady(page);
		await page.keyboard.press('/');
		await page.locator('dialog input[type="search"]').waitFor();
		await page.keyboard.type('"legal weapons"');
		expect(await settled(page, '"legal weapons"')).toMatch(/^\d+ results? for/);

		const focused = () =>
			page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? document.activeElement?.tagName);
		await page.keyboard.press('ArrowDown');
		const first = await focused();
		expect(first).toMatch(/\?highlight=/);
		await page.keyboard.press('ArrowDown');
		expect(await focused()).not.toBe(first);
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe(first);
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('INPUT');

		// Down to the first sub-result (a heading link), then Enter.
		let href = '';
		for (let i = 0; i < 10 && !href.includes('#'); i++) {
			await page.keyboard.press('ArrowDown');
			href = (await focused()) ?? '';
		}
		expect(href).toContain('#');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.hash.length > 1);
		const hash = new URL(page.url()).hash.slice(1);
		const heading = page.locator(`[id="${decodeURIComponent(hash)}"]`);
		await poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
		await poll(() => page.evaluate(() => CSS.highlights.get('search-match')?.size ?? 0)).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('announces the count politely, shows only text and <mark> in excerpts, and suggests the glossary when nothing matches', async () => {
		const { page, context, errors } = await openPage(built.browser);
		await page.goto(built.server.url(sectionPaths[0]!));
		await everyPageScriptReady(page);
		await page.keyboard.press('/');
		const input = page.locator('dialog input[type="search"]');
		await input.fill('MLPS');
		expect(await settled(page, 'MLPS')).toMatch(/^\d+ results? for “MLPS”$/);
		expect(await page.locator('.search-status').getAttribute('role')).toBe('status');
		const excerpts = await page.locator('.search-excerpt').evaluateAll((els) =>
			els.map((e) => ({
				html: e.innerHTML,
				tags: [...e.querySelectorAll('*')].map((c) =>
					c.tagName === 'SPAN' ? `SPAN lang=${c.getAttribute('lang')} ${c.attributes.length}` : c.tagName,
				),
			})),
		);
		expect(excerpts.length).toBeGreaterThan(0);
		// Only the query's matches, and Chinese marked as Chinese (a span with its language and nothing else).
		expect(excerpts.flatMap((e) => e.tags).filter((t) => t !== 'MARK' && t !== 'SPAN lang=zh-Hans 1')).toEqual([]);
		expect(excerpts.some((e) => e.html.includes('<mark>'))).toBe(true);
		// Chrome stays out of the index, so out of excerpts.
		expect(excerpts.map((e) => e.html).join(' ')).not.toMatch(/How to read this page|Last updated|About this source|Sources:/);

		await input.fill('zzqxvw');
		expect(await settled(page, 'zzqxvw')).toMatch(/^No results for “zzqxvw”/);
		const glossaryLink = page.locator('.search-status a');
		expect(await glossaryLink.getAttribute('href')).toBe('/glossary/');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('answers a query that names a page of the site with that page alone, landing on the heading asked for, and no page that shares a word', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/search/?q=how%20to%20cite%20this%20site'));
		expect(await settled(page, 'how to cite this site')).toMatch(/^1 result for/);
		const links = page.locator('.search-result > a');
		expect(await links.count()).toBe(1);
		expect(await links.first().getAttribute('href')).toBe('/about/#how-to-cite-this-site');
		expect(await page.locator('.search-answers a', { hasText: 'About this site' }).count()).toBe(1);
		// Limited to a kind of page the site's own pages are not, the query is searched as words.
		await page.goto(built.server.url('/search/?q=how%20to%20cite%20this%20site&type=glossary'));
		await settled(page, 'how to cite this site');
		expect(await page.locator('.search-result > a[href^="/about/"]').count()).toBe(0);
		await context.close();
	});

	it('finds Chinese inner parts and marks them in the excerpt', async () => {
		const { page, context } = await openPage(built.browser);
		await page.goto(built.server.url('/search/?q=%E7%AD%89%E7%BA%A7%E4%BF%9D%E6%8A%A4'));
		await settled(page, '等级保护');
		const first = page.locator('.search-result').first();
		expect(await first.locator('a').first().getAttribute('href')).toMatch(/^\/glossary\/mlps\//);
		expect(await first.locator('.search-excerpt mark').first().innerText()).toBe('等级保护');
		// Every Chinese character in the results is marked as Chinese, so it is read in a Chinese voice.
		const unmarked = await page.locator('.search-results').evaluate((list) => {
			const out: string[] = [];
			const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode())
				if (/\p{Script=Han}/u.test(node.textContent!) && !node.parentElement!.closest(':lang(zh):not(:lang(zh-Latn))'))
					out.push(node.textContent!);
			return out;
		});
		expect(await page.locator('.search-results [lang="zh-Hans"]').count()).toBeGreaterThan(0);
		expect(unmarked).toEqual([]);
		// In a longer run of Chinese ("树立正确的网络安全观,"), only the part asked for is marked.
		await page.goto(built.server.url(`/search/?q=${encodeURIComponent('网络安全观')}`));
		await settled(page, '网络安全观');
		const marks = await page.locator('.search-results mark').allInnerTexts();
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['网络安全观']));
		await context.close();
	});

	it('answers "how fast must incidents be reported" with the measures in force before the draft they replaced, the excerpt showing the deadline', async () => {
		const { page, context, errors } = await openPage(built.browser);
		const query = 'how fast must incidents be reported';
		await page.goto(built.server.url(`/search/?q=${encodeURIComponent(query)}`));
		await settled(page, query);
		const pages = await page
			.locator('.search-result > .search-result-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(pages[0]).toBe('/glossary/incident-reporting-measures-2025/');
		expect(pages.indexOf('/glossary/incident-reporting-draft-2023/')).toBeGreaterThan(0);
		// Before: the definition's first words, with no figure. Now the words around a deadline, marked.
		const excerpt = page.locator('.search-result').first().locator(':scope > .search-excerpt');
		expect(await excerpt.innerText()).toMatch(/\b(?:\d+|one|four) hours?\b/);
		// The word is marked, not the comma or full stop after it.
		expect(await excerpt.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^hours?$/)]));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows a named entry, opened at its top, by the definition there, each part listed under it by its own words, and the results under a heading of their own', async () => {
		const { page, context } = await openPage(built.browser);
		const query = 'cybersecurity review';
		await page.goto(built.server.url(`/search/?q=${encodeURIComponent(query)}`));
		await settled(page, query);
		const first = page.locator('.search-result').first();
		const link = new URL((await first.locator(':scope > .search-result-link').getAttribute('href'))!, 'http://x');
		expect(`${link.pathname}${link.hash}`).toBe('/glossary/cybersecurity-review/');
		// The words under the link are the ones a reader finds where it opens: the entry's definition.
		// They were its key facts', whose own line below was left empty.
		const definition = await page.evaluate(async () => {
			const html = await (await fetch('/glossary/cybersecurity-review/')).text();
			return new DOMParser().parseFromString(html, 'text/html').querySelector('main .term-short')!.textContent!;
		});
		const excerpt = (await first.locator(':scope > .search-excerpt').innerText()).replace(/^…\s*|\s*…$/g, '');
		expect(definition.replace(/\s+/g, ' ')).toContain(excerpt.split('. ').at(-1)!.slice(0, 40));
		const parts = await first
			.locator('.search-subresults > li')
			.evaluateAll((items) =>
				items.map((li) => ({ title: li.querySelector('a')!.textContent, words: li.querySelector('.search-excerpt')?.textContent ?? '' })),
			);
		expect(parts.map((p) => p.title)).toContain('Key facts');
		for (const part of parts) {
			expect(part.words, part.title!).not.toBe('');
			// Its own words, not its heading again under the heading's link ("Key facts" then "Key facts. …").
			expect(part.words.replace(/^…\s*/, ''), part.title!).not.toMatch(new RegExp(`^${part.title}\\.`));
		}
		// A screen reader's headings: the glossary's answer, then the results under a heading of their
		// own, not under "In the glossary"; the answer's region is named as its heading reads.
		const headings = await page
			.locator('main')
			.getByRole('heading')
			.evaluateAll((hs) => hs.map((h) => h.textContent!.trim()));
		expect(headings.indexOf('All results')).toBeGreaterThan(headings.indexOf('In the glossary'));
		expect(headings.indexOf('In the glossary')).toBeGreaterThan(-1);
		expect(await page.getByRole('region', { name: 'In the glossary', exact: true }).count()).toBe(1);
		await context.close();
	});

	it('filters by result type and glossary kind, and /search/ keeps query and filters in a shareable URL', async () => {
		const { page, context, errors } = await openPage(built.browser);
		await page.goto(built.server.url('/search/?q=law&type=glossary&kind=law'));
		await settled(page, 'law', ' among laws');
		expect(await page.getByLabel('Show').inputValue()).toBe('glossary');
		expect(await page.getByLabel('Kind of term').inputValue()).toBe('law');
		// The two filters stand side by side, in line, each label over its select: in a row they did not
		// fit a desktop's box, and the second wrapped with its select out of line with the first.
		const [show, kind] = await Promise.all(
			['Show', 'Kind of term'].map(async (name) => ({
				select: (await page.getByLabel(name).boundingBox())!,
				label: (await page.locator('.search-filter label', { hasText: name }).boundingBox())!,
			})),
		);
		expect(Math.abs(show!.select.y - kind!.select.y)).toBeLessThanOrEqual(1);
		expect(Math.abs(show!.select.width - kind!.select.width)).toBeLessThanOrEqual(1);
		for (const { select, label } of [show!, kind!]) {
			expect(Math.abs(label.x - select.x)).toBeLessThanOrEqual(1);
			expect(label.y + label.height).toBeLessThanOrEqual(select.y + 1);
		}
		const types = await page.locator('.search-result-type').allInnerTexts();
		expect(types.length).toBeGreaterThan(0);
		expect(new Set(types)).toEqual(new Set(['Glossary · Law']));

		await page.getByLabel('Show').selectOption('timeline');
		await poll(() => new URL(page.url()).search).toBe('?q=law&type=timeline');
		await settled(page, 'law', ' among timeline events');
		expect(new Set(await page.locator('.search-result-type').allInnerTexts())).toEqual(new Set(['Timeline']));

		await page.getByLabel('Search the whole site').fill('MLPS');
		await poll(() => new URL(page.url()).search).toBe('?q=MLPS&type=timeline');
		await page.reload();
		await everyPageScriptReady(page);
		await settled(page, 'MLPS');
		const box = page.getByLabel('Search the whole site');
		expect(await box.inputValue()).toBe('MLPS');
		// On /search/ itself, "/" goes to the page's own box instead of opening the dialog.
		await page.locator('h1').click();
		await page.keyboard.press('/');
		expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await page.locator('dialog[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('fits a phone: the dialog fills a 320 px screen without sideways scrolling', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
		await page.goto(built.server.url(sectionPaths[0]!));
		await page.getByRole('button', { name: /^Search/ }).tap();
		const input = page.locator('dialog input[type="search"]');
		await input.fill('critical information infrastructure');
		await settled(page, 'critical information infrastructure');
		const box = await page
			.locator('dialog[data-search-dialog]')
			.evaluate((d) => ({ w: d.getBoundingClientRect().width, scroll: d.scrollWidth - d.clientWidth }));
		expect(box.w).toBeLessThanOrEqual(320);
		expect(box.scroll).toBeLessThanOrEqual(0);
		expect(await page.getByRole('button', { name: 'Close' }).isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Close' }).tap();
		expect(await page.locator('dialog[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		await context.close();
	});

	it('on a phone (390 × 844), results start high and more show: the first near the top, more listed by title, an instant answer the results list shortened to its name', async () => {
		const { page, context, errors } = await openPage(built.browser, {
			viewport: phoneScreen,
			hasTouch: true,
			isMobile: true,
		});
		/** Where the first result starts, and how many results start on the screen, once the search for `query` has settled. */
		const placed = async (query: string) => {
			await settled(page, query);
			return page.locator('.search-result').evaluateAll((items) => ({
				top: items[0]?.getBoundingClientRect().top ?? Infinity,
				inView: items.filter((i) => i.getBoundingClientRect().top < innerHeight).length,
			}));
		};
		await page.goto(built.server.url(sectionPaths[0]!));
		await page.getByRole('button', { name: /^Search/ }).tap();
		const input = page.locator('dialog input[type="search"]');
		await input.fill('how fast must incidents be reported');
		// Before: 347 px, with the hint and the filters on two lines above the results.
		const question = await placed('how fast must incidents be reported');
		expect(question.top).toBeLessThan(250);
		expect(question.inView).toBeGreaterThanOrEqual(2);
		// Before: three results, then "Show more". The next ones are listed by title, at no download.
		expect(await page.locator('dialog .search-result').count()).toBeGreaterThanOrEqual(6);
		expect(await page.locator('dialog .search-result-preview .search-result-title').first().innerText()).not.toBe('');
		// A glossary entry listed by title keeps two lines of its definition on a phone.
		const definition = page.locator('dialog .search-result-preview .search-excerpt').first();
		expect(
			await definition.evaluate((p) => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)),
		).toBeLessThanOrEqual(2.05);
		// "Show more" brings them whole (an excerpt cut where the query is), and the keyboard goes to the first of them.
		const firstListed = await page.locator('dialog .search-result-preview .search-result-title').first().innerText();
		await page.locator('dialog .search-more').tap();
		await page.locator('dialog .search-result-preview').first().waitFor({ state: 'detached' });
		const fourth = page.locator('dialog .search-result').nth(3);
		expect(await fourth.locator('.search-result-title').innerText()).toBe(firstListed);
		await expect.poll(() => fourth.locator('.search-result-link').evaluate((a) => a === document.activeElement)).toBe(true);
		await input.fill('MLPS');
		expect((await placed('MLPS')).top).toBeLessThan(330);
		// The entry is the first result, with its excerpt: above, it keeps only its name and link.
		expect(await page.locator('dialog .search-answer-term').allInnerTexts()).toContain('Multi-Level Protection Scheme (MLPS)');
		expect(await page.locator('dialog .search-answer-short').count()).toBe(0);
		await page.goto(built.server.url(`/search/?q=${encodeURIComponent('how fast must incidents be reported')}`));
		expect((await placed('how fast must incidents be reported')).top).toBeLessThan(380);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('loads a result listed by title whole once a reader scrolls or tabs to it, and none the reader has not seen', async () => {
		const { page, context, errors } = await openPage(built.browser, { viewport: { width: 1366, height: 900 } });
		const fragments: string[] = [];
		page.on('request', (r) => void (r.url().includes('/pagefind/fragment/') && fragments.push(r.url())));
		const query = 'data export';
		await page.goto(built.server.url(`/search/?q=${encodeURIComponent(query)}`));
		await settled(page, query);
		const results = page.locator('.search-result');
		const timeline = results.filter({ has: page.locator('.search-result-type', { hasText: /^Timeline$/ }) });
		// Off screen (the fourth result starts below a 900 px screen), the timeline is listed by its
		// page's title alone, and its text is not downloaded: one fragment per result shown whole.
		expect(await timeline.evaluate((li) => li.classList.contains('search-result-preview'))).toBe(true);
		expect(await timeline.locator('.search-result-title').innerText()).toBe('Timeline');
		const whole = await results.evaluateAll((items) => items.filter((i) => !i.classList.contains('search-result-preview')).length);
		expect(fragments.length).toBe(whole);
		// Reached (here by the keyboard, which scrolls it into view), it comes whole: the event that
		// answers is its title and its link, with its text; and the keyboard stays on it.
		await timeline.locator('.search-result-link').focus();
		await poll(() => timeline.evaluate((li) => li.classList.contains('search-result-preview'))).toBe(false);
		expect(await timeline.locator('.search-result-link').evaluate((a) => a === document.activeElement)).toBe(true);
		expect(await timeline.locator('.search-result-title').innerText()).toMatch(/^Data-export assessment measures/);
		expect(await timeline.locator('.search-result-link').getAttribute('href')).toMatch(
			/^\/timeline\/\?highlight=data%20export#data-export-/,
		);
		expect(await timeline.locator('.search-excerpt').first().innerText()).toMatch(/\d{4}\. Data-export/);
		// Each download is a result now shown whole: those that came into view with it, and no other.
		const wholeNow = await results.evaluateAll((items) => items.filter((i) => !i.classList.contains('search-result-preview')).length);
		expect(fragments.length).toBe(wholeNow);
		expect(errors).toEqual([]);
		await context.close();
	});

	// Light, then dark (the colour rules) on the same open dialog, as a reader whose system turns dark sees it.
	it('has no axe violations with the dialog open and results shown, light and dark', async () => {
		const { page, context, errors } = await openPage(built.browser, { colorScheme: 'light' });
		await page.goto(built.server.url(sectionPaths[0]!));
		await everyPageScriptReady(page);
		await page.keyboard.press('/');
		await page.locator('dialog input[type="search"]').fill('cybersecurity law');
		await settled(page, 'cybersecurity law');
		const light = await axeViolations(page, 'light');
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await axeViolations(page, 'dark');
		expect({ light, dark }).toEqual({ light: [], dark: [] });
		expect(errors).toEqual([]);
		await context.close();
	});

	it('on /search/, the form replaces the no-JavaScript list without moving the footer, and fetches no index until used', async () => {
		for (const viewport of [
			{ width: 1350, height: 940 },
			{ width: 412, height: 823 },
			{ width: 320, height: 640 },
		]) {
			const footerTop = async (javaScriptEnabled: boolean) => {
				const { page, context } = await openPage(built.browser, { viewport, javaScriptEnabled });
				const requests: string[] = [];
				page.on('request', (r) => requests.push(r.url()));
				await page.goto(built.server.url('/search/'));
				await page.waitForLoadState('networkidle');
				if (javaScriptEnabled) {
					await page.locator('[data-search-page] input[type="search"]').waitFor();
					expect(
						requests.filter((u) => u.includes('/pagefind/')),
						'Pagefind before the box is used',
					).toEqual([]);
					// The island finds its styles in the page's own stylesheet and does not fetch them again.
					await page.locator('[data-search-app][data-mounted]').waitFor({ state: 'attached' });
					expect(stylesheetStems(requests)).toEqual(['BaseLayout', 'search']);
				}
				// From the top of the search area, so the header's own enhancements do not count.
				const top = await page.evaluate(
					() =>
						document.querySelector('footer')!.getBoundingClientRect().top -
						document.querySelector('[data-search-page]')!.getBoundingClientRect().top,
				);
				await context.close();
				return top;
			};
			expect(Math.abs((await footerTop(true)) - (await footerTop(false))), `footer moved at ${viewport.width} px`).toBeLessThan(1);
		}
	});

	it('on /search/, the form is on screen before its script arrives, and what a reader types meanwhile is kept and searched', async () => {
		const { page, context } = await openPage(built.browser, { viewport: { width: 412, height: 823 } });
		// Hold the search app's file back, as a slow connection does, and know when the page asks for it.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let asked!: () => void;
		const requested = new Promise<void>((resolve) => (asked = resolve));
		await page.route(/\/_astro\/search\.[\w-]{8}\.js$/, async (route) => {
			asked();
			await held;
			await route.continue();
		});
		await page.goto(built.server.url('/search/'));
		const box = page.getByRole('searchbox', { name: 'Search the whole site' });
		await expect.poll(() => box.isVisible()).toBe(true);
		expect(await page.locator('.search-fallback').isVisible()).toBe(false);
		// The every-page script has run and asked for the app, which has not come: the form is the build's.
		await requested;
		expect(await page.locator('[data-search-app][data-mounted]').count()).toBe(0);
		await box.fill('MLPS');
		release();
		// Once the script runs, the words are still there and their results come.
		await expect.poll(() => page.locator('.search-result-link').count(), { timeout: 30_000 }).toBeGreaterThan(0);
		expect(await box.inputValue()).toBe('MLPS');
		expect(new URL(page.url()).searchParams.get('q')).toBe('MLPS');
		await context.close();
	});

	it('without JavaScript, /search/ says search needs it and links the glossary and every section', async () => {
		const { page, context } = await openPage(built.browser, { javaScriptEnabled: false });
		await page.goto(built.server.url('/search/?q=MLPS'));
		expect(await page.locator('main').innerText()).toContain('Search needs JavaScript');
		// The form the build drew for browsers that run scripts is not shown, nor reachable.
		expect(await page.locator('[data-search-page] input[type="search"]').isVisible()).toBe(false);
		const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toContain('/glossary/');
		for (const path of sectionPaths) expect(links).toContain(path);
		// The header's search control is a plain link to this page.
		expect(await page.locator('header a[data-search-link]').getAttribute('href')).toBe('/search/');
		expect(await page.locator('header [data-search-button]').isVisible()).toBe(false);
		await context.close();
	});
});
