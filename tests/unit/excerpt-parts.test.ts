import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { excerptParts } from '../../src/search/excerpt-parts';
import { decodeEntities } from '../../src/site/entities';
import { markWord, sanitizeExcerpt } from '../../src/search/excerpt';
import { SearchResults } from '../../src/islands/SearchResults';
import type { Hit } from '../../src/search/client';

// An excerpt as an attacker would write it into the content: encoded markup (as Pagefind emits
// text), raw markup (should an index ever carry it), and a real match.
const hostile = '&lt;img src=x onerror=alert(1)&gt; <mark>CAC</mark> <script>x</script> <img src=x onerror=alert(2)> &amp;lt;b&amp;gt;';

describe('excerpt parts (excerpt-parts)', () => {
	it('makes only <mark> into marked parts; every other tag, encoded or not, is text', () => {
		expect(excerptParts(hostile)).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', mark: false },
			{ text: 'CAC', mark: true },
			{ text: ' <script>x</script> <img src=x onerror=alert(2)> &lt;b&gt;', mark: false },
		]);
	});

	it('reads excerpts that went through sanitizeExcerpt the same way', () => {
		expect(excerptParts(sanitizeExcerpt(hostile))).toEqual(excerptParts(hostile));
	});

	it('decodes the entities Pagefind writes once, and leaves unknown ones as written', () => {
		expect(decodeEntities('&quot;A&amp;B&quot; &#39;s &#x4E2D;&#22269; &amp;amp; &bogus; &#0; &#xD800;')).toBe(
			'"A&B" \'s 中国 &amp; &bogus; &#0; &#xD800;',
		);
	});

	it('reads numeric references without their ";" and the names a URL scheme hides behind, as a browser does', () => {
		// The content check (src/content/prose.ts) uses the same decoder to see `javascript:` however it is written.
		expect(decodeEntities('&#106avascript&colon;x &#x6A;ava&Tab;script&NewLine;')).toBe('javascript:x java\tscript\n');
	});

	it('handles several marks, marks at the edges, stray and unclosed tags, and case', () => {
		expect(excerptParts('<mark>MLPS</mark> and <MARK>等保</MARK>')).toEqual([
			{ text: 'MLPS', mark: true },
			{ text: ' and ', mark: false },
			{ text: '等保', mark: true },
		]);
		expect(excerptParts('a</mark>b<mark>c')).toEqual([
			{ text: 'ab', mark: false },
			{ text: 'c', mark: true },
		]);
		expect(excerptParts('<mark class="x">y</mark>')).toEqual([{ text: '<mark class="x">y', mark: false }]);
		expect(excerptParts('')).toEqual([]);
	});
});

describe('SearchResults renders excerpts as text and <mark> only', () => {
	const hit: Hit = {
		id: '1',
		url: '/glossary/cac/',
		title: 'Cyberspace Administration of China',
		type: 'glossary',
		excerpt: hostile,
		subResults: [{ url: '/chapter-5/overview/#x', title: 'Overview', excerpt: hostile }],
		names: [],
	};
	const tree = fromHtml(renderToString(h(SearchResults, { id: 'r', hits: [hit] })), { fragment: true });
	const excerpts = selectAll('.search-excerpt', tree);

	it('creates no element inside an excerpt but <mark>, and shows the rest as text', () => {
		expect(excerpts).toHaveLength(2);
		for (const p of excerpts) {
			// selectAll('*', p) includes p itself.
			expect(
				selectAll('*', p)
					.filter((el) => el !== p)
					.map((el) => el.tagName),
			).toEqual(['mark']);
			expect(selectAll('mark', p).map((m) => toString(m))).toEqual(['CAC']);
			expect(toString(p)).toBe(
				excerptParts(hostile)
					.map((part) => part.text)
					.join(''),
			);
		}
		const html = renderToString(h(SearchResults, { id: 'r', hits: [hit] }));
		expect(html).not.toMatch(/<(img|script)\b/i);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});
});

describe('a matched word in an excerpt (markWord)', () => {
	it('marks the word, not the punctuation Pagefind keeps on it', () => {
		const marked: [word: string, excerpt: string][] = [
			['response.', '<mark>response</mark>.'],
			['(CAC),', '(<mark>CAC</mark>),'],
			['“cyber', '“<mark>cyber</mark>'],
			// What belongs to the word stays marked: a percent sign, a decimal point, an apostrophe inside it.
			['5%', '<mark>5%</mark>'],
			['2.0', '<mark>2.0</mark>'],
			['China’s', '<mark>China’s</mark>'],
			['...', '<mark>...</mark>'],
			['R&D.', '<mark>R&amp;D</mark>.'],
		];
		for (const [word, excerpt] of marked) expect(markWord(word), word).toBe(excerpt);
	});

	it('marks only the part of a run of Chinese the query asked for', () => {
		const asked = ['网络安全观', '网信办'];
		expect(['树立正确的网络安全观,', '网信办。', '数据安全法,'].map((word) => markWord(word, asked))).toEqual([
			'树立正确的<mark>网络安全观</mark>,',
			'<mark>网信办</mark>。',
			'<mark>数据安全法</mark>,',
		]);
	});
});
