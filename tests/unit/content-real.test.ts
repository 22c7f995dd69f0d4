import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/content/read';
import { checkReferences } from '../../src/content/check';
import { buildMatchPatterns } from '../../src/glossary/patterns';
import { formatProblem } from '../../src/content/problems';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

describe('the real content', () => {
	const { model, problems } = readContent(contentDir);
	const all = [...problems, ...checkReferences(model), ...buildMatchPatterns(model.glossary).problems];

	it('has no shape, reference or naming problems', () => {
		expect(all.map(formatProblem)).toEqual([]);
	});
});
