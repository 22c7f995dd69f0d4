import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/glossary/matcher';
import type { MatchPattern } from '../../src/glossary/patterns';

const patterns: MatchPattern[] = [
	{ text: 'Cybersecurity Law', termId: 'csl', caseSensitive: false },
	{ text: 'CSL', termId: 'csl', caseSensitive: true },
	{ text: 'cybersecurity review', termId: 'review', caseSensitive: false },
	{ text: 'CAC', termId: 'cac', caseSensitive: true },
	{ text: 'critical information infrastructure', termId: 'cii', caseSensitive: false },
	{ text: 'CII', termId: 'cii', caseSensitive: true },
	{ text: '网络安全法', termId: 'csl', caseSensitive: true },
	{ text: '网信办', termId: 'cac', caseSensitive: true },
	{ text: 'MLPS', termId: 'mlps', caseSensitive: true },
	{ text: 'MLPS 2.0', termId: 'mlps2', caseSensitive: true },
];
const matcher = createMatcher(patterns);
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('term matcher', () => {
	it('prefers the longest name at a position', () => {
		expect(found('Under MLPS 2.0 rules')).toEqual([['MLPS 2.0', 'mlps2']]);
	});

	it('matches English names in any case', () => {
		expect(found('the cybersecurity law and the CYBERSECURITY REVIEW')).toEqual([
			['cybersecurity law', 'csl'],
			['CYBERSECURITY REVIEW', 'review'],
		]);
	});

	it('matches abbreviations only in their own case', () => {
		expect(found('the cac and the Cac and the CAC')).toEqual([['CAC', 'cac']]);
	});

	it('matches whole words only', () => {
		expect(found('CACs, CACHE, MLPSx and xCII')).toEqual([]);
		expect(found('(CAC), CAC’s and “CII”.')).toEqual([
			['CAC', 'cac'],
			['CAC', 'cac'],
			['CII', 'cii'],
		]);
	});

	it('matches across a line break inside a name', () => {
		expect(found('critical information\ninfrastructure')).toEqual([['critical information\ninfrastructure', 'cii']]);
	});

	it('finds Chinese names inside running Chinese text, where words have no spaces', () => {
		expect(found('根据网络安全法，网信办负责')).toEqual([
			['网络安全法', 'csl'],
			['网信办', 'cac'],
		]);
	});

	it('treats regular-expression characters in names literally', () => {
		const m = createMatcher([{ text: 'CNCERT/CC (China)', termId: 'cncert', caseSensitive: true }]);
		expect(m.find('the CNCERT/CC (China) team').map((x) => x.termId)).toEqual(['cncert']);
		expect(m.find('CNCERTxCC China')).toEqual([]);
	});

	it('finds nothing when there are no terms', () => {
		expect(createMatcher([]).find('anything')).toEqual([]);
	});
});
