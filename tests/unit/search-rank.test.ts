import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/search/query';
import { readSearchParams, searchParamsOf } from '../../src/search/params';
import { safeUrl, withHighlight } from '../../src/search/client';

// How sub-results are ordered (by the query words each section holds, titles counting extra) is
// tested with where results land, in search-passages.test.ts.
describe('result order (search-rank)', () => {
	it('compares names ignoring case, quotes and punctuation', () => {
		expect(normalizeName('  Multi-Layer   Protection ')).toBe('multilayer protection');
		expect(normalizeName('“CII”')).toBe('cii');
	});
});

describe('result and page URLs', () => {
	it('adds the highlight parameter before the fragment', () => {
		expect(withHighlight('/glossary/mlps/', 'MLPS 2.0')).toBe('/glossary/mlps/?highlight=MLPS%202.0');
		expect(withHighlight('/timeline/#csl-in-force', 'law')).toBe('/timeline/?highlight=law#csl-in-force');
	});

	it('only links to same-site paths', () => {
		expect(safeUrl('/explainer/glossary/cac/')).toBe('/explainer/glossary/cac/');
		expect(safeUrl('javascript:alert(1)')).toBe('/');
		expect(safeUrl('//evil.example/')).toBe('/');
	});

	it('round-trips the /search/ state and drops unknown filter values', () => {
		const state = readSearchParams('?q=%E7%BD%91%E4%BF%A1%E5%8A%9E&type=glossary&kind=agency');
		expect(state).toEqual({ query: '网信办', filters: { type: 'glossary', kind: 'agency' } });
		expect(searchParamsOf(state)).toBe('?q=%E7%BD%91%E4%BF%A1%E5%8A%9E&type=glossary&kind=agency');
		expect(readSearchParams('?q=x&type=pages&kind=<b>')).toEqual({ query: 'x', filters: { type: undefined, kind: undefined } });
	});
});
