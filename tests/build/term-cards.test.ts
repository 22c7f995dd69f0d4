import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { loadContent } from '../../src/content/load';
import { kindLabels } from '../../src/site/labels';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// Term cards are built with the page: every page that links terms carries one popover per term,
// once, in its own HTML, and each term link is described by its card's definition. Checked here on
// the HTML a reader (or a screen reader, with JavaScript off) gets.

const model = loadContent(new URL('../../content', import.meta.url).pathname);
const pages = htmlPages(distDir)
	.filter((p) => !p.path.startsWith('/pagefind/'))
	.map((p) => ({ ...p, tree: fromHtml(readHtml(p.file)) }));

const termLinks = (tree: Root) => selectAll('a.term', tree);
const glossaryId = (a: Element) => /\/glossary\/([a-z0-9-]+)\/$/.exec(String(a.properties.href))?.[1];

describe('term cards in the built HTML', () => {
	requireDist();

	it('are on every kind of page that links terms: sections, glossary entries, the timeline and About', () => {
		const withLinks = pages.filter((p) => termLinks(p.tree).length > 0).map((p) => p.path);
		expect(withLinks.filter((p) => /^\/chapter-\d+\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
		expect(withLinks).toContain('/timeline/');
		expect(withLinks).toContain('/about/');
		// Every entry with related terms links them as terms.
		const withRelated = [...model.glossary.values()].filter((e) => e.value.related.length > 0).map((e) => `/glossary/${e.value.id}/`);
		expect(withRelated.length).toBeGreaterThan(0);
		for (const path of withRelated) expect(withLinks, path).toContain(path);
	});

	it('show where each law or regulation stands, as its entry does: the same status badge', () => {
		const section = pages.find((p) => p.path === '/chapter-5/systems-and-capacity-building/')!;
		const entry = (id: string) => pages.find((p) => p.path === `/glossary/${id}/`)!;
		const ruled = [...model.glossary.values()].filter((e) => e.value.status).map((e) => e.value.id);
		let checked = 0;
		for (const id of ruled) {
			const card = select(`#term-card-${id}`, section.tree);
			if (!card) continue;
			checked++;
			const badge = (tree: Root | Element) => toString(select('.status-badge', tree) ?? { type: 'root', children: [] });
			expect(badge(card), id).not.toBe('');
			expect(badge(card), id).toBe(badge(entry(id).tree));
		}
		expect(checked).toBeGreaterThan(3);
		// And no badge on a card whose entry has no status (an agency, a concept).
		expect(select('#term-card-cac .status-badge', section.tree)).toBeUndefined();
	});

	for (const { path, tree } of pages) {
		const links = termLinks(tree);
		if (links.length === 0) continue;

		it(`${path}: each term link is described by its own card's definition, and the link and the card lead to the same entry`, () => {
			for (const a of links) {
				const id = glossaryId(a);
				expect(id, String(a.properties.href)).toBeDefined();
				const definition = select(`#${String(a.properties.ariaDescribedBy)}`, tree);
				expect(definition?.properties.className, `${id}: aria-describedby must name a card's definition`).toContain('term-card-def');
				const card = select(`.term-card[popover]:has(#${String(definition!.properties.id)})`, tree)!;
				expect(toString(definition!)).toBe(model.glossary.get(id!)!.value.short);
				expect(select('.term-card-actions a', card)?.properties.href).toBe(a.properties.href);
			}
		});

		it(`${path}: has one card per linked term, each once, none for a term it does not link, none in the search index`, () => {
			const linked = new Set(links.map(glossaryId));
			const cards = selectAll('.term-card[popover]', tree);
			const carded = cards.map((c) => glossaryId(select('.term-card-actions a', c)!));
			expect(carded.length).toBe(new Set(carded).size);
			expect(new Set(carded)).toEqual(linked);
			// Hidden until opened, and ignored by Pagefind (or every page would be found by every definition).
			const container = select('[data-term-cards]', tree)!;
			expect(container.properties.dataPagefindIgnore).toBe('');
			for (const card of cards) expect(card.properties.popover).toBe('manual');
			expect(cards.every((c) => selectAll('[data-term-cards] .term-card', tree).includes(c))).toBe(true);
		});
	}

	it('show what the glossary says: kind, term and abbreviation, Chinese name and pinyin when known, definition', () => {
		let withPinyin = 0;
		for (const { path, tree } of pages) {
			for (const card of selectAll('.term-card[popover]', tree)) {
				const id = glossaryId(select('.term-card-actions a', card)!)!;
				const t = model.glossary.get(id)!.value;
				const where = `${path} #${String(card.properties.id)}`;
				expect(toString(select('.term-card-kind', card)!), where).toBe(kindLabels[t.kind].singular);
				expect(toString(select('.term-card-title', card)!), where).toBe(t.abbr ? `${t.term} (${t.abbr})` : t.term);
				expect(select('.term-card-zh [lang="zh-Hans"]', card) && toString(select('.term-card-zh [lang="zh-Hans"]', card)!), where).toBe(
					t.zh ?? undefined,
				);
				expect(select('.term-card-zh .pinyin[lang="zh-Latn-pinyin"]', card) && toString(select('.pinyin', card)!), where).toBe(
					t.zh && t.pinyin ? t.pinyin : undefined,
				);
				if (t.zh && t.pinyin) withPinyin++;
				// Not a dialog that never takes focus: a group named by its title.
				expect(card.properties.role, where).toBe('group');
				expect(select(`#${String(card.properties.ariaLabelledBy)}`, card), where).toBe(select('.term-card-title', card));
			}
		}
		// The content has terms with pinyin, so the check above has seen one.
		expect(withPinyin).toBeGreaterThan(0);
	});
});
