import { describe, expect, it } from 'vitest';
import { distDir, requireDist } from '../support/dist';
import { brokenLinks } from '../support/links';

describe('links in the built site', () => {
	requireDist();
	it('every internal link and #fragment resolves to a file and an element id', () => {
		expect(brokenLinks(distDir)).toEqual([]);
	});
});
