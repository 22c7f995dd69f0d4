import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { rehypeComparisons } from '../../src/markdown/rehype-comparisons';
import { isMdxJsx, type MdxJsxElement } from '../../src/markdown/mdx-nodes';
import { runMdx } from './mdx';

const factSources = new Map([
	['draft-deadline', ['draft-text', 'law-firm']],
	['final-deadline', ['final-text']],
]);

/** Each component's `table` prop as the page receives it: the value of the expression the plugin wrote. */
async function tableProps(mdx: string) {
	const { tree } = await runMdx(mdx, [rehypeComparisons, { factSources }]);
	const found: { name: string; table: unknown }[] = [];
	const walk = (node: Nodes) => {
		if (isMdxJsx(node)) {
			const attr = (node as MdxJsxElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'table');
			const value = attr?.value;
			if (value && typeof value === 'object') {
				// The estree MDX compiles is the one thing read; its JSON text must say the same.
				const program = value.data!.estree!;
				expect(program.body).toHaveLength(1);
				found.push({ name: node.name!, table: JSON.parse(value.value) });
			}
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree as Nodes);
	return found;
}

const table = (rows: string) => `<Comparison caption="C" before="Draft" after="Final">\n${rows}\n</Comparison>`;

describe('rehype-comparisons', () => {
	it('numbers a table’s sources in order of first citation, row by row, and hands each row its numbers, in order, and column names', async () => {
		const found = await tableProps(
			table(
				[
					'<Row aspect="Status" before="a" after="b" sources="draft-text final-text" />',
					'<Row aspect="Deadline" beforeFact="draft-deadline" afterFact="final-deadline" sources="news" />',
					'<Row aspect="Penalty" before="c" after="d" sources="law-firm news" />',
				].join('\n'),
			),
		);
		expect(found).toEqual([
			{ name: 'Comparison', table: { id: 'cmp-1', sources: ['draft-text', 'final-text', 'news', 'law-firm'] } },
			{ name: 'Row', table: { id: 'cmp-1', before: 'Draft', after: 'Final', marks: { row: [1, 2], before: [], after: [] } } },
			// The fact cells carry their facts' sources, less any the row cites for itself.
			{ name: 'Row', table: { id: 'cmp-1', before: 'Draft', after: 'Final', marks: { row: [3], before: [1, 4], after: [2] } } },
			// A row's numbers in order, whatever the order of its sources: "[3, 4]", not "[4, 3]".
			{ name: 'Row', table: { id: 'cmp-1', before: 'Draft', after: 'Final', marks: { row: [3, 4], before: [], after: [] } } },
		]);
	});

	it('gives each table of a page its own id and numbers', async () => {
		const found = await tableProps(
			[
				table('<Row aspect="A" before="a" after="b" sources="news" />'),
				table('<Row aspect="B" before="a" after="b" sources="draft-text" />'),
			].join('\n\n'),
		);
		expect(found.filter((f) => f.name === 'Comparison').map((f) => f.table)).toEqual([
			{ id: 'cmp-1', sources: ['news'] },
			{ id: 'cmp-2', sources: ['draft-text'] },
		]);
	});
});
