import { describe, expect, it } from 'vitest';
import { relationTypes } from '../../src/schemas/glossary';
import { relationLineStyle, relationLineStyles } from '../../src/site/labels';
import { groupByName, shortTitle, sourceLabels } from '../../src/site/source-labels';

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

describe('labels for works cited together', () => {
	const work = (id: string, publisher: string | undefined, title: string, iso?: string) => ({
		id,
		publisher,
		title,
		...(iso && { date: { iso } }),
	});
	const works = [
		work('wikiwand-cac', 'Wikiwand', 'Cyberspace Administration of China (Wikiwand article)'),
		work('wikiwand-ccac', 'Wikiwand', 'Central Cyberspace Affairs Commission (Wikiwand article)'),
		work(
			'cii-clp',
			'China Law & Practice',
			'Regulations for Protection of the Security of Critical Information Infrastructure',
			'2021-09-30',
		),
		work('ndsmr-clp', 'China Law & Practice', 'Regulations for the Administration of Network Data Security', '2024-11-08'),
		work('protiviti', 'Protiviti', 'MLPS 2.0'),
		work('order-147', undefined, 'Order No. 147'),
	];

	it('names a work by its publisher alone when no other work on the page shares it', () => {
		const labels = sourceLabels(works);
		expect(labels.get('protiviti')).toEqual({ name: 'Protiviti' });
		expect(labels.get('order-147')).toEqual({ name: 'Order No. 147' });
	});

	it('tells works of one publisher apart by year, or where the years cannot, by short title', () => {
		const labels = sourceLabels(works);
		expect(labels.get('cii-clp')).toEqual({ name: 'China Law & Practice', detail: { kind: 'year', text: '2021' } });
		expect(labels.get('ndsmr-clp')).toEqual({ name: 'China Law & Practice', detail: { kind: 'year', text: '2024' } });
		expect(labels.get('wikiwand-cac')).toEqual({ name: 'Wikiwand', detail: { kind: 'title', text: 'Cyberspace Administration of China' } });
		expect(labels.get('wikiwand-ccac')!.detail!.text).toBe('Central Cyberspace Affairs Commission');
		// Same year: the titles decide.
		const sameYear = sourceLabels([work('a', 'CLP', 'First rules', '2022-01-01'), work('b', 'CLP', 'Second rules', '2022-05-01')]);
		expect([...sameYear.values()].map((l) => l.detail)).toEqual([
			{ kind: 'title', text: 'First rules' },
			{ kind: 'title', text: 'Second rules' },
		]);
	});

	it('gathers a citation’s works under each name once, in order, and drops a repeated id', () => {
		const labels = sourceLabels(works);
		expect(groupByName(['wikiwand-cac', 'protiviti', 'wikiwand-ccac', 'wikiwand-cac'], labels)).toEqual([
			{ name: 'Wikiwand', ids: ['wikiwand-cac', 'wikiwand-ccac'] },
			{ name: 'Protiviti', ids: ['protiviti'] },
		]);
	});

	it('shortens a long title at a word, and drops a trailing note in brackets', () => {
		expect(shortTitle('Central Cyberspace Affairs Commission (Wikiwand article)')).toBe('Central Cyberspace Affairs Commission');
		expect(shortTitle('Regulations for Protection of the Security of Critical Information Infrastructure')).toBe(
			'Regulations for Protection of the Security of…',
		);
		expect(shortTitle('(Only brackets)')).toBe('(Only brackets)');
	});
});
