import { describe, expect, it } from 'vitest';
import { rehypeSourceRefs } from '../../src/markdown/rehype-source-refs';
import { runMdx } from './mdx';

async function run(mdx: string) {
	const { pageData } = await runMdx(mdx, [rehypeSourceRefs, { sourceIds: new Set(['law-text', 'news']), mustCite: ['Context', 'Note'] }]);
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

	it('lets book and analysis passages stand without their own citations', async () => {
		expect(await run('<Analysis>\n\nThe analysis says.\n\n</Analysis>')).toEqual([]);
	});
});
