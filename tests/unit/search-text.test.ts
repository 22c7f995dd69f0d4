import { describe, expect, it } from 'vitest';
import { hanRuns, hanSearchParts, hanSuffixes } from '../../src/search/cjk';
import { excerptAround, sanitizeExcerpt } from '../../src/search/excerpt';
import { highlightPattern } from '../../src/search/highlight';
import { searchNames } from '../../src/search/names';
import { NAME_SEPARATOR } from '../../src/search/model';

describe('Chinese inner parts (search-cjk)', () => {
	it('splits runs of Han characters at punctuation and Latin text', () => {
		expect(hanRuns('the MLPS (网络安全等级保护制度, often 等保、等级保护)')).toEqual(['网络安全等级保护制度', '等保', '等级保护']);
	});

	it('indexes every proper suffix of two or more characters, so a middle part is some suffix’s prefix', () => {
		const suffixes = hanSuffixes('网络安全等级保护制度');
		expect(suffixes[0]).toBe('络安全等级保护制度');
		expect(suffixes.at(-1)).toBe('制度');
		expect(suffixes.some((s) => s.startsWith('等级保护'))).toBe(true);
		expect(hanSuffixes('等保')).toEqual([]);
	});

	it('caps long suffixes (prefix matching needs no more) and removes duplicates', () => {
		const long = '没有网络安全就没有国家安全没有信息化就没有现代化';
		expect(Math.max(...hanSuffixes(long).map((s) => [...s].length))).toBe(16);
		expect(hanSearchParts(['国家网信办', '中央网信办']).split(' ')).toEqual([
			'国家网信办',
			'家网信办',
			'网信办',
			'信办',
			'中央网信办',
			'央网信办',
		]);
	});

	it('puts every name of a glossary entry, and its Chinese inner parts, in the names metadata', () => {
		const names = searchNames({
			term: 'Multi-Level Protection Scheme',
			abbr: 'MLPS',
			aliases: ['Multi-Layer Protection System'],
			zh: '网络安全等级保护制度',
			zhAliases: ['等保'],
			variants: [{ text: 'graded protection', usedBy: 'some' }],
		}).split(NAME_SEPARATOR);
		expect(names).toEqual(expect.arrayContaining(['MLPS', 'Multi-Layer Protection System', 'graded protection', '等保', '等级保护制度']));
	});
});

describe('excerpts (search-excerpt)', () => {
	it('keeps <mark> and turns any other markup into text', () => {
		expect(sanitizeExcerpt('a <mark>MLPS</mark> b')).toBe('a <mark>MLPS</mark> b');
		expect(sanitizeExcerpt('<img src=x onerror=alert(1)><mark>x</mark><script>1</script>')).toBe(
			'&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>&lt;script&gt;1&lt;/script&gt;',
		);
		expect(sanitizeExcerpt('<mark class="x">y</mark>')).toBe('&lt;mark class="x"&gt;y</mark>');
		// Entities from Pagefind stay encoded, not double-encoded.
		expect(sanitizeExcerpt('&lt;b&gt; &amp; <mark>c</mark>')).toBe('&lt;b&gt; &amp; <mark>c</mark>');
	});

	it('builds a marked excerpt around an inner Chinese match, escaping the page text', () => {
		const content = 'A <b> (网络安全等级保护制度) z';
		expect(excerptAround(content, '等级保护')).toBe('A &lt;b&gt; (网络安全<mark>等级保护</mark>制度) z');
		expect(excerptAround(`${'a'.repeat(100)}等级保护${'b'.repeat(100)}`, '等级保护', 5)).toBe('…aaaaa<mark>等级保护</mark>bbbbb…');
		expect(excerptAround(content, 'scheme')).toBeUndefined();
		expect(excerptAround(content, '国家')).toBeUndefined();
	});
});

describe('on-page highlight pattern (search-highlight)', () => {
	const found = (query: string, text: string) => [...text.matchAll(highlightPattern(query)!)].map((m) => m[0]);

	it('matches words by prefix and case-insensitively, as Pagefind does', () => {
		expect(found('fine', 'Fines and fined, not refined.')).toEqual(['Fines', 'fined']);
		// A quoted phrase only as a whole; question and stop words are never marked.
		expect(found('"legal weapons"', 'the “legal weapons” of the state, legal and weapons')).toEqual(['legal weapons']);
		expect(found('what are the fines', 'What are the fines? The fines are small.')).toEqual(['fines', 'fines']);
		expect(found('"one hour" "1 hour"', 'within one hour, a one-hour rule, 1 hour, in 1988')).toEqual(['one hour', 'one-hour', '1 hour']);
	});

	it('matches hyphenated words with or without the hyphen, and Chinese anywhere', () => {
		expect(found('multi-layer', 'Multi-Layer and multilayer')).toEqual(['Multi-Layer', 'multilayer']);
		expect(found('等级保护', '网络安全等级保护制度')).toEqual(['等级保护']);
	});

	it('ignores a query with nothing to highlight', () => {
		expect(highlightPattern(' " ')).toBeUndefined();
	});
});
