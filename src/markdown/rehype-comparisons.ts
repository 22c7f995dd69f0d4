import type { Nodes, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isMdxJsx, jsxAttribute, setJsxProp, type MdxJsxElement } from './mdx-nodes';

export interface ComparisonOptions {
	/** Each fact of content/facts.yaml, by id, with the source ids it rests on. */
	factSources: ReadonlyMap<string, readonly string[]>;
}

/** What a <Comparison> is given by this plugin (its `table` prop): its id on the page and its sources in order. */
export interface ComparisonTable {
	/** "cmp-2" for a page's second table: the prefix of its list items' ids. */
	id: string;
	/** Every source its rows cite, numbered by place in this list (1 for the first), in order of first citation. */
	sources: string[];
}

/** What each <Row> of a table is given (its `table` prop): the column names and its source numbers. */
export interface ComparisonRowContext {
	/** The table's id, for the links from the numbers to the table's list of sources. */
	id: string;
	/** The columns' headings, as the table gives them, which label the cells where a row is a block (phones). */
	before: string;
	after: string;
	/** The numbers of the sources a row cites, in the list under the table: for the whole row (its
	    `sources`), and for the one cell a fact is printed in (that fact's sources, less the row's). */
	marks: { row: number[]; before: number[]; after: number[] };
}

/**
 * Numbers the sources of each comparison table, so they leave the grid: a row shows the numbers of
 * its sources, each linking to the list under the table, instead of a column of publishers' names.
 * Numbers run in order of first citation within the table: a row's own sources, then those of its
 * fact cells, before then after. Only the whole table knows the numbers, and only the table knows
 * its columns' names, which each row's cells repeat on phones: so both are worked out here, while
 * compiling, and handed to the components as typed props (object expressions, not strings to parse
 * again). The ids were checked by rehype-source-refs, which runs first.
 */
export function rehypeComparisons(options: ComparisonOptions) {
	return (tree: Root) => {
		let count = 0;
		visit(tree, (node) => {
			if (isMdxJsx(node) && node.name === 'Comparison') {
				count += 1;
				const id = `cmp-${count}`;
				const sources: string[] = [];
				// Numbered in order of first mention; a cell lists its numbers in order ("[3, 9]", not "[9, 3]").
				const numbers = (ids: readonly string[]) =>
					ids
						.map((source) => {
							if (!sources.includes(source)) sources.push(source);
							return sources.indexOf(source) + 1;
						})
						.sort((a, b) => a - b);
				const before = jsxAttribute(node, 'before') ?? '';
				const after = jsxAttribute(node, 'after') ?? '';
				for (const row of rowsOf(node)) {
					const own = (jsxAttribute(row, 'sources') ?? '').split(/\s+/).filter(Boolean);
					const factCell = (name: string) => {
						const fact = jsxAttribute(row, name);
						return (fact === undefined ? [] : (options.factSources.get(fact) ?? [])).filter((s) => !own.includes(s));
					};
					const marks = { row: numbers(own), before: numbers(factCell('beforeFact')), after: numbers(factCell('afterFact')) };
					const context: ComparisonRowContext = { id, before, after, marks };
					setJsxProp(row, 'table', context);
				}
				const table: ComparisonTable = { id, sources };
				setJsxProp(node, 'table', table);
				return SKIP;
			}
		});
	};
}

/** A table's <Row> elements in order, wherever MDX put them (a row written inline sits in a paragraph). */
function rowsOf(table: MdxJsxElement): MdxJsxElement[] {
	const rows: MdxJsxElement[] = [];
	visit(table as unknown as Nodes, (node) => {
		if (isMdxJsx(node) && node.name === 'Row') {
			rows.push(node);
			return SKIP;
		}
	});
	return rows;
}
