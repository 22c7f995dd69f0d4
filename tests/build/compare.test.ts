import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes } from 'hast';
import { distDir, readHtml, requireDist } from '../support/dist';
import { readContent } from '../../src/content/read';
import { statedQuantities } from '../../src/content/quantities';
import { statusStage } from '../../src/glossary/status';
import { formatPartialDate } from '../../src/site/dates';
import { foreignStageLabels, statusStageLabels } from '../../src/site/labels';
import { indexedText, isIndexed } from '../../src/integrations/search-index';

// Issue 25 §3: /compare/ sets China's rules beside other places'. A policymaker quotes a cell, so
// every cell must say what it rests on (its sources) and where its rules stand (a status and the
// date it is known for); China's figures and statuses must be the records the rest of the site
// prints, never typed again; and every row must be a link that keeps working.

const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const manifest: Record<string, string[]> = JSON.parse(
	readFileSync(fileURLToPath(new URL('../../content/published-anchors.json', import.meta.url)), 'utf8'),
);
const text = (node: Nodes) => toString(node).replace(/\s+/g, ' ').trim();

describe('the comparison page', () => {
	requireDist();
	const tree = fromHtml(readHtml(join(distDir, 'compare', 'index.html')));
	const tables = selectAll('.compare table', tree) as Element[];
	const rows = selectAll('.compare tbody tr', tree) as Element[];
	const cells = selectAll('.compare tbody td', tree) as Element[];
	/** The place a cell is about, as its label gives it. */
	const placeOf = (cell: Element) => text(select('.cmp-label', cell)!);
	const chinaCells = cells.filter((c) => placeOf(c) === 'China');

	it('compares incidents, flaws and data sent abroad, China beside the EU, the US and the UK', () => {
		expect(tables.map((t) => String(t.properties.id))).toEqual(['incident-table', 'incident-table-au-in', 'flaw-table', 'data-table']);
		for (const id of ['incident-table', 'data-table']) {
			const head = selectAll(`#${id} thead th`, tree).map(text);
			expect(head.slice(1)).toEqual(['China', 'European Union', 'United States', 'United Kingdom']);
		}
		expect(selectAll('#flaw-table thead th', tree).map(text).slice(1)).toEqual(['China', 'European Union']);
		expect(chinaCells.length).toBe(14);
	});

	it('gives every row a stable id, unique on the page and recorded as a published anchor', () => {
		const ids = rows.map((r) => String(r.properties.id ?? ''));
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(new Set(ids).size).toBe(ids.length);
		expect(manifest['/compare/'], 'run `npm run anchors:record`').toEqual(expect.arrayContaining(ids));
		// Each row links to itself, so a reader can copy the address of one answer.
		for (const row of rows) expect(select(`a.permalink[href="#${String(row.properties.id)}"]`, row)).toBeTruthy();
	});

	it('cites sources in every cell, each a link to a work listed under its table', () => {
		for (const table of tables) {
			const wrapper = (selectAll('.compare', tree) as Element[]).find((w) => select(`table#${String(table.properties.id)}`, w))!;
			const listed = new Set(selectAll('.compare-sources li', wrapper).map((li) => String(li.properties.id)));
			for (const li of selectAll('.compare-sources li a', wrapper) as Element[]) {
				const id = String(li.properties.href).split('#')[1];
				expect(model.sources.has(id), `${id} is in content/sources.yaml`).toBe(true);
			}
			for (const cell of selectAll('tbody td', table) as Element[]) {
				const marks = selectAll('.compare-text .compare-refs a', cell) as Element[];
				expect(marks.length, `${placeOf(cell)}: “${text(cell).slice(0, 60)}…” cites a source`).toBeGreaterThan(0);
				for (const a of selectAll('.compare-refs a', cell) as Element[])
					expect(listed.has(String(a.properties.href).slice(1)), String(a.properties.href)).toBe(true);
			}
		}
	});

	it('says in every cell where each of its rules stands, and as of when', () => {
		for (const cell of cells) {
			const lines = selectAll('.compare-status', cell);
			expect(lines.length, `${placeOf(cell)}: “${text(cell).slice(0, 60)}…”`).toBeGreaterThan(0);
			for (const line of lines) {
				expect(select('.status-badge', line)).toBeTruthy();
				expect(select('.status-asof time[datetime]', line), text(line)).toBeTruthy();
			}
		}
	});

	it('is found by search, which reads its cells but not their source numbers or the lists under its tables', () => {
		const html = readHtml(join(distDir, 'compare', 'index.html'));
		expect(isIndexed(html)).toBe(true);
		const indexed = indexedText(html).replace(/\s+/g, ' ');
		expect(indexed).toContain('Article 23 of the NIS2 Directive');
		expect(indexed).not.toMatch(/\[\d+(?:, \d+)*\]/);
		expect(indexed).not.toContain('Sources for this table');
	});

	it('explains an old "as of" date once per table, in its first row, and not again in every later cell', () => {
		const explained = (row: Element) =>
			selectAll('.compare-status', row).filter((line) => text(line).includes('the date of the latest source found'));
		for (const table of tables) {
			const [first, ...later] = selectAll('tbody tr', table) as Element[];
			const dated = selectAll('.compare-status', first!).filter((line) => text(line).includes('status as of'));
			expect(explained(first!), String(table.properties.id)).toEqual(dated);
			for (const row of later) expect(explained(row).map(text), String(row.properties.id)).toEqual([]);
		}
	});

	it('gives a status line one set of source marks, never two side by side ("[11][10]")', () => {
		const lines = selectAll('.compare-status', tree) as Element[];
		expect(lines.length).toBeGreaterThan(10);
		expect(lines.map(text).filter((t) => /\]\s*\[/.test(t))).toEqual([]);
	});

	it('prints China’s statuses from the glossary entries, and other places’ from content/foreign-rules.yaml', () => {
		for (const line of selectAll('.compare-status', tree) as Element[]) {
			const name = text(select('.compare-rule', line)!).replace(/:$/, '');
			const badge = text(select('.status-badge', line)!);
			const asOf = text(select('.status-asof time', line)!);
			const entry = [...model.glossary.values()].find((e) => (e.value.shortName ?? e.value.term) === name)?.value;
			const foreign = [...model.foreignRules.values()].find((r) => r.value.name === name)?.value;
			expect(entry ?? foreign, `a record for “${name}”`).toBeDefined();
			if (entry?.status) {
				expect(badge).toBe(statusStageLabels[statusStage(entry.status)]);
				expect(asOf).toBe(formatPartialDate(entry.status.asOf).replace(/\s+/g, ' '));
			} else if (foreign) {
				expect(badge).toBe(foreignStageLabels[foreign.stage].badge);
				expect(asOf).toBe(formatPartialDate(foreign.asOf).replace(/\s+/g, ' '));
				// A status older than the day it was checked says so.
				if (foreign.asOfSource) expect(text(line)).toContain('status as of');
			}
		}
	});

	it('prints China’s figures from the records the rest of the site prints, and types none', () => {
		let printed = 0;
		for (const cell of chinaCells) {
			const facts = selectAll('[data-fact]', cell) as Element[];
			for (const el of facts) {
				const fact = model.facts.get(String(el.properties.dataFact))?.value;
				expect(fact, String(el.properties.dataFact)).toBeDefined();
				expect(text(el)).toBe(fact!.value.replace(/\s+/g, ' '));
				printed++;
			}
			const skip = new Set<Nodes>([...facts, ...selectAll('.compare-status, .compare-refs', cell)]);
			const own = (node: Nodes): string =>
				skip.has(node)
					? ' '
					: node.type === 'text'
						? node.value
						: 'children' in node
							? node.children.map((c) => own(c as Nodes)).join('')
							: '';
			expect(statedQuantities(own(cell)), placeOf(cell)).toEqual([]);
		}
		expect(printed).toBeGreaterThan(0);
		const howFast = select('#incidents-how-fast', tree)!;
		const chinaHowFast = (selectAll('td', howFast) as Element[]).find((c) => placeOf(c) === 'China')!;
		expect(selectAll('[data-fact]', chinaHowFast).map((f) => String(f.properties.dataFact))).toEqual([
			'incident-deadline-cii-operators',
			'incident-deadline-central-bodies',
			'incident-deadline-other-operators',
		]);
		expect(text(chinaHowFast)).toMatch(/1 hour.*2 hours.*4 hours/);
	});

	it('marks the tables as the site’s own words, under the legend its labels link to', () => {
		for (const table of tables) {
			const frame = (selectAll('.prov-context', tree) as Element[]).find((f) => select(`table#${String(table.properties.id)}`, f));
			expect(frame, String(table.properties.id)).toBeTruthy();
		}
		expect(select('#how-to-read', tree)).toBeTruthy();
	});

	it('is linked from the home page and from the systems page’s “international practice” passage', () => {
		const home = fromHtml(readHtml(join(distDir, 'index.html')));
		expect(selectAll('main a', home).some((a) => String((a as Element).properties.href) === '/compare/')).toBe(true);
		const systems = fromHtml(readHtml(join(distDir, 'chapter-5', 'systems-and-capacity-building', 'index.html')));
		const passage = select('#p-a-cac-official-gave-the-reasons', systems)!;
		expect(text(passage)).toContain('international practice');
		expect(selectAll('a', passage).some((a) => String((a as Element).properties.href).startsWith('../../compare/'))).toBe(true);
	});
});
