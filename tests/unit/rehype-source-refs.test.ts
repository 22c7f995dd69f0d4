import { describe, expect, it } from 'vitest';
import { rehypeFacts } from '../../src/markdown/rehype-facts';
import { rehypeSourceRefs } from '../../src/markdown/rehype-source-refs';
import { runMdx } from './mdx';

const factSources = new Map([['deadline', ['law-text']]]);

async function run(mdx: string) {
	// As in astro.config.mjs: facts are printed first, then sources are checked and collected.
	const { pageData } = await runMdx(mdx, {
		plugins: [
			[rehypeFacts, { values: new Map([['deadline', '4 hours']]) }],
			[rehypeSourceRefs, { sourceIds: new Set(['law-text', 'news']), factSources, mustCite: ['Context', 'Note', 'Row'] }],
		],
	});
	return pageData.citedSources;
}

describe('rehype-source-refs', () => {
	it('records every source a page cites, once', async () => {
		const mdx = '<Context sources="news law-text">\n\nA.\n\n</Context>\n\n<Note kind="update" sources="news">\n\nB.\n\n</Note>';
		expect(await run(mdx)).toEqual(['law-text', 'news']);
	});

	it('fails with the file and line of an unknown source id', async () => {
		const error = await run('Intro.\n\n<Context sources="law-text nwes">\n\nA.\n\n</Context>').catch((e: Error) => e);
		expect(String(error)).toContain('page.mdx:3 (<Context sources>): unknown source id "nwes"');
	});

	it('fails when a context passage cites nothing', async () => {
		const error = await run('<Context>\n\nUnsourced claim.\n\n</Context>').catch((e: Error) => e);
		expect(String(error)).toContain(
			'page.mdx:1 (<Context sources>): <Context> adds something the analysis does not say, so it must cite a source',
		);
	});

	it.each(['Book', 'Analysis', 'Context', 'Note', 'Row', 'Comparison'])(
		'checks the sources of a <%s>, and refuses ids written as an expression',
		async (name) => {
			const unknown = await run(`<${name} sources="law-text nwes">\n\nA.\n\n</${name}>`).catch((e: Error) => e);
			expect(String(unknown)).toContain(`page.mdx:1 (<${name} sources>): unknown source id "nwes"`);
			const expression = await run(`<${name} sources={'law-text'}>\n\nA.\n\n</${name}>`).catch((e: Error) => e);
			expect(String(expression)).toContain(`page.mdx:1 (<${name} sources>): an id written as a {…} expression cannot be checked`);
		},
	);

	it('adds the sources of the facts a page prints, and names an unknown fact with its line', async () => {
		expect(await run('<Context sources="news">\n\nWithin <Fact id="deadline" />.\n\n</Context>')).toEqual(['law-text', 'news']);
		expect(await run('<Row aspect="x" before="y" afterFact="deadline" />')).toEqual(['law-text']);
		const error = await run('Intro.\n\n<Row aspect="x" beforeFact="dedline" after="y" />').catch((e: Error) => e);
		expect(String(error)).toContain('page.mdx:3 (<Row beforeFact>): unknown fact id "dedline"');
	});

	it('requires a table row to cite, itself or through its facts', async () => {
		const error = await run('<Row aspect="x" before="y" after="z" />').catch((e: Error) => e);
		expect(String(error)).toContain('page.mdx:1 (<Row sources>): <Row> adds something the analysis does not say, so it must cite a source');
	});

	it('lets book and analysis passages stand without their own citations', async () => {
		expect(await run('<Analysis>\n\nThe analysis says.\n\n</Analysis>')).toEqual([]);
	});
});
