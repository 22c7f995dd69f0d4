import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { rehypeFacts } from '../../src/markdown/rehype-facts';
import { rehypeCompare } from '../../src/markdown/rehype-compare';
import { isMdxJsx, jsxAttribute, type MdxJsxElement } from '../../src/markdown/mdx-nodes';
import { runMdx } from './mdx';

// The jurisdiction tables of /compare/: every row an id, one cell per column, every cell a rule
// (so it can say where that rule stands) and a source; the works numbered per table.

const rules = new Map([
	['china-rule', ['china-text']],
	['eu-rule', ['eu-text', 'eu-tracker']],
]);
const factSources = new Map([['eu-deadline', ['eu-guide']]]);

async function run(mdx: string) {
	const { tree } = await runMdx(mdx, {
		plugins: [
			[rehypeFacts, { values: new Map([['eu-deadline', '24 hours']]) }],
			[rehypeCompare, { rules, factSources }],
		],
	});
	const found: MdxJsxElement[] = [];
	const walk = (node: Nodes) => {
		if (isMdxJsx(node)) found.push(node);
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return { tree, components: (name: string) => found.filter((n) => n.name === name) };
}

const table = (rows: string) => `<Compare id="t" caption="A table" columns="China | European Union">\n\n${rows}\n\n</Compare>`;
const good = table(
	[
		'<CompareRow id="t-rule" aspect="The rule">',
		'<Cell rules="china-rule" sources="china-text">The measures.</Cell>',
		'<Cell rules="eu-rule" sources="eu-text">The directive.</Cell>',
		'</CompareRow>',
		'',
		'<CompareRow id="t-fast" aspect="How fast">',
		'<Cell rules="china-rule" sources="china-text">Soon.</Cell>',
		'<Cell rules="eu-rule">Within <Fact id="eu-deadline" />.</Cell>',
		'</CompareRow>',
	].join('\n'),
);
const error = (mdx: string) =>
	run(mdx).then(
		() => '',
		(e: Error) => String(e),
	);

describe('rehype-compare', () => {
	it('numbers a table’s works in order of first citation, and gives each cell its column, table and place in the list', async () => {
		const { components } = await run(good);
		const [compare] = components('Compare');
		expect(jsxAttribute(compare!, 'list')).toBe('china-text eu-text eu-tracker eu-guide');
		const cells = components('Cell');
		expect(cells.map((c) => jsxAttribute(c, 'column'))).toEqual(['China', 'European Union', 'China', 'European Union']);
		expect(cells.map((c) => jsxAttribute(c, 'table'))).toEqual(['t', 't', 't', 't']);
		expect(jsxAttribute(cells[3]!, 'facts')).toBe('eu-deadline');
		// The first row states each rule's status in full, the rows after it briefly.
		expect(cells.map((c) => jsxAttribute(c, 'brief'))).toEqual([undefined, undefined, 'true', 'true']);
	});

	it('lifts cells written on one line out of the paragraph MDX puts them in', async () => {
		const { tree } = await run(good);
		const paragraphs: Nodes[] = [];
		const walk = (node: Nodes, inRow: boolean) => {
			if (inRow && node.type === 'element' && node.tagName === 'p') paragraphs.push(node);
			const row = inRow || (isMdxJsx(node) && node.name === 'CompareRow');
			if ('children' in node && !(isMdxJsx(node) && node.name === 'Cell')) for (const child of node.children as Nodes[]) walk(child, row);
		};
		walk(tree, false);
		expect(paragraphs).toEqual([]);
	});

	it('fails with the line of a row whose cells do not match the columns', async () => {
		const mdx = table(
			'<CompareRow id="t-rule" aspect="The rule">\n<Cell rules="china-rule" sources="china-text">Only China.</Cell>\n</CompareRow>',
		);
		expect(await error(mdx)).toContain('page.mdx:3 (<Cell>): this row has 1 cells for 2 columns (China, European Union)');
	});

	it('fails on a row without an id, and on two rows with one id', async () => {
		const cells = '<Cell rules="china-rule" sources="china-text">A.</Cell>\n<Cell rules="eu-rule" sources="eu-text">B.</Cell>';
		expect(await error(table(`<CompareRow aspect="x">\n${cells}\n</CompareRow>`))).toContain('(<CompareRow id>): every row needs an id');
		const twice = table(
			`<CompareRow id="r" aspect="x">\n${cells}\n</CompareRow>\n\n<CompareRow id="r" aspect="y">\n${cells}\n</CompareRow>`,
		);
		expect(await error(twice)).toContain('page.mdx:8 (<CompareRow id>): the id "r" is already used by the row at line 3');
	});

	it('fails on a cell that names no rule or an unknown one, or cites nothing', async () => {
		const row = (china: string) =>
			table(`<CompareRow id="r" aspect="x">\n${china}\n<Cell rules="eu-rule" sources="eu-text">B.</Cell>\n</CompareRow>`);
		expect(await error(row('<Cell sources="china-text">A.</Cell>'))).toContain(
			'page.mdx:4 (<Cell rules>): this cell does not name the rule it rests on',
		);
		expect(await error(row('<Cell rules="china-rul" sources="china-text">A.</Cell>'))).toContain(
			'(<Cell rules>): "china-rul" is neither a glossary entry with a status nor a rule in content/foreign-rules.yaml',
		);
		expect(await error(row('<Cell rules="china-rule">A.</Cell>'))).toContain('page.mdx:4 (<Cell sources>): this cell cites no source');
	});
});
