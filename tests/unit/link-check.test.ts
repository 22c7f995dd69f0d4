import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/content/yaml-source';
import { brokenLinkProblems, brokenLinks } from '../../src/integrations/link-check';
import { rehypeLinkSites, yamlLinkSites, type LinkSites } from '../../src/markdown/link-sites';
import { runMdx } from './mdx';

// The link check names the line that wrote a broken link from the positions recorded while the
// page compiled (src/markdown/link-sites.ts), not from a search of the file for the address: a
// search finds the first line that spells it, which need not be the link.

const root = '/site/';
const file = 'content/sections/chapter-5/page.mdx';
const sources = new Map([['/chapter-5/page/', file]]);

let dist: string | undefined;
afterEach(() => {
	if (dist) rmSync(dist, { recursive: true, force: true });
	dist = undefined;
});

/** Compiles `mdx` as the page /chapter-5/page/ (with /chapter-5/other/ beside it, whose one id is "p-real"), builds both, and checks their links. */
async function check(mdx: string) {
	const sites: LinkSites = new Map();
	const { tree } = await runMdx(mdx, [rehypeLinkSites, { sites }], join(root, file));
	dist = mkdtempSync(join(tmpdir(), 'link-check-'));
	for (const [path, html] of [
		['chapter-5/page', toHtml(tree)],
		['chapter-5/other', '<p id="p-real">Other.</p>'],
	] as const) {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), html);
	}
	return brokenLinkProblems(brokenLinks(dist), { sources, sites, root, base: '/' }).map((p) => `${p.file}:${p.line} ${p.message}`);
}

describe('the link check', () => {
	it('names the line of a repeated link’s second occurrence when only that one is broken, not an earlier line that spells its address', async () => {
		const problems = await check(
			[
				'Write a link as `[the law](/chapter-5/other/#nowhere)`.',
				'',
				'See [the law](/chapter-5/other/#p-real).',
				'',
				'Again [the law](/chapter-5/other/#nowhere).',
			].join('\n'),
		);
		expect(problems).toEqual([
			'content/sections/chapter-5/page.mdx:5 "/chapter-5/other/#nowhere" leads nowhere: /chapter-5/other/ has no id "nowhere"',
		]);
	});

	it('names every line that writes the same broken address, each once', async () => {
		const problems = await check(['See [one](#gone).', '', 'Intro.', '', 'See [two](#gone) and [three](#gone).'].join('\n'));
		expect(problems).toEqual([
			'content/sections/chapter-5/page.mdx:1 "#gone" leads nowhere: /chapter-5/page/ has no id "gone"',
			'content/sections/chapter-5/page.mdx:5 "#gone" leads nowhere: /chapter-5/page/ has no id "gone"',
		]);
	});

	it('records a link written as JSX with its line, as one written in Markdown', async () => {
		const sites: LinkSites = new Map();
		await runMdx('Text.\n\nSee <a href="#here">here</a> and [there](#there).', [rehypeLinkSites, { sites }], join(root, file));
		expect(sites.get(join(root, file))).toEqual([
			{ href: '#here', line: 3 },
			{ href: '#there', line: 3 },
		]);
	});

	it('puts a link a plugin made, which has no position, on the line of the written paragraph around it', async () => {
		const sites: LinkSites = new Map();
		// As the term linker does: a link made while compiling, inside a paragraph the author wrote.
		const linkTerms = () => (tree: Root) =>
			visit(tree, 'element', (el) => {
				if (el.tagName === 'p' && toString(el).startsWith('The CAC')) el.children.push(h('a', { href: '/glossary/cac/' }, 'CAC'));
			});
		await runMdx('Intro.\n\nThe CAC\nacts.', { plugins: [linkTerms, [rehypeLinkSites, { sites }]] }, join(root, file));
		expect(sites.get(join(root, file))).toEqual([{ href: '/glossary/cac/', line: 3 }]);
	});

	it('sends a broken link its page’s file does not write to the site’s code', () => {
		const problems = brokenLinkProblems([{ page: '/chapter-5/page/', href: '/nowhere/', reason: 'no page /nowhere/ is built' }], {
			sources,
			sites: new Map([[join(root, file), [{ href: '/elsewhere/', line: 2 }]]]),
			root,
			base: '/',
		});
		expect(problems.map((p) => `${p.file}:${p.line} ${p.fix}`)).toEqual([
			'src/ (the page /chapter-5/page/):0 correct the page or component that writes it',
		]);
	});

	it('names the line of a YAML value a page prints as a link under the base, from the reader’s positions', () => {
		const yaml = parseYaml(['- id: one', '  gist:', '    - text: First.', "      link: '/chapter-5/page/#p-gone'"].join('\n'));
		const [first] = yaml.data as unknown[];
		const sites = yamlLinkSites([{ value: first, file: 'content/book/chapters.yaml', lineOf: (p) => yaml.lineOf([0, ...p]) }], root);
		const problems = brokenLinkProblems(
			[{ page: '/', href: '/explainer/chapter-5/page/#p-gone', reason: '/chapter-5/page/ has no id "p-gone"' }],
			{ sources: new Map([['/', 'content/book/chapters.yaml']]), sites, root, base: '/explainer/' },
		);
		expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/book/chapters.yaml:4']);
	});
});
