import type { Element, ElementContent, Nodes, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, type Problem } from '../content/problems';
import { sourceNumbers } from '../site/compare';
import { fileLabel, isMdxJsx, jsxAttribute, setJsxProp, type MdxJsxElement } from './mdx-nodes';

export interface CompareOptions {
	/** Every rule a cell may rest on, by id: China's (glossary entries with a status) and those of content/foreign-rules.yaml, each with the sources of its status. */
	rules: ReadonlyMap<string, readonly string[]>;
	/** Each fact of content/facts.yaml, by id, with the source ids it rests on. */
	factSources: ReadonlyMap<string, readonly string[]>;
}

/** What each <Cell> is given by this plugin (its `cell` prop); authors never write it. */
export interface CompareCell {
	/** Its column's name, shown above its text where a row is a block (phones). */
	column: string;
	/** The table's id, for the links from the numbers to its list of sources. */
	table: string;
	/** The table's source ids in order: a number is a place in this list, from 1. */
	list: string[];
	/** The numbers of the sources its text cites: its own `sources` and its printed facts'. */
	numbers: number[];
	/** After a table's first row: each rule's status given briefly (its stage and date). */
	brief: boolean;
}

/** A table's and a row's id: linked to, cited and recorded as published anchors, so it must be a plain slug. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks and numbers the jurisdiction tables of /compare/ (<Compare> with <CompareRow> and <Cell>
 * children), after rehype-facts has printed each <Fact> as a `[data-fact]` span. Every table and
 * row has a slug id (rows are linked to and recorded as published anchors), every row has one cell
 * per column, every cell names the rules it rests on (`rules`, each known) and cites something: its
 * own `sources` or a printed fact. The works a table cites are numbered in order of first citation,
 * cell by cell: a cell's sources, its facts' sources, then its rules' status sources. Only the table
 * knows the numbers and its columns' names, so this plugin hands them to the components as typed
 * props, worked out here: each cell's `cell` (CompareCell) and the table's `list`. A cell written
 * on one line sits in a paragraph in MDX's tree, which a table row cannot hold: the paragraph is
 * unwrapped here.
 */
export function rehypeCompare(options: CompareOptions) {
	return (tree: Root, file: VFile) => {
		const problems: Problem[] = [];
		const where = fileLabel(file);
		const rowIds = new Map<string, number>();
		const problem = (node: MdxJsxElement, field: string, message: string, fix: string) =>
			problems.push({ file: where, line: node.position?.start.line ?? 0, field, message, fix });

		const table = (node: MdxJsxElement) => {
			const id = jsxAttribute(node, 'id');
			if (!id || !ID.test(id))
				problem(
					node,
					'<Compare id>',
					'a comparison table needs an id: its source list and rows are linked by it',
					'add id="…" in lower case with hyphens, e.g. id="incidents"',
				);
			const columns = (jsxAttribute(node, 'columns') ?? '')
				.split('|')
				.map((c) => c.trim())
				.filter(Boolean);
			if (columns.length === 0)
				problem(
					node,
					'<Compare columns>',
					'a comparison table needs its columns',
					'add columns="China | European Union | …", the places compared, separated by "|"',
				);
			const list: string[] = [];
			const cite = (ids: readonly string[]) => ids.forEach((s) => list.includes(s) || list.push(s));
			const cells: { cell: MdxJsxElement; column: string; cites: string[]; brief: boolean }[] = [];
			childComponents(node, 'CompareRow').forEach((row, rowIndex) => {
				const rowId = jsxAttribute(row, 'id');
				if (!rowId || !ID.test(rowId))
					problem(
						row,
						'<CompareRow id>',
						'every row needs an id: readers link to a row and cite it',
						'add id="…" in lower case with hyphens, e.g. id="incidents-how-fast"',
					);
				else if (rowIds.has(rowId))
					problem(
						row,
						'<CompareRow id>',
						`the id "${rowId}" is already used by the row at line ${rowIds.get(rowId)}`,
						'give each row an id of its own',
					);
				else rowIds.set(rowId, row.position?.start.line ?? 0);
				if (!jsxAttribute(row, 'aspect'))
					problem(row, '<CompareRow aspect>', 'this row does not say what it compares', 'add aspect="…", e.g. aspect="How fast"');
				unwrapCells(row);
				const rowCells = childComponents(row, 'Cell');
				if (columns.length > 0 && rowCells.length !== columns.length)
					problem(
						row,
						'<Cell>',
						`this row has ${rowCells.length} cells for ${columns.length} columns (${columns.join(', ')})`,
						'give every column a cell, in the order of "columns"; where a rule says nothing, write what is true ("No such rule")',
					);
				rowCells.forEach((cell, i) => {
					const rules = (jsxAttribute(cell, 'rules') ?? '').split(/\s+/).filter(Boolean);
					if (rules.length === 0)
						problem(
							cell,
							'<Cell rules>',
							'this cell does not name the rule it rests on, so it cannot show where that rule stands',
							'add rules="<id>": a glossary entry with a status, or a rule in content/foreign-rules.yaml',
						);
					for (const rule of rules)
						if (!options.rules.has(rule))
							problem(
								cell,
								'<Cell rules>',
								`"${rule}" is neither a glossary entry with a status nor a rule in content/foreign-rules.yaml`,
								'use the id of one of those, or add the rule to content/foreign-rules.yaml with its status and sources',
							);
					const own = (jsxAttribute(cell, 'sources') ?? '').split(/\s+/).filter(Boolean);
					const facts = factsIn(cell);
					if (own.length === 0 && facts.length === 0)
						problem(
							cell,
							'<Cell sources>',
							'this cell cites no source',
							'add sources="<id>" with ids from content/sources.yaml, or print its figure with <Fact id="…" />',
						);
					// What the cell's text cites: its own sources, then its printed facts'.
					const cites = [...own, ...facts.flatMap((f) => options.factSources.get(f) ?? [])];
					cite(cites);
					rules.forEach((r) => cite(options.rules.get(r) ?? []));
					// The first row gives each rule's status in full; later rows repeat only its stage and date.
					cells.push({ cell, column: columns[i] ?? '', cites, brief: rowIndex > 0 });
				});
			});
			// The numbers are known once the whole table is.
			for (const { cell, column, cites, brief } of cells) {
				const props: CompareCell = { column, table: id ?? '', list, numbers: sourceNumbers(list, cites), brief };
				setJsxProp(cell, 'cell', props);
			}
			setJsxProp(node, 'list', list);
		};

		visit(tree, (node) => {
			if (!isMdxJsx(node) || node.name !== 'Compare') return;
			table(node);
			return SKIP;
		});
		if (problems.length > 0) throw new ContentError(problems, where);
	};
}

/** The components of one kind directly inside `parent`, looking through the paragraphs and fragments MDX may wrap them in. */
function childComponents(parent: MdxJsxElement, name: string): MdxJsxElement[] {
	const found: MdxJsxElement[] = [];
	visit(parent as unknown as Nodes, (node) => {
		if (node === (parent as unknown as Nodes)) return;
		if (isMdxJsx(node)) {
			if (node.name === name) found.push(node);
			return SKIP;
		}
		// Only HTML elements (MDX's paragraphs) are looked through.
		if (node.type !== 'element') return SKIP;
	});
	return found;
}

/** A row's cells written inline sit in a <p>: lift them out, dropping the whitespace between them. */
function unwrapCells(row: MdxJsxElement): void {
	row.children = row.children.flatMap((child): ElementContent[] => {
		const p = child as Nodes;
		if (p.type !== 'element' || p.tagName !== 'p') return [child];
		const kept = (p as Element).children.filter((c) => !(c.type === 'text' && !c.value.trim()));
		return kept.every((c) => isMdxJsx(c as Nodes) && (c as MdxJsxElement).name === 'Cell') ? kept : [child];
	});
}

/** The facts printed in a cell, in order (rehype-facts turned each <Fact> into a `[data-fact]` span). */
function factsIn(cell: MdxJsxElement): string[] {
	const ids: string[] = [];
	visit(cell as unknown as Nodes, (node) => {
		if (node.type === 'element' && typeof node.properties.dataFact === 'string') ids.push(node.properties.dataFact);
	});
	return ids;
}
