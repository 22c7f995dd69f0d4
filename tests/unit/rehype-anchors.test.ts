import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { paragraphId, rehypeAnchors } from '../../src/markdown/rehype-anchors';
import { rehypePermalinks } from '../../src/markdown/rehype-permalinks';
import type { Redirect } from '../../src/schemas/redirect';
import { pageDataOf } from '../../src/markdown/page-data';

const path = '/site/content/sections/chapter-5/page.md';
async function html(markdown: string, redirects: Redirect[] = []) {
	const file = new VFile({ value: markdown, path });
	const out = await unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeAnchors, { include: ['/content/sections/'], redirects })
		.use(rehypePermalinks, { include: ['/content/sections/'] })
		.use(rehypeStringify)
		.process(file);
	return {
		html: String(out),
		fm: pageDataOf({ remarkPluginFrontmatter: file.data.astro?.frontmatter ?? {} }),
	};
}
const ids = (out: string) => [...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);

describe('rehype-anchors and rehype-permalinks', () => {
	it('names paragraphs after their opening words and headings after their text', async () => {
		const { html: out, fm } = await html('## The CAC’s role\n\nThe CAC wants industry and government to act as one.\n\n- A listed item');
		expect(ids(out)).toEqual(['the-cacs-role', 'p-the-cac-wants-industry-and-government', 'p-a-listed-item']);
		expect(fm.anchors).toEqual(['the-cacs-role', 'p-the-cac-wants-industry-and-government', 'p-a-listed-item']);
	});

	it('keeps every other id when a paragraph is inserted, removed or edited', async () => {
		const text = [
			'One opening of the first paragraph, then more.',
			'Two opens the second paragraph here, then more.',
			'Three opens the third paragraph here, then more.',
		];
		const before = ids((await html(text.join('\n\n'))).html);
		const inserted = ids((await html([text[0], 'A new paragraph.', text[1], text[2]].join('\n\n'))).html);
		const removed = ids((await html([text[0], text[2]].join('\n\n'))).html);
		const rewritten = ids((await html([text[0], 'Entirely rewritten second paragraph.', text[2]].join('\n\n'))).html);
		expect(inserted.filter((id) => id !== 'p-a-new-paragraph')).toEqual(before);
		expect(removed).toEqual([before[0], before[2]]);
		expect([rewritten[0], rewritten[2]]).toEqual([before[0], before[2]]);
		// Editing past the opening words keeps even the paragraph's own id.
		expect(ids((await html([text[0], text[1].replace('then more', 'and a changed ending'), text[2]].join('\n\n'))).html)).toEqual(before);
	});

	it('makes repeated openings unique', async () => {
		expect(ids((await html('Same words.\n\nSame words.')).html)).toEqual(['p-same-words', 'p-same-words-2']);
	});

	it('adds a labelled permalink beside each heading and at the end of each paragraph', async () => {
		const { html: out } = await html('## Data security\n\nText.');
		expect(out).toContain(
			'<div class="heading-wrapper level-h2"><h2 id="data-security">Data security</h2><a class="permalink" href="#data-security" aria-label="Link to the section “Data security”" data-pagefind-ignore="">#</a></div>',
		);
		expect(out).toContain(
			'<p id="p-text">Text.<a class="permalink" href="#p-text" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>',
		);
	});

	it('puts a moved id on its new target, so old links land there without JavaScript', async () => {
		const { html: out } = await html('New opening of the paragraph.', [
			{ page: '/chapter-5/page/', from: 'p-old-opening', to: '#p-new-opening-of-the-paragraph' },
		]);
		expect(out).toContain(
			'<p id="p-new-opening-of-the-paragraph"><span id="p-old-opening" class="anchor-alias" data-moved-to="p-new-opening-of-the-paragraph"></span>',
		);
	});

	it('records ids that moved to another page for the page script', async () => {
		const { fm } = await html('Text.', [{ page: '/chapter-5/page/', from: 'p-gone', to: '/chapter-5/other/#p-here' }]);
		expect(fm.movedAway).toEqual({ 'p-gone': '/chapter-5/other/#p-here' });
	});

	it('fails the build when a redirect points at an id that does not exist', async () => {
		const error = await html('Text.', [{ page: '/chapter-5/page/', from: 'p-old', to: '#p-missing' }]).catch((e: Error) => e);
		expect(String(error)).toContain('redirect target "#p-missing" is not on /chapter-5/page/');
	});

	it('falls back to a hash for paragraphs without Latin letters', () => {
		expect(paragraphId('网络安全法规定')).toMatch(/^p-[a-z0-9]+$/);
	});
});
