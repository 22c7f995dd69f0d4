import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { rehypeFacts } from '../../src/markdown/rehype-facts';
import { rehypeCompare, type CompareCell } from '../../src/markdown/rehype-compare';
import { isMdxJsx, type MdxJsxElement } from '../../src/markdown/mdx-nodes';
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
/** A prop the plugin set, as the component receives it: the value of the expression it wrote. */
function propOf(node: MdxJsxElement, name: string): unknown {
	const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
	if (!value || typeof value !== 'object') throw new Error(`<${node.name}> has no ${name} prop`);
	expect(value.data?.estree?.body).toHaveLength(1);
	return JSON.parse(value.value);
}

const error = (mdx: string) =>
	run(mdx).then(
		() => '',
		(e: Error) => String(e),
	);

describe('rehype-compare', () => {
	it('numbers a table’s works in order of first citation, and gives each cell its column, table and place in the list', async () => {
		const { components } = await run(good);
		const [compare] = components('Compare');
		const list = ['china-text', 'eu-text', 'eu-tracker', 'eu-guide'];
		expect(propOf(compare!, 'list')).toEqual(list);
		const cells = components('Cell').map((c) => propOf(c, 'cell') as CompareCell);
		expect(cells.map((c) => c.column)).toEqual(['China', 'European Union', 'China', 'European Union']);
		expect(cells.map((c) => c.table)).toEqual(['t', 't', 't', 't']);
		expect(cells.every((c) => c.list.join() === list.join())).toBe(true);
		// Each cell's text cites its own sources and its printed fact's (eu-deadline's eu-guide, the 4th work).
		expect(cells.map((c) => c.numbers)).toEqual([[1], [2], [1], [4]]);
		// The first row states each rule's status in full, the rows after it briefly.
		expect(cells.map((c) => c.brief)).toEqual([false, false, true, true]);
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
