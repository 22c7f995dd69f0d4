import { describe, expect, it } from 'vitest';
import { indexedText, prepareForIndex, resultTypeOf } from '../../src/integrations/search-index';

const page = (main: string) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body><header data-pagefind-ignore>网站</header><main data-pagefind-body>${main}</main></body></html>`;

describe('what the indexer is given (search-index)', () => {
	it('types results by URL', () => {
		expect(resultTypeOf('/glossary/cac/')).toBe('glossary');
		expect(resultTypeOf('/timeline/')).toBe('timeline');
		expect(resultTypeOf('/chapter-5/overview/')).toBe('section');
	});

	it('reads only the indexed body, without the chrome Pagefind is told to skip', () => {
		const html = page(
			'<p class="eyebrow">Chapter 5 · 筑牢国家网络安全屏障</p><h1>Title</h1><p>Base (国家网络安全人才与创新基地)</p><p class="source-refs">Sources: 来源</p>',
		);
		const text = indexedText(html);
		expect(text).toContain('国家网络安全人才与创新基地');
		expect(text).not.toMatch(/网站|屏障|来源/);
	});

	it('adds the type filter and the Chinese inner parts as <meta> in the head, leaving the body alone', () => {
		const html = page('<h1>Title</h1><p>Base (国家网信办)</p>');
		const out = prepareForIndex(html, '/glossary/cac/');
		expect(out).toContain('<meta data-pagefind-filter="type[content]" content="glossary">');
		expect(out).toContain('<meta data-pagefind-meta="zh_parts[content]" content="国家网信办 家网信办 网信办 信办">');
		expect(out.slice(out.indexOf('<body>'))).toBe(html.slice(html.indexOf('<body>')));
		expect(prepareForIndex(page('<h1>No Chinese</h1>'), '/timeline/')).not.toContain('zh_parts');
	});
});
