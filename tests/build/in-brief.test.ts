import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { distDir, htmlPages, isSectionPath, readHtml, requireDist } from '../support/dist';
import { GIST_WORDS } from '../../src/content/check';
import { WORDS_PER_MINUTE } from '../../src/site/reading-time';

// Issue 25 §1: a reader who stops at the home page has the chapter's gist, and one who opens a
// section page learns its point, and whose point each sentence is, before the first heading.

const page = (path: string): Root => fromHtml(readHtml(join(distDir, path, 'index.html')));
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where a passage sits: a numbered note's kind, else its block's voice (book, analysis, context). */
function voiceOf(root: Root, id: string): string | undefined {
	const ancestry: Element[] = [];
	const walk = (node: Root | Element, path: Element[]): boolean => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.properties.id === id) {
				ancestry.push(...path, child);
				return true;
			}
			if (walk(child, [...path, child])) return true;
		}
		return false;
	};
	walk(root, []);
	const holder = ancestry.findLast((el) => el.properties.dataNote !== undefined || el.properties.dataProv !== undefined);
	return holder ? String(holder.properties.dataNote ?? holder.properties.dataProv) : undefined;
}

/** The voices a summary's labels may claim, and the passages that may bear each out. */
const bornOutBy: Record<string, string[]> = {
	'The book': ['book'],
	'The analysis': ['analysis'],
	'Since then': ['update', 'context'],
};

describe('the chapter in brief on the home page', () => {
	let points: Element[];
	beforeAll(() => {
		requireDist();
		points = selectAll('.home-gist .gist > li', page('/'));
	});

	it('opens the page, before the list of sections, with five points or fewer', () => {
		const html = readHtml(join(distDir, 'index.html'));
		expect(points.length).toBeGreaterThanOrEqual(3);
		expect(points.length).toBeLessThanOrEqual(5);
		expect(html.indexOf('class="home-gist"')).toBeLessThan(html.indexOf('class="reading-map"'));
	});

	it(`says it in ${GIST_WORDS} words or fewer, each point under whose point it is`, () => {
		const text = points.map((li) => toString(li).replace(toString(select('.gist-more', li)!), ''));
		expect(text.reduce((n, t) => n + words(t), 0)).toBeLessThanOrEqual(GIST_WORDS);
		for (const li of points) expect(Object.keys(bornOutBy)).toContain(toString(select('.voice-label', li)!));
		// What the book says, what the analysis argues and what has happened since: all three.
		expect(new Set(points.map((li) => toString(select('.voice-label', li)!))).size).toBe(3);
		// The label is said once: "Since then: Since then, national rules …" read twice.
		for (const li of points) {
			const label = toString(select('.voice-label', li)!);
			expect(squash(toString(li)).slice(label.length).trim().toLowerCase(), label).not.toMatch(new RegExp(`^${label.toLowerCase()}\\b`));
		}
	});

	it('links each point to a passage of the same voice that develops it', () => {
		for (const li of points) {
			const label = toString(select('.voice-label', li)!);
			const href = String(select('a.gist-more', li)!.properties.href);
			const [path, id] = href.split('#') as [string, string];
			const target = page(path);
			const paragraph = select(`p#${id}`, target);
			expect(paragraph, href).toBeTruthy();
			expect(bornOutBy[label], `${href} is a ${voiceOf(target, id)} passage, labelled “${label}”`).toContain(voiceOf(target, id));
			// The link is named for where it leads, and says so to a screen reader.
			expect(squash(toString(select('a.gist-more', li)!))).toMatch(/^→ Read more in \S/);
		}
	});
});

describe('“In brief” at the top of each section page', () => {
	const sections = () => htmlPages().filter((p) => isSectionPath(p.path));

	it('stands under the title, before the first heading of the text, with two or three labelled voices', () => {
		expect(sections().length).toBeGreaterThanOrEqual(5);
		for (const { path } of sections()) {
			const html = readHtml(join(distDir, path, 'index.html'));
			const root = fromHtml(html);
			const brief = select('section.in-brief', root);
			expect(brief, path).toBeTruthy();
			expect(html.indexOf('class="in-brief"'), path).toBeLessThan(html.indexOf('class="prose"'));
			const labels = selectAll('dt', brief!).map((dt) => toString(dt));
			expect(labels.length, path).toBeGreaterThanOrEqual(2);
			for (const label of labels) expect(Object.keys(bornOutBy)).toContain(label);
			for (const dd of selectAll('dd', brief!)) expect(words(toString(dd)), path).toBeLessThanOrEqual(60);
		}
	});

	it('gives a reading time that matches the words on the page', () => {
		for (const { path } of sections()) {
			const root = page(path);
			const shown = /About (\d+) minutes? to read/.exec(toString(select('.reading-time', root)!));
			expect(shown, path).toBeTruthy();
			// What a reader reads: the text, not the lines that list its sources or label its passages.
			const skipped = selectAll('.prose :is(.source-refs, .prov-label, .note-label)', root).reduce((n, el) => n + words(toString(el)), 0);
			const minutes = (words(toString(select('.prose', root)!)) - skipped) / WORDS_PER_MINUTE;
			expect(Number(shown![1]), path).toBeGreaterThanOrEqual(Math.floor(minutes * 0.75));
			expect(Number(shown![1]), path).toBeLessThanOrEqual(Math.ceil(minutes * 1.25));
		}
	});
});

describe('the picture of the chapter', () => {
	// Laid out twice, for a phone's column and the reading column (one shown at a time, pages.css):
	// each drawing says it all.
	for (const drawing of ['picture-narrow', 'picture-wide'])
		it(`draws every section, every area of section 3 and what each leads to, and says the same as a list (${drawing})`, () => {
			const root = page('/');
			const svgLinks = selectAll(`.chapter-picture svg.${drawing} a`, root).map((a) => String(a.properties.href));
			const listLinks = selectAll('.chapter-picture .picture-text a', root).map((a) => String(a.properties.href));
			// The chapter's own line leads to its first page; everything else appears once in each.
			expect(svgLinks.slice(1)).toEqual(listLinks);
			const drawn = selectAll(`.chapter-picture svg.${drawing} text`, root).map((t) => squash(toString(t)));
			for (const area of [
				'Critical information infrastructure',
				'Situational awareness and emergency response',
				'Network security review',
				'Data security management',
				'Personal information protection',
			])
				expect(drawn.map((d) => d.replace(/ /g, ''))).toContain(area.replace(/ /g, ''));
			expect(drawn).toEqual(expect.arrayContaining(['CAC', 'PIPL', 'Cybersecurity Law']));
			// Book sections 1 to 4, each a link to the page (or the passage) that covers it.
			expect(selectAll(`.chapter-picture svg.${drawing} a.picture-section`, root)).toHaveLength(4);
		});

	it('draws the reading column’s picture wide enough that no law, rule or body wraps its name', () => {
		const root = page('/');
		const width = (drawing: string) => Number(String(select(`.chapter-picture svg.${drawing}`, root)!.properties.viewBox).split(' ')[2]);
		expect(width('picture-narrow')).toBeLessThanOrEqual(300);
		expect(width('picture-wide')).toBeGreaterThan(500);
		const wrapped = (drawing: string) =>
			selectAll(`.chapter-picture svg.${drawing} :is(a.picture-rule, a.picture-body, a.picture-section, a.picture-area)`, root).filter(
				(a) => selectAll('tspan', a).length > 1,
			);
		// On a phone some must wrap ("Cybersecurity Review / Measures"); in the column, none.
		expect(wrapped('picture-narrow').length).toBeGreaterThan(5);
		expect(wrapped('picture-wide').map((a) => squash(toString(a)))).toEqual([]);
	});
});

describe('the home page’s list of sections', () => {
	// The picture, the menu and the pager name a section page by its short name ("4. Laying the
	// foundation"); the page opens with the book's heading ("Laying the Foundation for Cybersecurity").
	// A list that named them by their headings a screen below the picture read as other pages.
	it('names each page as the picture above it does, and a book section by the heading its page opens with too', () => {
		requireDist();
		const home = page('/');
		const items = selectAll('.reading-map > li', home);
		expect(items.length).toBeGreaterThan(3);
		let bookSections = 0;
		let drawn = 0;
		for (const item of items) {
			const link = select(':scope > a', item)!;
			const href = String(link.properties.href);
			// The picture draws the book's sections as boxes (the overview is its root, the chapter itself).
			const box = select(`figure .picture-narrow a.picture-section[href="${href}"]`, home);
			if (box) {
				drawn++;
				expect(squash(toString(link)), href).toBe(squash(toString(box)).replace(/^\d+\.\s/, ''));
			}
			const heading = select('.reading-map-heading', item);
			if (!heading) continue;
			bookSections++;
			expect(squash(toString(heading)), href).toMatch(/^Book\ssection\s\d+: /);
			expect(squash(toString(heading)), href).toContain(squash(toString(select('main h1', page(href))!)));
		}
		expect(bookSections).toBe(3);
		expect(drawn).toBeGreaterThanOrEqual(3);
	});
});
