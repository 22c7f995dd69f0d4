import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { distDir, readHtml, requireDist } from '../support/dist';
import { openPage, skipBrowser } from '../support/browser';
import { useBuiltSite } from '../support/site';
import { readContent } from '../../src/content/read';
import type { LinkTargetPage } from '../../src/search/nearest-links';

// The 404 page: its build-time list of pages and anchors, the suggestions it makes for mistyped
// and old links, and its full list of sections without JavaScript.

const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const sectionPaths = model.sections.map((s) => `/${s.value.id}/`);
const page = (path: string) => fromHtml(readHtml(join(distDir, path, 'index.html')));

describe('the 404 page’s list of link targets', () => {
	requireDist();
	const tree = fromHtml(readHtml(join(distDir, '404.html')));
	const targets = JSON.parse(toString(select('script#link-targets', tree)!)) as LinkTargetPage[];

	it('holds every section with its headings and paragraph ids, every glossary entry and every timeline event', () => {
		const paths = targets.map((t) => t.path);
		for (const path of sectionPaths) expect(paths, path).toContain(path);
		for (const id of model.glossary.keys()) expect(paths).toContain(`/glossary/${id}/`);
		const timeline = targets.find((t) => t.path === '/timeline/')!;
		expect(timeline.anchors.map(([id]) => id).sort()).toEqual(model.timeline.map((e) => e.value.id).sort());
		for (const path of sectionPaths) {
			const tree = page(path);
			// A comparison table's numbered source list is the table's own footnotes, not a passage to suggest.
			const footnotes = new Set(selectAll('.cmp-sources [id]', tree).map((el) => String(el.properties.id)));
			const built = selectAll('main .prose h2[id], main .prose h3[id], main .prose p[id], main .prose li[id]', tree)
				.map((el) => String(el.properties.id))
				.filter((id) => !footnotes.has(id));
			const listed = targets.find((t) => t.path === path)!.anchors.map(([id]) => id);
			expect(built.length, path).toBeGreaterThan(0);
			expect(listed.sort(), path).toEqual(built.sort());
		}
	});

	it('points only at pages and ids that exist in the build', () => {
		for (const target of targets) {
			const file = join(distDir, target.path, 'index.html');
			expect(existsSync(file), target.path).toBe(true);
			const ids = new Set(selectAll('[id]', fromHtml(readHtml(file))).map((el) => String(el.properties.id)));
			for (const [id] of target.anchors) expect(ids.has(id), `${target.path}#${id}`).toBe(true);
		}
	});
});

describe.skipIf(skipBrowser)('the 404 page in Chromium', () => {
	const built = useBuiltSite();

	/** The suggested links, in order, after the page has ranked them. */
	async function suggestions(p: Page, address: string): Promise<string[]> {
		const response = await p.goto(built.server.url(address));
		expect(response?.status()).toBe(404);
		await p.locator('[data-suggestions]').waitFor({ state: 'visible' });
		return p.locator('[data-suggestion-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	}

	it('suggests the right section first for a mistyped section URL', async () => {
		const { page: p, context } = await openPage(built.browser);
		expect((await suggestions(p, '/chapter-5/systems-and-capacity-buildin/'))[0]).toBe('/chapter-5/systems-and-capacity-building/');
		expect((await suggestions(p, '/chapter-5/overveiw/'))[0]).toBe('/chapter-5/overview/');
		expect((await suggestions(p, '/glossary/cybersecurty-law/'))[0]).toBe('/glossary/cybersecurity-law/');
		await context.close();
	});

	it('suggests the passage an old link pointed to, from its fragment', async () => {
		const { page: p, context } = await openPage(built.browser);
		const overview = page('/chapter-5/overview/');
		const paragraph = String(selectAll('main .prose p[id^="p-"]', overview)[2]!.properties.id);
		// The section's address was mistyped, and the paragraph's opening was later reworded.
		const older = paragraph.split('-').slice(0, -1).join('-');
		expect((await suggestions(p, `/chapter-5/overview-of-the-chapter/#${older}`))[0]).toBe(`/chapter-5/overview/#${paragraph}`);
		const event = model.timeline[0]!.value.id;
		expect((await suggestions(p, `/timline/#${event}`))[0]).toBe(`/timeline/#${event}`);
		await context.close();
	});

	it('with JavaScript off, lists every section and shows no suggestions', async () => {
		const { page: p, context } = await openPage(built.browser, { javaScriptEnabled: false });
		const response = await p.goto(built.server.url('/chapter-5/systems-and-capacity-buildin/'));
		expect(response?.status()).toBe(404);
		expect(await p.locator('[data-suggestions]').isVisible()).toBe(false);
		const links = await p.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		for (const path of sectionPaths) expect(links, path).toContain(path);
		await context.close();
	});

	it('works under no console errors but the 404 itself', async () => {
		const { page: p, context, errors } = await openPage(built.browser);
		await suggestions(p, '/chapter-5/whatever-the-chapter-signals/');
		expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		await context.close();
	});
});
