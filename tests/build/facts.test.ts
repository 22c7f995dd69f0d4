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

	it('lists a rule’s facts on its entry, those that apply now on its card, and on the timeline event that names them', () => {
		const systems = page('chapter-5/systems-and-capacity-building');
		const card = select('#term-card-incident-reporting-measures-2025', systems);
		expect(card, 'the incident measures’ card').toBeTruthy();
		expect(selectAll('[data-fact]', card!).map((f) => String(f.properties.dataFact))).toEqual(
			[...model.facts.values()].filter((f) => f.value.rule === 'incident-reporting-measures-2025').map((f) => f.value.id),
		);
		// A card says where the rule stands: the figures of a text it no longer has (`until`) are left
		// to the entry's Key facts, which list every figure.
		const ofLaw = [...model.facts.values()].filter((f) => f.value.rule === 'cybersecurity-law');
		expect(
			ofLaw.some((f) => f.value.until),
			'the 2016 text’s fines are marked as replaced',
		).toBe(true);
		const lawCard = select('#term-card-cybersecurity-law', systems);
		expect(selectAll('[data-fact]', lawCard!).map((f) => String(f.properties.dataFact))).toEqual(
			ofLaw.filter((f) => !f.value.until).map((f) => f.value.id),
		);
		expect(selectAll('.key-facts [data-fact]', page('glossary/cybersecurity-law')).map((f) => String(f.properties.dataFact))).toEqual(
			ofLaw.map((f) => f.value.id),
		);
		const timeline = page('timeline');
		for (const event of model.timeline.filter((e) => e.value.facts.length > 0))
			expect(selectAll('[data-fact]', select(`#${event.value.id}`, timeline)!).map((f) => String(f.properties.dataFact))).toEqual(
				event.value.facts,
			);
	});
});
