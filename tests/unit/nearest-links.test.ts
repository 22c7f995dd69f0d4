import { describe, expect, it } from 'vitest';
import { anchorLabel, editSimilarity, nearestLinks, requestFrom, type LinkTargetPage } from '../../src/search/nearest-links';

// A small site shaped like the real one: sections with headings and paragraph ids, glossary
// entries, and the timeline's events as anchors.
const pages: LinkTargetPage[] = [
	{ path: '/', title: 'Governing Cybersecurity, Explained', anchors: [] },
	{
		path: '/chapter-5/overview/',
		title: 'Overview: chapter 5 and the analysis',
		anchors: [
			['the-book-and-the-chapter', 'The book and the chapter'],
			['p-cary-places-the-chapter-in-the', ''],
			['key-takeaways', 'Key takeaways'],
		],
	},
	{
		path: '/chapter-5/systems-and-capacity-building/',
		title: 'Comprehensively Strengthen Cybersecurity Systems and Capacity Building',
		anchors: [
			['talent-and-schools', 'Talent and schools'],
			['p-the-chapter-calls-for-world-class', ''],
			['key-takeaways', 'Key takeaways'],
		],
	},
	{
		path: '/chapter-5/laying-the-foundation/',
		title: 'Laying the Foundation for Cybersecurity',
		anchors: [['key-takeaways', 'Key takeaways']],
	},
	{ path: '/glossary/', title: 'Glossary', anchors: [] },
	{ path: '/glossary/mlps/', title: 'Multi-Level Protection Scheme (MLPS)', anchors: [] },
	{ path: '/glossary/cybersecurity-law/', title: 'Cybersecurity Law', anchors: [] },
	{ path: '/glossary/cybersecurity-review/', title: 'Cybersecurity Review Measures', anchors: [] },
	{ path: '/timeline/', title: 'Timeline', anchors: [['csl-adopted', 'Cybersecurity Law adopted']] },
];

const top = (pathname: string, hash = '', base = '/') => nearestLinks(requestFrom(pathname, hash, base), pages)[0];

describe('suggestions for an address that was not found', () => {
	it('reads the request as a site path without the base, and its fragment without a text directive', () => {
		expect(requestFrom('/explainer/Chapter-5/Overview', '#key-takeaways:~:text=foo', '/explainer/')).toEqual({
			path: '/chapter-5/overview/',
			hash: 'key-takeaways',
		});
		expect(requestFrom('/explainer', '', '/explainer/')).toEqual({ path: '/', hash: '' });
		expect(requestFrom('/glossary/mlps/index.html', '', '/')).toEqual({ path: '/glossary/mlps/', hash: '' });
	});

	it('puts the right section first for a mistyped section URL', () => {
		expect(top('/chapter-5/systems-and-capacity-buildin/')).toMatchObject({ path: '/chapter-5/systems-and-capacity-building/', hash: '' });
		expect(top('/chapter-5/overveiw/')).toMatchObject({ path: '/chapter-5/overview/', hash: '' });
		expect(top('/chapter5/laying-foundation')).toMatchObject({ path: '/chapter-5/laying-the-foundation/' });
	});

	it('finds an anchor when the fragment is kept and the path is wrong', () => {
		expect(top('/chapter-5/overviews/', '#key-takeaways')).toMatchObject({ path: '/chapter-5/overview/', hash: 'key-takeaways' });
		expect(top('/chapter-5/capacity-building/', '#p-the-chapter-calls-for-world')).toMatchObject({
			path: '/chapter-5/systems-and-capacity-building/',
			hash: 'p-the-chapter-calls-for-world-class',
		});
		expect(top('/timelines/', '#csl-adopted')).toMatchObject({ path: '/timeline/', hash: 'csl-adopted' });
	});

	it('matches glossary entries by mistyped id, by a title spelled out as the slug, or by a bare id', () => {
		expect(top('/glossary/cybersecurty-law/')).toMatchObject({ path: '/glossary/cybersecurity-law/' });
		expect(top('/glossary/multi-level-protection-scheme/')).toMatchObject({ path: '/glossary/mlps/' });
		expect(top('/mlps/')).toMatchObject({ path: '/glossary/mlps/' });
	});

	it('offers nothing for an address unlike any page, and at most five links', () => {
		expect(nearestLinks(requestFrom('/zzzz-qqqq-xxxx/', '', '/'), pages)).toEqual([]);
		expect(nearestLinks(requestFrom('/chapter-5/', '', '/'), pages).length).toBeLessThanOrEqual(5);
	});

	it('labels paragraphs by their opening words and headings by their text', () => {
		expect(anchorLabel('p-cary-places-the-chapter-in-the', '')).toBe('paragraph beginning “cary places the chapter in the…”');
		expect(anchorLabel('key-takeaways', 'Key takeaways')).toBe('Key takeaways');
		expect(top('/chapter-5/overview-old/', '#p-cary-places-the-chapter')?.label).toBe(
			'Overview: chapter 5 and the analysis — paragraph beginning “cary places the chapter in the…”',
		);
	});

	it('measures edit similarity from 0 to 1', () => {
		expect(editSimilarity('abc', 'abc')).toBe(1);
		expect(editSimilarity('abc', '')).toBe(0);
		expect(editSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7);
		// Two letters swapped are one slip, not two edits: "reveiw" is as near "review" as "reviw" is.
		expect(editSimilarity('reveiw', 'review')).toBeCloseTo(1 - 1 / 6);
		expect(editSimilarity('ab', 'ba')).toBeCloseTo(1 / 2);
	});
});
