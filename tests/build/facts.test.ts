import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes } from 'hast';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';
import { statedQuantities } from '../../src/content/quantities';
import { readContent } from '../../src/content/read';

// A fact shown on several pages lives in one record (content/facts.yaml). On the built site that
// means: every figure a reader sees is printed from its record and says what the record says, and
// no page states a deadline, fine or threshold that no record holds. The content check stops a
// build that types one into the prose; this reads what the reader actually gets, cards included.

const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const page = (path: string) => fromHtml(readHtml(join(distDir, path, 'index.html')));
const pages = htmlPages()
	.map((p) => p.path)
	.filter((p) => p.endsWith('/'));

/**
 * Text a reader reads as the site's own statement: not a printed fact (its record is checked
 * below), not the analysis' own words or a quoted phrase (they report what others wrote), not a
 * cited work's title or the note on what it says, not an entry's excerpts of the chapter pages
 * (checked on those pages), not a page's reading time (counted from its words), not what a reader
 * would type (kbd: /search/'s example queries), and not a script.
 */
const reported = 'script, style, kbd, .reading-time, [data-fact], [data-prov="analysis"], q, cite, .source-note, .cite-this, .used-in';
function ownText(node: Nodes, skip: Set<Nodes>): string {
	if (skip.has(node)) return ' ';
	if (node.type === 'text') return node.value;
	if (!('children' in node)) return '';
	const text = node.children.map((c) => ownText(c as Nodes, skip)).join('');
	return node.type === 'element' && !/^(a|span|abbr|em|strong|q|time|sup|code|b|i)$/.test(node.tagName) ? ` ${text} ` : text;
}

describe('facts stated once', () => {
	requireDist();

	it('prints every fact from its record, on every page that shows it', () => {
		let printed = 0;
		for (const path of pages) {
			for (const el of selectAll('[data-fact]', page(path)) as Element[]) {
				const id = String(el.properties.dataFact);
				const fact = model.facts.get(id)?.value;
				expect(fact, `${path}: data-fact="${id}" names no record`).toBeDefined();
				const value = select('.fact-value', el) ?? el;
				expect(toString(value).replace(/\s+/g, ' '), `${path}: ${id}`).toContain(fact!.value);
				printed++;
			}
		}
		expect(printed).toBeGreaterThan(model.facts.size);
	});

	it('lets no page state a deadline, fine or threshold that no record holds', () => {
		const stray: string[] = [];
		for (const path of pages) {
			const tree = page(path);
			const skip = new Set<Nodes>(selectAll(reported, tree));
			const main = select('main', tree) ?? tree;
			for (const q of statedQuantities(ownText(main, skip))) stray.push(`${path}: "${q.text}"`);
		}
		expect(stray, 'state these in content/facts.yaml and print them with <Fact>').toEqual([]);
	});

	it('gives the 2025 incident deadlines as the measures set them, on the entry and in the table', () => {
		const entry = toString(select('.key-facts', page('glossary/incident-reporting-measures-2025'))!).replace(/\s+/g, ' ');
		for (const deadline of ['1 hour', '2 hours', '4 hours']) expect(entry).toContain(deadline);
		expect(toString(page('glossary/incident-reporting-measures-2025'))).toContain('relatively major');
		for (const path of pages) {
			const text = toString(page(path)).replace(/\s+/g, ' ');
			expect(text, path).not.toMatch(/\b(1\.5|3|5|three|five|an hour and a half) hours\b/i);
		}
	});

	it('lists a rule’s facts on its entry, a glance at those in force on its card, and on the timeline event that names them', () => {
		const systems = page('chapter-5/systems-and-capacity-building');
		const factsOf = (rule: string) => [...model.facts.values()].filter((f) => f.value.rule === rule).map((f) => f.value);
		const onCard = (card: Element) => selectAll('[data-fact]', card).map((f) => String(f.properties.dataFact));
		// A card with seven fines or deadlines was taller than a phone's screen: it shows the three
		// an editor chose (`onCard`), never a replaced text's, and links to the entry for the rest.
		for (const rule of ['incident-reporting-measures-2025', 'cybersecurity-law']) {
			const card = select(`#term-card-${rule}`, systems);
			expect(card, `${rule}’s card`).toBeTruthy();
			const inForce = factsOf(rule).filter((f) => !f.until);
			expect(inForce.length, rule).toBeGreaterThan(3);
			expect(onCard(card!), rule).toEqual(inForce.filter((f) => f.onCard).map((f) => f.id));
			expect(onCard(card!).length, rule).toBe(3);
			const more = select('.term-card-more a', card!);
			expect(more && toString(more), rule).toBe(`See all ${inForce.length} figures in force`);
			expect(more?.properties.href, rule).toBe(`/glossary/${rule}/#key-facts`);
		}
		expect(
			factsOf('cybersecurity-law').some((f) => f.until),
			'the 2016 text’s fines are marked as replaced',
		).toBe(true);
		// The entry lists every figure, those in force first (where the card's link lands), then the
		// replaced text's under the day it stopped applying.
		const keyFacts = select('.key-facts', page('glossary/cybersecurity-law'))!;
		const law = factsOf('cybersecurity-law');
		expect(selectAll('[data-fact]', keyFacts).map((f) => String(f.properties.dataFact))).toEqual([
			...law.filter((f) => !f.until).map((f) => f.id),
			...law.filter((f) => f.until).map((f) => f.id),
		]);
		const replacedHeading = select('h3', keyFacts);
		expect(replacedHeading && toString(replacedHeading).replace(/\s+/g, ' ')).toBe('No longer in force since 1 January 2026');
		expect(
			selectAll('h3 ~ .facts [data-fact]', keyFacts).map((f) => String(f.properties.dataFact)),
			'the replaced figures, after the heading',
		).toEqual(law.filter((f) => f.until).map((f) => f.id));
		// A rule with three or fewer figures in force shows them all, and needs no link to the rest.
		let whole = 0;
		for (const card of selectAll('.term-card', systems)) {
			expect(onCard(card).length, String(card.properties.id)).toBeLessThanOrEqual(3);
			const rule = String(card.properties.id).replace(/^term-card-/, '');
			const inForce = factsOf(rule).filter((f) => !f.until);
			if (inForce.length <= 3) {
				expect(onCard(card), rule).toEqual(inForce.map((f) => f.id));
				expect(select('.term-card-more', card), rule).toBeUndefined();
				if (inForce.length > 0) whole++;
			}
		}
		expect(whole, 'cards on the systems page that show every figure of their rule').toBeGreaterThan(0);
		const timeline = page('timeline');
		for (const event of model.timeline.filter((e) => e.value.facts.length > 0))
			expect(selectAll('[data-fact]', select(`#${event.value.id}`, timeline)!).map((f) => String(f.properties.dataFact))).toEqual(
				event.value.facts,
			);
	});
});
