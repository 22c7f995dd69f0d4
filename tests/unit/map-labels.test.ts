import { describe, expect, it } from 'vitest';
import { relationTypes } from '../../src/schemas/glossary';
import { relationLineStyle, relationLineStyles } from '../../src/site/labels';

describe('the who’s-who map’s line styles', () => {
	it('give every kind of relation exactly one of four distinct styles', () => {
		for (const type of relationTypes)
			expect(
				relationLineStyles.filter((s) => (s.types as readonly string[]).includes(type)),
				type,
			).toHaveLength(1);
		expect(new Set(relationLineStyles.map((s) => s.style)).size).toBe(relationLineStyles.length);
		expect(relationLineStyle('issues')).toBe('solid');
		expect(relationLineStyle('replaces')).toBe('dash-dot');
	});
});
