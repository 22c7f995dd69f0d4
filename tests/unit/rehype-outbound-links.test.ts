import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { unified } from 'unified';
import type { Element, Root } from 'hast';
import { outboundLinkRel, rehypeOutboundLinks } from '../../src/markdown/rehype-outbound-links';
import { runMdx } from './mdx';

const rels = (tree: Root) =>
	Object.fromEntries(selectAll('a', tree).map((a) => [String(a.properties.href), a.properties.rel as string[] | undefined]));

describe('rehype-outbound-links (rehype-external-links as astro.config.mjs runs it)', () => {
	it('gives Markdown links to other sites rel="noopener noreferrer", and leaves the site\'s own links alone', async () => {
		const { tree } = await runMdx(
			'See [the analysis](https://interpret.csis.org/governing-cybersecurity/), [a mirror](//example.org/x), [the CAC](/glossary/cac/), [below](#p-one) and [mail](mailto:a@example.org).',
			rehypeOutboundLinks,
		);
		expect(rels(tree)).toEqual({
			'https://interpret.csis.org/governing-cybersecurity/': ['noopener', 'noreferrer'],
			'//example.org/x': ['noopener', 'noreferrer'],
			'/glossary/cac/': undefined,
			'#p-one': undefined,
			'mailto:a@example.org': undefined,
		});
	});

	it('keeps rel tokens a link already has, and does not add nofollow', async () => {
		const link = (rel?: string | string[]): Element => ({
			type: 'element',
			tagName: 'a',
			properties: { href: 'https://example.org/', ...(rel ? { rel } : {}) } as Element['properties'],
			children: [],
		});
		const tree: Root = {
			type: 'root',
			children: [
				link(['license', 'noopener']),
				link('external'),
				link(),
				{ ...link(), properties: { href: 'http://example.org/', target: '_blank' } },
			],
		};
		const processor = unified().use([rehypeOutboundLinks]);
		const out = (await processor.run(tree)) as Root;
		expect(selectAll('a', out).map((a) => a.properties.rel)).toEqual([
			['license', 'noopener', 'noreferrer'],
			['external', 'noopener', 'noreferrer'],
			['noopener', 'noreferrer'],
			['noopener', 'noreferrer'],
		]);
		expect(outboundLinkRel(link('  nofollow  '))).toEqual(['nofollow', 'noopener', 'noreferrer']);
	});
});
