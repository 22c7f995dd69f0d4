import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { ContentError } from '../../src/content/problems';
import { contentWith } from './fixture';

/** Loads fixture content with one mistake and returns the error message an editor would read. */
function messageFor(edits: Parameters<typeof contentWith>[0]): string {
	try {
		loadContent(contentWith(edits));
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as Error).message;
	}
	throw new Error('expected the content to be rejected');
}

describe('content checks', () => {
	it('accepts the fixture as it is', () => {
		const model = loadContent(contentWith());
		expect([...model.glossary.keys()].sort()).toEqual(['test-agency', 'test-law']);
		expect(model.sections.map((s) => s.value.id)).toEqual(['chapter-1/first']);
		expect(model.timeline[0]?.value.date).toEqual({ iso: '2016-11-07', precision: 'day' });
	});

	it('names the file, line, field and id of an unknown related term', () => {
		const message = messageFor([{ file: 'glossary/test-law.md', find: '  - test-agency', replace: '  - test-agncy' }]);
		expect(message).toContain('content/glossary/test-law.md:10 (related[0]): unknown glossary term id "test-agncy"');
		expect(message).toContain('fix: use the file name');
	});

	it('names an unknown source id in a timeline event', () => {
		const message = messageFor([{ file: 'timeline.yaml', find: '    - the-law-text', replace: '    - no-such-source' }]);
		expect(message).toContain('content/timeline.yaml:9 (sources[0]): unknown source id "no-such-source"');
	});

	it('names an unknown term id in a timeline event', () => {
		const message = messageFor([{ file: 'timeline.yaml', find: '    - test-law', replace: '    - test-lw' }]);
		expect(message).toContain('content/timeline.yaml:7 (terms[0]): unknown glossary term id "test-lw"');
	});

	it('names a missing required field', () => {
		const message = messageFor([{ file: 'glossary/test-agency.md', find: 'kind: agency\n', replace: '' }]);
		expect(message).toMatch(/content\/glossary\/test-agency\.md:\d+ \(kind\): required field "kind" is missing/);
	});

	it('requires every source to say what type of source it is, naming file and line', () => {
		const message = messageFor([{ file: 'sources.yaml', find: '  type: official\n', replace: '' }]);
		expect(message).toMatch(/content\/sources\.yaml:\d+ \(type\): required field "type" is missing/);
	});

	it('rejects a source type that is not one of the groups on /sources/', () => {
		const message = messageFor([{ file: 'sources.yaml', find: 'type: official', replace: 'type: blog' }]);
		expect(message).toMatch(/content\/sources\.yaml:14 \(type\): .*official.*state-media.*other/);
	});

	it('rejects a malformed date with its line', () => {
		const message = messageFor([{ file: 'timeline.yaml', find: "'2016-11-07'", replace: "'7 Nov 2016'" }]);
		expect(message).toContain('content/timeline.yaml:2 (date): "7 Nov 2016" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD');
	});

	it('rejects an impossible date', () => {
		const message = messageFor([{ file: 'timeline.yaml', find: "'2016-11-07'", replace: "'2016-02-30'" }]);
		expect(message).toContain('"2016-02-30" is not a real calendar date');
	});

	it('rejects a section pointing at a chapter that does not exist', () => {
		const message = messageFor([{ file: 'sections/chapter-1/first.mdx', find: 'chapter: chapter-1', replace: 'chapter: chapter-9' }]);
		expect(message).toContain('content/sections/chapter-1/first.mdx:5 (chapter): unknown chapter id "chapter-9"');
	});

	it('rejects a section number the chapter does not have', () => {
		const message = messageFor([{ file: 'sections/chapter-1/first.mdx', find: 'bookSection: 1', replace: 'bookSection: 7' }]);
		expect(message).toContain('(bookSection): chapter "chapter-1" has no section 7');
	});

	it('rejects two terms that claim the same name', () => {
		const message = messageFor([{ file: 'glossary/test-agency.md', find: 'abbr: TA', replace: 'abbr: TL' }]);
		// Entries are read in file-name order, so the second claimant (test-law) is the one reported.
		expect(message).toContain('content/glossary/test-law.md:3 (abbr): "TL" is also a name of "test-agency"');
	});

	it('rejects a duplicate timeline id', () => {
		const dir = contentWith([
			{
				file: 'timeline.yaml',
				find: '- id: law-adopted',
				replace:
					'- id: law-adopted\n  date: 2016\n  title: x\n  description: x\n  kind: event\n  sources: [the-analysis]\n- id: law-adopted',
			},
		]);
		expect(() => loadContent(dir)).toThrow(/duplicate timeline event id "law-adopted"/);
	});

	it('reports every problem at once, not just the first', () => {
		const message = messageFor([
			{ file: 'glossary/test-law.md', find: '  - test-agency', replace: '  - nope-one' },
			{ file: 'timeline.yaml', find: '    - the-law-text', replace: '    - nope-two' },
		]);
		expect(message).toContain('Content has 2 problems');
		expect(message).toContain('nope-one');
		expect(message).toContain('nope-two');
	});

	it('rejects a card definition longer than 320 characters', () => {
		const long = 'word '.repeat(70).trim();
		const message = messageFor([
			{
				file: 'glossary/test-agency.md',
				find: 'short: An agency that exists only in the test fixtures of this site.',
				replace: `short: ${long}`,
			},
		]);
		expect(message).toContain('(short): the card definition must be at most 320 characters');
	});
});
