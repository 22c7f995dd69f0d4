import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { rehypeFacts } from '../../src/markdown/rehype-facts';
import { runMdx } from './mdx';

const run = (mdx: string) => runMdx(mdx, [rehypeFacts, { values: new Map([['deadline', '4 hours']]) }]);

describe('rehype-facts', () => {
	it('prints a fact from its record, inside the sentence, as text later plugins read', async () => {
		const { tree } = await run('Operators have <Fact id="deadline" /> to report.');
		expect(toHtml(tree)).toContain('Operators have <span class="fact" data-fact="deadline">4 hours</span> to report.');
	});

	it('names the file and line of an unknown fact, and of one without a plain id', async () => {
		const unknown = await run('Intro.\n\nWithin <Fact id="dedline" />.').catch((e: Error) => e);
		expect(String(unknown)).toContain('page.mdx:3 (<Fact id>): unknown fact id "dedline"');
		const expression = await run("Within <Fact id={'deadline'} />.").catch((e: Error) => e);
		expect(String(expression)).toContain('page.mdx:1 (<Fact id>): <Fact> needs an id written as a plain string');
	});
});
