import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/content/read';
import { checkReferences } from '../../src/content/check';
import { formatProblem } from '../../src/content/problems';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

// What `npm run check:content` runs: whether content/ builds at all (shapes, ids, cross-references).
// What the content should say (how many terms, which corrections) is editorial, in
// content-editorial.test.ts, so a writer's check never fails on a count.
describe('the real content', () => {
	const { model, problems } = readContent(contentDir);
	const all = [...problems, ...checkReferences(model)];

	it('has no shape, reference or naming problems', () => {
		expect(all.map(formatProblem)).toEqual([]);
	});
});
