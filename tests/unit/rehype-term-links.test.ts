import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { createMatcher } from '../../src/glossary/matcher';
import { mentionExcerpt, rehypeTermLinks } from '../../src/markdown/rehype-term-links';
import { ContentError } from '../../src/content/problems';
import { runMdx } from './mdx';
import { pageDataOf } from '../../src/markdown/page-data';

const options = {
	matcher: createMatcher([
		{ text: 'Cybersecurity Law', termId: 'csl', caseSensitive: false },
		{ text: 'cybersecurity review', termId: 'review', caseSensitive: false },
		{ text: 'CAC', termId: 'cac', caseSensitive: true },
		{ text: '网信办', termId: 'cac', caseSensitive: true },
	]),
	termIds: new Set(['csl', 'review', 'cac']),
	base: '/explainer/',
	include: ['/content/sections/'],
};
const path = '/site/content/sections/chapter-5/page.md';

/** Markdown → HTML through the same remark/rehype stages Astro's unified processor uses. */
async function html(markdown: string, filePath = path) {
	const file = new VFile({ value: markdown, path: filePath });
	const out = await unified().use(remarkParse).use(remarkRehype).use(rehypeTermLinks, options).use(rehypeStringify).process(file);
	return { html: String(out), terms: pageDataOf({ remarkPluginFrontmatter: file.data.astro?.frontmatter ?? {} }).terms };
}

/** MDX → hast, to see how components are handled. */
const mdxTree = (mdx: string) => runMdx(mdx, [rehypeTermLinks, options], path);
const linksIn = (tree: unknown): string[] =>
	JSON.stringify(tree)
		.match(/"ariaDescribedBy":\["term-card-[a-z-]+-def"\]/g)
		?.map((s) => s.slice('"ariaDescribedBy":["term-card-'.length, -'-def"]'.length)) ?? [];

describe('rehype-term-links', () => {
	it("links a term to its glossary entry under the base path, described by its card's definition", async () => {
		const { html: out } = await html('The CAC enforces it.');
		expect(out).toBe(
			'<p>The <a href="/explainer/glossary/cac/" class="term" aria-describedby="term-card-cac-def">CAC</a> enforces it.</p>',
		);
	});

	it('links only the first mention in each subsection', async () => {
		const { html: out } = await html('The CAC and the CAC.\n\nAgain the CAC.\n\n## Next part\n\nThe CAC once more, and the CAC.');
		expect(out.match(/href="\/explainer\/glossary\/cac\/"/g)).toHaveLength(2);
		expect(out).toContain('<h2>Next part</h2>\n<p>The <a href="/explainer/glossary/cac/"');
	});

	it('counts a Chinese name as a mention of the same term', async () => {
		const { html: out } = await html('网信办 is the CAC.');
		expect(out.match(/href="\/explainer\/glossary\/cac\/"/g)).toHaveLength(1);
		expect(out).toContain('>网信办</a>');
	});

	it('prefers the longer name, whole words only', async () => {
		const { html: out } = await html('Under the Cybersecurity Law, a cybersecurity reviewer is not a cybersecurity review.');
		expect(out).toContain('>Cybersecurity Law</a>');
		expect(out).toContain(
			'a cybersecurity reviewer is not a <a href="/explainer/glossary/review/" class="term" aria-describedby="term-card-review-def">cybersecurity review</a>',
		);
	});

	it('never links inside headings, links or code', async () => {
		const { html: out, terms } = await html('## The CAC\n\n[about the CAC](https://example.org) and `CAC` and\n\n```\nCAC\n```');
		expect(out).not.toContain('class="term"');
		expect(terms).toEqual([]);
	});

	it('records the terms a page uses in its front matter', async () => {
		const { terms } = await html('The CAC and the Cybersecurity Law.');
		expect(terms).toEqual(['cac', 'csl']);
	});

	it('leaves files outside the chapter pages alone', async () => {
		const { html: out } = await html('The CAC.', '/site/content/glossary/cac.md');
		expect(out).toBe('<p>The CAC.</p>');
	});

	it('treats <Term> as the mention and does not link inside <NoTerm>', async () => {
		const { tree, pageData } = await mdxTree(
			'<Term id="cac">the regulator</Term> and the CAC.\n\n<NoTerm>CAC</NoTerm> and Cybersecurity Law.',
		);
		expect(linksIn(tree)).toEqual(['csl']);
		expect(pageData.terms).toEqual(['cac', 'csl']);
	});

	it('links terms inside provenance components', async () => {
		const { tree } = await mdxTree('<Analysis>\n\nThe CAC decides.\n\n</Analysis>');
		expect(linksIn(tree)).toEqual(['cac']);
	});

	it('fails with the file, line and id of an unknown <Term id>', async () => {
		const error = await mdxTree('Intro.\n\nSee <Term id="cca">the regulator</Term>.').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as Error).message).toContain('page.md:3 (<Term id>): unknown glossary term id "cca"');
	});
});

describe('the excerpt of a mention, listed on the entry it mentions', () => {
	const paragraph =
		'The rules came in 2021. Operators of networks run by the Test Agency keep logs for six months. They name the protection of identity among their aims. A further sentence follows here, long enough to be cut away from the excerpt.';

	it('is the sentence that mentions it, whole, with the next while short, and “…” where the paragraph goes on', () => {
		expect(mentionExcerpt(paragraph, 'Test Agency')).toBe(
			'…Operators of networks run by the Test Agency keep logs for six months. They name the protection of identity among their aims.\u00a0…',
		);
	});

	it('takes the sentence before where none follows, while the excerpt stays short enough', () => {
		const last = 'The rules came in 2021 and were amended twice since. The Test Agency keeps the logs.';
		expect(mentionExcerpt(last, 'Test Agency', { shortest: 60 })).toBe(last);
		expect(mentionExcerpt(last, 'Test Agency', { shortest: 60, longest: 50 })).toBe('…The Test Agency keeps the logs.');
	});

	it('cuts a sentence too long to show whole at word boundaries around the name', () => {
		const long = `First. ${'word '.repeat(60)}the Test Agency ${'more '.repeat(60)}end. Last.`;
		const excerpt = mentionExcerpt(long, 'Test Agency');
		expect(excerpt).toContain('the Test Agency more');
		expect(excerpt).toMatch(/^…word /);
		expect(excerpt).toMatch(/ more…$/);
		expect(excerpt.length).toBeLessThanOrEqual(242);
	});
});
