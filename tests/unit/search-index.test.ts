import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	indexAnchors,
	indexedText,
	markSectionEnds,
	prepareForIndex,
	resultsOf,
	resultTypeOf,
	separateBlocks,
} from '../../src/integrations/search-index';
import { APPARATUS_MARKER, PASSAGE_MARKER, ROW_MARKER, SECTION_END, TABLE_MARKER } from '../../src/search/model';

const page = (main: string) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body><header data-pagefind-ignore>网站</header><main data-pagefind-body>${main}</main></body></html>`;

describe('what the indexer is given (search-index)', () => {
	it('types results by URL', () => {
		expect(resultTypeOf('/glossary/cac/')).toBe('glossary');
		expect(resultTypeOf('/timeline/')).toBe('timeline');
		expect(resultTypeOf('/compare/')).toBe('compare');
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

describe('the anchors and text the indexer is given (search-index)', () => {
	it('moves a paragraph’s id to an empty marker, telling passages from the page’s apparatus, and drops every other id', () => {
		const html = page(
			'<h2 id="rules">Rules</h2><div class="prov prov-analysis"><p id="p-cary-finds-the">Cary finds.</p></div>' +
				'<ul><li id="p-cary-judged-the">Cary judged.</li></ul><span id="p-old-moved-id"></span><li id="csl" data-pagefind-title="Law">x</li>',
		);
		const body = indexAnchors(html);
		expect(body).toContain('<h2 id="rules">');
		expect(body).toContain(`<p><${PASSAGE_MARKER} id="p-cary-finds-the"></${PASSAGE_MARKER}>Cary finds.</p>`);
		expect(body).toContain(`<li><${APPARATUS_MARKER} id="p-cary-judged-the"></${APPARATUS_MARKER}>Cary judged.</li>`);
		expect(body).toContain('<span></span>');
		expect(body).toContain('<li id="csl" data-pagefind-title="Law">');
	});

	it('marks a /compare/ table and each row’s question with their ids, the question as the anchor’s text', () => {
		const html = page(
			'<table id="incident-table"><caption>Reporting incidents</caption><tbody><tr id="incidents-how-fast" class="compare-row"><th scope="row">How fast<a class="permalink" href="#incidents-how-fast" data-pagefind-ignore>#</a></th><td>1 hour</td></tr>' +
				'<tr id="incidents-who" class="compare-row"><th scope="row">Who must report</th><td>Operators</td></tr></tbody></table>',
		);
		const body = indexAnchors(html);
		expect(body).toContain(`<${TABLE_MARKER} id="incident-table"></${TABLE_MARKER}><table><caption>`);
		expect(body).toContain(
			`<tr class="compare-row"><th scope="row"><${ROW_MARKER} id="incidents-how-fast">How fast</${ROW_MARKER}><a class="permalink"`,
		);
		expect(body).toContain(`<th scope="row"><${ROW_MARKER} id="incidents-who">Who must report</${ROW_MARKER}></th><td>Operators</td>`);
	});

	it('keeps a label from running into its value, and cells into each other', () => {
		expect(separateBlocks('<dl><dt>Deadline to report</dt><dd>1 hour</dd><dt>Sources:</dt></dl>')).toBe(
			'<dl><dt>Deadline to report: </dt><dd>1 hour. </dd><dt>Sources:</dt></dl>',
		);
		// A value ends with a full stop after its last word (inside the element it ends in), and before its sources, unless it has one.
		expect(
			separateBlocks(
				'<dd>Those graded (<span lang="zh-Hans">较大</span>)</dd><dd>4 hours.</dd><dd><a href="#x">CAC</a></dd><dd>4 hours, in the province<p class="source-refs">Sources: <a>A</a></p></dd>',
			),
		).toBe(
			'<dd>Those graded (<span lang="zh-Hans">较大</span>). </dd><dd>4 hours. </dd><dd><a href="#x">CAC.</a> </dd><dd>4 hours, in the province.<p class="source-refs">Sources: <a>A.</a></p> </dd>',
		);
		expect(separateBlocks('<tr><th>Status</th><td>Draft</td></tr>')).toBe('<tr><th>Status </th><td>Draft </td></tr>');
		// The sources' paragraph is found by its class, whatever other classes it has.
		expect(separateBlocks('<dd>4 hours<p class="note-refs source-refs">Sources</p></dd>')).toBe(
			'<dd>4 hours.<p class="note-refs source-refs">Sources.</p> </dd>',
		);
	});

	it('marks where a section that search reads ends, unless another section or heading follows at once', () => {
		const html = page(
			'<section class="key-facts"><h2 id="key-facts">Key facts</h2></section><div class="prose"><p>Prose.</p></div>' +
				'<section data-pagefind-ignore><section><h2>Used in</h2></section></section><p>More.</p>' +
				'<section><h2 id="a">A</h2></section><section><h2 id="b">B</h2></section><p>Tail.</p>',
		);
		const out = markSectionEnds(html);
		expect(out.match(new RegExp(`id="${SECTION_END}"`, 'g'))?.length).toBe(2);
		expect(out).toContain(`</section><i id="${SECTION_END}"></i><div class="prose">`);
		expect(out).toContain(`<h2 id="b">B</h2></section><i id="${SECTION_END}"></i><p>Tail.</p>`);
	});
});

describe('which page each result is (search-index)', () => {
	it('reads each fragment Pagefind wrote: its id is the file name; a glossary entry needs no title', () => {
		const dir = mkdtempSync(join(tmpdir(), 'fragments-'));
		const write = (id: string, fragment: object) =>
			writeFileSync(
				join(dir, `${id}.pf_fragment`),
				gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(fragment))])),
			);
		write('en_1a2b3c4', { url: '/glossary/cac/', meta: { title: 'Cyberspace Administration of China (CAC)' } });
		write('en_5d6e7f8', { url: '/timeline/', meta: { title: 'Timeline' } });
		expect(resultsOf(dir)).toEqual({ en_1a2b3c4: { path: '/glossary/cac/' }, en_5d6e7f8: { path: '/timeline/', title: 'Timeline' } });
		rmSync(dir, { recursive: true });
	});
});
