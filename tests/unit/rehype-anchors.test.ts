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
import { ContentError } from '../../src/content/problems';
import type { PassageReference } from '../../src/content/kits';
import { runMdx } from './mdx';

const path = '/site/content/sections/chapter-5/page.md';
/** Redirects as content/redirects.yaml lists them, the first at line 3, then every third line. */
const listed = (redirects: Redirect[]) => redirects.map((r, i) => ({ ...r, file: 'content/redirects.yaml', line: 3 + 3 * i }));
async function html(markdown: string, redirects: Redirect[] = []) {
	const file = new VFile({ value: markdown, path, cwd: '/site' });
	const out = await unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeAnchors, { include: ['/content/sections/'], redirects: listed(redirects) })
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

	it('gives each paragraph the same id whatever order the paragraphs are in', async () => {
		const a = 'Alpha opens the first paragraph here.';
		const b = 'Beta opens the second paragraph here.';
		const forward = ids((await html([a, b].join('\n\n'))).html);
		const backward = ids((await html([b, a].join('\n\n'))).html);
		expect(backward).toEqual([forward[1], forward[0]]);
	});

	it('stops the build on two paragraphs whose openings give the same id, naming both lines', async () => {
		// Numbering the second ("-2") would tie each id to the order: moving one paragraph would send its links to the other.
		const run = html('Intro.\n\nSame six words open this paragraph, then more.\n\nSame six words open this paragraph, and others.');
		await expect(run).rejects.toThrow(ContentError);
		await expect(run).rejects.toThrow(
			'content/sections/chapter-5/page.md:5: this passage opens with the same words as the one at line 3, so both would get the link #p-same-six-words-open-this-paragraph',
		);
		await expect(run).rejects.toThrow('fix: reword the opening of one of the two paragraphs');
	});

	it('stops the build on two headings with the same words, naming both lines', async () => {
		// "#x" and "#x-1" would swap if the two sections were reordered.
		const run = html('## Enforcement\n\nOne.\n\n## Other\n\nTwo.\n\n## Enforcement\n\nThree.');
		await expect(run).rejects.toThrow(
			'content/sections/chapter-5/page.md:9: this heading has the same words as the one at line 1, so both would be the section #enforcement',
		);
		await expect(run).rejects.toThrow('fix: reword one of the two headings');
	});

	it('gives a loose list item one id, on its paragraph', async () => {
		expect(ids((await html('- First item, loose.\n\n- Second item, loose.')).html)).toEqual(['p-first-item-loose', 'p-second-item-loose']);
	});

	it('adds a labelled permalink beside each heading and at the end of each paragraph', async () => {
		const { html: out } = await html('## Data security\n\nText.');
		expect(out).toContain(
			'<div class="heading-wrapper level-h2"><h2 id="data-security">Data security</h2><a class="permalink" href="#data-security" aria-label="Link to the section “Data security”" data-pagefind-ignore="">#</a></div>',
		);
		expect(out).toContain(
			// No space before the ¶, where the line could break, and only the ¶ inside, which its name
			// need not contain (permalinks.css draws the word joiner that keeps it on the last word's line).
			'<p id="p-text">Text.<a class="permalink" href="#p-text" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>',
		);
	});

	it('marks a list of names or short phrases, whose items’ ¶ a touch screen leaves out, and not a list of passages', async () => {
		const { html: names } = await html('- Xidian University;\n- Southeast University;\n- Wuhan University.');
		expect(names).toMatch(/^<ul class="short-items">/);
		// Each item keeps its id and its ¶ in the page: only a touch screen hides them (permalinks.css).
		expect(names.match(/aria-label="Link to this item"/g)).toHaveLength(3);
		const long = 'A question long enough to be a passage of its own, which a teacher might link a class to directly?';
		const { html: passages } = await html(`- Short one.\n- ${long}`);
		expect(passages).toMatch(/^<ul>/);
		expect(passages.match(/aria-label="Link to this item"/g)).toHaveLength(2);
		// Nor a list of questions, however short.
		expect((await html('1. Who enforces the law?\n2. Who changes it?')).html).toMatch(/^<ol>/);
	});

	it('puts a moved id on its new target, so old links land there without JavaScript', async () => {
		const { html: out } = await html('New opening of the paragraph.', [
			{ page: '/chapter-5/page/', from: 'p-old-opening', to: '#p-new-opening-of-the-paragraph' },
		]);
		expect(out).toContain(
			'<p id="p-new-opening-of-the-paragraph"><span id="p-old-opening" class="anchor-alias" data-moved-to="p-new-opening-of-the-paragraph"></span>',
		);
	});

	it('puts an id that moved here from another page on its new target too, where the old page sends its links', async () => {
		const { html: out } = await html('Text.', [{ page: '/chapter-5/other/', from: 'p-gone', to: '/chapter-5/page/#p-text' }]);
		expect(out).toContain('<p id="p-text"><span id="p-gone" class="anchor-alias" data-moved-to="p-text"></span>Text.');
	});

	it('fails the build when an id that moved here from another page is also a live id here', async () => {
		const run = html('Gone words.\n\nNew words.', [
			{ page: '/chapter-5/other/', from: 'p-gone-words', to: '/chapter-5/page/#p-new-words' },
		]);
		await expect(run).rejects.toThrow('content/redirects.yaml:3 (from): "p-gone-words" is also a live id on /chapter-5/page/');
	});

	it('records ids that moved to another page for the page script', async () => {
		const { fm } = await html('Text.', [{ page: '/chapter-5/page/', from: 'p-gone', to: '/chapter-5/other/#p-here' }]);
		expect(fm.movedAway).toEqual({ 'p-gone': '/chapter-5/other/#p-here' });
	});

	it('fails the build when a redirect points at an id that does not exist, naming its line in redirects.yaml', async () => {
		const run = html('Text.', [
			{ page: '/chapter-5/page/', from: 'p-old', to: '#p-text' },
			{ page: '/chapter-5/page/', from: 'p-older', to: '#p-missing' },
		]);
		await expect(run).rejects.toThrow(ContentError);
		await expect(run).rejects.toThrow('content/redirects.yaml:6 (to): "#p-missing" is not an id on /chapter-5/page/');
		await expect(run).rejects.toThrow('fix: point "to" at a heading or paragraph id that exists on content/sections/chapter-5/page.md');
	});

	it('fails the build when a redirect from another page points at an id this page does not have', async () => {
		const run = html('Text.', [{ page: '/chapter-5/other/', from: 'p-gone', to: '/chapter-5/page/#p-nowhere' }]);
		await expect(run).rejects.toThrow('content/redirects.yaml:3 (to): "/chapter-5/page/#p-nowhere" is not an id on /chapter-5/page/');
	});

	it('fails the build when a moved id is still live on its page', async () => {
		const run = html('Old words.\n\nNew words.', [{ page: '/chapter-5/page/', from: 'p-old-words', to: '#p-new-words' }]);
		await expect(run).rejects.toThrow('content/redirects.yaml:3 (from): "p-old-words" is still a live id on /chapter-5/page/');
	});

	it('falls back to a hash for paragraphs without Latin letters', () => {
		expect(paragraphId('网络安全法规定')).toMatch(/^p-[a-z0-9]+$/);
	});
});

describe('rehype-anchors: passages, and the paragraphs a teaching kit relies on', () => {
	const page = [
		'<Book>',
		'',
		'The book calls it <Quote>one game of chess</Quote>, *firmly*.',
		'',
		'</Book>',
		'',
		'## Who argues what',
		'',
		'<Analysis>',
		'',
		'Cary reads the [chess image](../other/#p-x) as <Term id="cac">a plan</Term>.',
		'',
		'</Analysis>',
		'',
		'<Note kind="correction" sources="a">',
		'',
		'The analysis gives the wrong name.',
		'',
		'</Note>',
		'',
		'<Context sources="a">',
		'',
		'- A listed fact the site adds.',
		'',
		'</Context>',
		'',
		'## Questions for discussion',
		'',
		'1. Who moves the pieces?',
	].join('\n');
	/** References as a kit lists them, the first at line 9 of content/teach/chapter-5/page.yaml, then every third line. */
	const refs = (list: Omit<PassageReference, 'file' | 'line' | 'field'>[]): PassageReference[] =>
		list.map((r, i) => ({ ...r, file: 'content/teach/chapter-5/page.yaml', line: 9 + 3 * i, field: `exercise[${i}].passage` }));
	const run = (references: PassageReference[] = []) =>
		runMdx(page, [rehypeAnchors, { include: ['/content/sections/'], redirects: [], references }]);

	it('records each paragraph’s block, the section it is in and its words, with quoted phrases kept and links reduced to words', async () => {
		const { pageData } = await run();
		expect(pageData.passages).toEqual({
			'p-the-book-calls-it-one-game': {
				block: 'book',
				html: 'The book calls it <q class="book-quote">one game of chess</q>, <em>firmly</em>.',
			},
			'p-cary-reads-the-chess-image-as': { block: 'analysis', section: 'who-argues-what', html: 'Cary reads the chess image as a plan.' },
			'p-the-analysis-gives-the-wrong-name': {
				block: 'note',
				note: 'correction',
				section: 'who-argues-what',
				html: 'The analysis gives the wrong name.',
			},
			'p-a-listed-fact-the-site-adds': { block: 'context', section: 'who-argues-what', html: 'A listed fact the site adds.' },
			// The page's own lists are in no block: they have no voice to tell.
			'p-who-moves-the-pieces': { section: 'questions-for-discussion', html: 'Who moves the pieces?' },
		});
	});

	it('accepts references to paragraphs of the voice they declare: a note and a context block are both the site', async () => {
		const ok = refs([
			{ page: '/chapter-5/page/', id: 'p-the-book-calls-it-one-game', voice: 'book' },
			{ page: '/chapter-5/page/', id: 'p-cary-reads-the-chess-image-as', voice: 'analysis' },
			{ page: '/chapter-5/page/', id: 'p-the-analysis-gives-the-wrong-name', voice: 'site' },
			{ page: '/chapter-5/page/', id: 'p-a-listed-fact-the-site-adds', voice: 'site' },
			{ page: '/chapter-5/page/', id: 'p-who-moves-the-pieces' },
			// Another page's references are that page's to check.
			{ page: '/chapter-5/other/', id: 'p-nowhere', voice: 'book' },
		]);
		await expect(run(ok)).resolves.toBeTruthy();
	});

	it('fails the build on an exercise passage whose block is not the voice it declares, naming the kit’s line and the paragraph’s', async () => {
		const wrong = run(refs([{ page: '/chapter-5/page/', id: 'p-the-analysis-gives-the-wrong-name', voice: 'analysis' }]));
		await expect(wrong).rejects.toThrow(ContentError);
		await expect(wrong).rejects.toThrow(
			'content/teach/chapter-5/page.yaml:9 (exercise[0].passage): the passage "p-the-analysis-gives-the-wrong-name" (/site/content/sections/chapter-5/page.mdx:17) is in a <Note kind="correction"> (Correction), so its voice is "site", not "analysis"',
		);
		await expect(wrong).rejects.toThrow('fix: write voice: site if that is what the exercise should teach');
		const book = run(refs([{ page: '/chapter-5/page/', id: 'p-cary-reads-the-chess-image-as', voice: 'book' }]));
		await expect(book).rejects.toThrow('is in a <Analysis> block ("The analysis"), so its voice is "analysis", not "book"');
	});

	it('fails the build on an exercise passage in no block, and on a paragraph or heading that is not a paragraph', async () => {
		const run3 = run(
			refs([
				{ page: '/chapter-5/page/', id: 'p-who-moves-the-pieces', voice: 'site' },
				{ page: '/chapter-5/page/', id: 'p-gone' },
				{ page: '/chapter-5/page/', id: 'who-argues-what' },
			]),
		);
		await expect(run3).rejects.toThrow('Content has 3 problems');
		await expect(run3).rejects.toThrow(
			'page.yaml:9 (exercise[0].passage): the passage "p-who-moves-the-pieces" (/site/content/sections/chapter-5/page.mdx:29) is in no <Book>',
		);
		await expect(run3).rejects.toThrow(
			'page.yaml:12 (exercise[1].passage): "/chapter-5/page/#p-gone" leads nowhere: /chapter-5/page/ has no paragraph "p-gone"',
		);
		await expect(run3).rejects.toThrow(
			'page.yaml:15 (exercise[2].passage): "#who-argues-what" is a heading of /chapter-5/page/, not a paragraph',
		);
	});
});
