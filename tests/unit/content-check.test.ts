import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { ContentError } from '../../src/content/problems';
import { contentWith } from './fixture';
import { passageReferences } from '../../src/content/kits';

/** Loads fixture content with one mistake and returns the error message an editor would read. */
function messageFor(edits: Parameters<typeof contentWith>[0], added?: Parameters<typeof contentWith>[1]): string {
	try {
		loadContent(contentWith(edits, added));
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as Error).message;
	}
	throw new Error('expected the content to be rejected');
}

describe('content checks', () => {
	it('accepts the fixture as it is', () => {
		const model = loadContent(contentWith());
		expect([...model.glossary.keys()].sort()).toEqual(['test-agency', 'test-board', 'test-law']);
		expect(model.sections.map((s) => s.value.id)).toEqual([
			'chapter-1/first',
			'chapter-1/second',
			'chapter-2/oversight',
			'chapter-2/register',
		]);
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

	it('names a source note that calls another source by its id, which a reader would see', () => {
		const message = messageFor([
			{
				file: 'sources.yaml',
				find: '  url: https://example.org/law\n',
				replace: '  url: https://example.org/law\n  note: The analysis (the-analysis) reads it.\n',
			},
		]);
		expect(message).toMatch(/content\/sources\.yaml:\d+ \(note\): names the source "the-analysis" by its id/);
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
		expect(message).toContain('content/sources.yaml:15 (type): "blog" is not one of the type values this site knows');
		expect(message).toContain('fix: write one of: official, state-media, news, legal, research, encyclopedia, other');
	});

	it('requires the analysis to say what the site credits it by, naming its line', () => {
		const message = messageFor([
			{ file: 'sources.yaml', find: '  about: her reading of the test chapters for Example Publisher\n', replace: '' },
		]);
		expect(message).toContain('content/sources.yaml:5 (about): the analysis ("the-analysis") has no about');
		expect(message).toContain('fix: add about: the footer, the home page and the passage labels name the analysis by it');
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

	describe('errors that always say where', () => {
		const section = 'sections/chapter-1/first.mdx';
		const passage = '<Analysis>\n\nThe Test Agency enforces the Test Law.\n\n</Analysis>';

		it('names the line of an unclosed <Book>, with the fix', () => {
			const message = messageFor([{ file: section, find: passage, replace: '<Book>\n\nThe Test Agency enforces the Test Law.\n' }]);
			expect(message).toContain('content/sections/chapter-1/first.mdx:14: MDX cannot be read: Expected a closing tag for `<Book>`');
			expect(message).toContain('fix: close it with </Book> on a line of its own');
		});

		it('names the line of a closing tag that does not match', () => {
			const message = messageFor([{ file: section, find: '</Analysis>', replace: '</Book>' }]);
			expect(message).toMatch(/content\/sections\/chapter-1\/first\.mdx:18: MDX cannot be read: Unexpected closing tag `<\/Book>`/);
		});

		it('stops on a paragraph in no <Book>, <Analysis> or <Context> block', () => {
			const message = messageFor([{ file: section, find: passage, replace: `A stray paragraph, marked by nothing.\n\n${passage}` }]);
			expect(message).toContain('Content has 1 problem');
			expect(message).toContain('content/sections/chapter-1/first.mdx:14: this paragraph is in no <Book>, <Analysis> or <Context> block');
			expect(message).toContain('fix: wrap it in <Book>, <Analysis> or <Context sources="…">');
		});

		it('leaves the paragraphs of About alone, and the site’s own lists on chapter pages', () => {
			expect(() =>
				loadContent(
					contentWith([{ file: section, find: passage, replace: `${passage}\n\n## Key takeaways\n\n- The agency enforces the law.` }]),
				),
			).not.toThrow();
		});

		it.each([
			['a javascript: link', 'the [Test Law](javascript:alert(1))', 'first.mdx:16 (link): a javascript: URL'],
			[
				'a javascript: URL hidden by case and a tab',
				'the <a href="Java\tScript:alert(1)">Test Law</a>',
				'first.mdx:16 (<a href>): a javascript: URL',
			],
			['a data: URL in an <a href>', 'the <a href="data:text/html,hi">Test Law</a>', 'first.mdx:16 (<a href>): a data: URL'],
			['a vbscript: image', 'the ![Test Law](vbscript:msgbox)', 'first.mdx:16 (link): a vbscript: URL'],
		])('stops on %s in a chapter page, naming the line', (_, link, where) => {
			const message = messageFor([{ file: section, find: 'the Test Law.', replace: `${link}.` }]);
			expect(message).toContain(where);
			expect(message).toContain('fix: link to an https:// address, a mailto: address or a page of this site');
		});

		it('names a misspelt component and the one it most likely means, without calling its paragraphs unmarked', () => {
			const message = messageFor([{ file: section, find: passage, replace: passage.replaceAll('Analysis', 'Analyis') }]);
			expect(message).toContain('Content has 1 problem');
			expect(message).toContain('content/sections/chapter-1/first.mdx:14: <Analyis> is not a component of this site');
			expect(message).toContain('fix: did you mean <Analysis>?');
		});

		it('lists the components there are when a name is not close to any', () => {
			const message = messageFor([{ file: section, find: passage, replace: passage.replaceAll('Analysis', 'Sidebar') }]);
			expect(message).toContain('<Sidebar> is not a component of this site');
			expect(message).toContain('fix: use one of <Analysis>, <Book>');
		});

		it.each([
			['a <script> in a paragraph', 'the Test Law. <script>alert(1)</script>', 'script'],
			['an <iframe>', 'the Test Law. <iframe src="https://example.org/"></iframe>', 'iframe'],
			['a <style> element', 'the Test Law. <style>{`body { display: none }`}</style>', 'style'],
		])('stops on %s, naming its line', (_, text, element) => {
			const message = messageFor([{ file: section, find: 'the Test Law.', replace: text }]);
			expect(message).toContain(`content/sections/chapter-1/first.mdx:16: a <${element}> element is not allowed in content`);
			expect(message).toContain('fix: remove it');
		});

		it('stops on a <script> in the raw HTML of a glossary entry', () => {
			const message = messageFor([
				{
					file: 'glossary/test-agency.md',
					find: 'The full entry of the test agency.',
					replace: 'The full entry.\n\n<script>alert(1)</script>',
				},
			]);
			expect(message).toMatch(/content\/glossary\/test-agency\.md:1\d: a <script> element is not allowed in content/);
		});

		it.each([
			['a Markdown image', 'the Test Law. ![](/favicon.svg)', 'image'],
			['an <img>', 'the Test Law. <img src="/favicon.svg" />', '<img alt>'],
			['an <img> with empty alt', 'the Test Law. <img src="/favicon.svg" alt="" />', '<img alt>'],
		])('stops on %s without alt text', (_, text, field) => {
			const message = messageFor([{ file: section, find: 'the Test Law.', replace: text }]);
			expect(message).toContain(
				`content/sections/chapter-1/first.mdx:16 (${field}): an image without alt text is a blank to a screen reader`,
			);
		});

		it('accepts an image that says what it shows', () => {
			expect(() =>
				loadContent(contentWith([{ file: section, find: 'the Test Law.', replace: 'the Test Law. ![The site’s logo](/favicon.svg)' }])),
			).not.toThrow();
		});

		it('stops on a javascript: URL in raw HTML of a glossary entry, named by its line', () => {
			const message = messageFor([
				{
					file: 'glossary/test-agency.md',
					find: 'The full entry of the test agency.',
					replace: 'The full entry, <a href="&#106;avascript:alert(1)">of the agency</a>.',
				},
			]);
			expect(message).toContain('content/glossary/test-agency.md:14 (HTML attribute): a javascript: URL');
		});

		it('accepts web, mail and site links', () => {
			const links =
				'the [Test Law](https://example.org/law), [mail](mailto:editor@example.org), [a page](../other/) and [a term](/glossary/test-law/)';
			expect(() => loadContent(contentWith([{ file: section, find: 'the Test Law.', replace: `${links}.` }]))).not.toThrow();
		});

		it('stops on a source whose address is not a web address', () => {
			const message = messageFor([{ file: 'sources.yaml', find: 'url: https://example.org/law', replace: 'url: javascript:alert(1)' }]);
			expect(message).toMatch(/content\/sources\.yaml:\d+ \(url\): write the address of the work as an https:\/\/ \(or http:\/\/\) URL/);
		});

		it('reports a bad YAML line once, with its line and fix, not the hundreds of problems it causes', () => {
			const message = messageFor([{ file: 'timeline.yaml', find: "  date: '2016-11-07'", replace: "\tdate: '2016-11-07'" }]);
			expect(message).toMatch(/^Content has [1-3] problems?:/);
			expect(message).toContain('content/timeline.yaml:2: YAML error:');
			expect(message).toContain('fix: YAML indents with spaces, never tabs');
			// Nothing downstream of the broken file: no missing fields, no unknown ids.
			expect(message).not.toContain('required field');
			expect(message).not.toContain('unknown');
		});

		it('caps a long list of problems, saying how many more there are', () => {
			const many = Array.from({ length: 40 }, (_, i) => `  - missing-${i}`).join('\n');
			const message = messageFor([{ file: 'glossary/test-law.md', find: '  - test-agency', replace: many }]);
			expect(message).toContain('Content has 40 problems');
			expect(message.match(/unknown glossary term id/g)).toHaveLength(30);
			expect(message).toContain('…and 10 more. Fix the ones above and build again.');
		});

		it('names an impossible "updated" day as such, and reports nothing it causes', () => {
			const message = messageFor([{ file: section, find: 'updated: 2026-11-26', replace: 'updated: 2026-11-32' }]);
			expect(message).toContain('Content has 1 problem');
			expect(message).toMatch(
				/content\/sections\/chapter-1\/first\.mdx:\d+ \(updated\): "2026-11-32" is not a real calendar day: write it as YYYY-MM-DD/,
			);
			// The page is still there for content/redirects.yaml, which moves anchors on it.
			expect(message).not.toContain('no chapter page');
		});

		it.each([
			[
				'a source with a bad address',
				{ file: 'sources.yaml', find: 'url: https://example.org/law', replace: 'url: not a url' },
				'sources.yaml',
			],
			['a glossary entry of an unknown kind', { file: 'glossary/test-law.md', find: 'kind: law', replace: 'kind: lawyer' }, 'test-law.md'],
		])('reports %s once, not again as an unknown id wherever it is cited', (_, edit, file) => {
			const message = messageFor([edit]);
			expect(message).toContain('Content has 1 problem');
			expect(message).toContain(file);
			expect(message).not.toContain('unknown');
		});

		it('names the line of a redirect whose page does not exist', () => {
			const redirects =
				'# moved anchors\n- page: /chapter-1/first/\n  from: p-old\n  to: "#p-the-test-agency-enforces-the-test"\n- page: /chapter-1/gone/\n  from: p-older\n  to: "#p-x"\n';
			const message = messageFor([], { 'redirects.yaml': redirects });
			expect(message).toContain('Content has 1 problem');
			expect(message).toContain('content/redirects.yaml:5 (page): no chapter page is published at "/chapter-1/gone/"');
		});
	});

	describe('relations and status', () => {
		it('reads a relation and a status from front matter', () => {
			const model = loadContent(contentWith());
			expect(model.glossary.get('test-agency')?.value.relations).toEqual([{ type: 'issues', term: 'test-law', sources: ['the-law-text'] }]);
			expect(model.glossary.get('test-law')?.value.status?.adopted).toEqual({ iso: '2016-11-07', precision: 'day' });
		});

		it('names the file, line and field of a relation to an unknown term', () => {
			const message = messageFor([{ file: 'glossary/test-agency.md', find: '    term: test-law', replace: '    term: test-lw' }]);
			expect(message).toContain('content/glossary/test-agency.md:10 (relations[0].term): unknown glossary term id "test-lw"');
		});

		it('names an unknown source of a relation', () => {
			const message = messageFor([{ file: 'glossary/test-agency.md', find: '      - the-law-text', replace: '      - no-such-source' }]);
			expect(message).toContain('content/glossary/test-agency.md:12 (relations[0].sources[0]): unknown source id "no-such-source"');
		});

		it('rejects a relation without sources', () => {
			const message = messageFor([
				{ file: 'glossary/test-agency.md', find: '    sources:\n      - the-law-text', replace: '    sources: []' },
			]);
			expect(message).toContain('content/glossary/test-agency.md:11 (relations[0].sources): cite at least one source id for the relation');
		});

		it('rejects an unknown relation type with its line', () => {
			const message = messageFor([{ file: 'glossary/test-agency.md', find: 'type: issues', replace: 'type: owns' }]);
			expect(message).toContain(
				'content/glossary/test-agency.md:9 (relations[0].type): "owns" is not one of the type values this site knows',
			);
			expect(message).toContain('fix: write one of: adopts, issues, ');
		});

		it('requires a status on a law', () => {
			const message = messageFor([
				{
					file: 'glossary/test-law.md',
					find: "status:\n  adopted: '2016-11-07'\n  asOf: '2026-12-01'\n  sources:\n    - the-law-text\n",
					replace: '',
				},
			]);
			expect(message).toContain('content/glossary/test-law.md:7 (status): a law must say where it stands');
		});

		it('fails when a status date matches no timeline event, naming both files', () => {
			const message = messageFor([{ file: 'glossary/test-law.md', find: "adopted: '2016-11-07'", replace: "adopted: '2016-11-08'" }]);
			expect(message).toContain(
				'content/glossary/test-law.md:14 (status.adopted): 2016-11-08 (8\u00a0November\u00a02016) matches no event in content/timeline.yaml about "test-law"; its events there: law-adopted (2016-11-07) at content/timeline.yaml:2',
			);
			expect(message).toContain('fix: correct the date, or add the event to content/timeline.yaml with "test-law" in its terms');
		});

		it('fails when the matching event does not concern the entry', () => {
			const message = messageFor([{ file: 'timeline.yaml', find: '    - test-law', replace: '    - test-agency' }]);
			expect(message).toContain(
				'(status.adopted): 2016-11-07 (7\u00a0November\u00a02016) matches no event in content/timeline.yaml about "test-law"; no event there lists it in "terms"',
			);
		});

		it('rejects a status date later than its asOf date', () => {
			const message = messageFor([{ file: 'glossary/test-law.md', find: "asOf: '2026-12-01'", replace: "asOf: '2016-01-01'" }]);
			expect(message).toContain("(status.adopted): 2016-11-07 is later than the status' asOf date (2016-01-01)");
		});

		it('names an unknown replacement', () => {
			const message = messageFor([
				{ file: 'glossary/test-law.md', find: "  asOf: '2026-12-01'", replace: "  replacedBy: test-lw\n  asOf: '2026-12-01'" },
			]);
			expect(message).toContain('content/glossary/test-law.md:15 (status.replacedBy): unknown glossary term id "test-lw"');
		});

		it('places an undated event after a dated one, and rejects an unknown anchor', () => {
			const undated = '\n- id: later\n  after: law-adopted\n  title: x\n  description: x\n  kind: event\n  sources: [the-analysis]\n';
			const model = loadContent(
				contentWith([{ file: 'timeline.yaml', find: '    - the-law-text\n', replace: `    - the-law-text\n${undated}` }]),
			);
			expect(model.timeline.map((e) => e.value.id)).toEqual(['law-adopted', 'later']);
			const message = messageFor([
				{
					file: 'timeline.yaml',
					find: '    - the-law-text\n',
					replace: `    - the-law-text\n${undated.replace('after: law-adopted', 'after: nowhere')}`,
				},
			]);
			expect(message).toContain('content/timeline.yaml:12 (after): "nowhere" is not the id of a dated event in this file');
		});

		it('rejects an event with neither a date nor an anchor', () => {
			const message = messageFor([{ file: 'timeline.yaml', find: "  date: '2016-11-07'\n", replace: '' }]);
			expect(message).toContain(
				'content/timeline.yaml:1 (date): give either "date" or, when the date is unknown, "after: <id of the event it follows>"',
			);
		});
	});

	describe('one record per deadline, fine and threshold', () => {
		const section = 'sections/chapter-1/first.mdx';
		const book = "The book says the Test Agency answers for every rule of the Test Law, and that the Test Board guides the agency's work.";

		it('stops on a deadline typed into the site’s prose, naming the file, line and fix', () => {
			const message = messageFor([{ file: section, find: book, replace: `${book} It must answer within four hours.` }]);
			expect(message).toContain(
				'content/sections/chapter-1/first.mdx:24: "four hours" is a deadline, fine or threshold typed into the page',
			);
			expect(message).toContain('fix: state it once in content/facts.yaml and write <Fact id="…" /> here');
		});

		it('names the line of each figure, money and counts of people too, in a passage that spans lines', () => {
			const message = messageFor([
				{ file: section, find: book, replace: `${book}\nFines reach RMB 50,000–500,000,\nfor data on 100,000 people.` },
			]);
			expect(message).toContain('first.mdx:25: "RMB 50,000–500,000" is a deadline');
			expect(message).toContain('first.mdx:26: "100,000 people" is a deadline');
		});

		it('knows a deadline in business days, as the facts give the SEC’s', () => {
			const message = messageFor([{ file: section, find: book, replace: `${book} It must answer within four business days.` }]);
			expect(message).toContain('first.mdx:24: "four business days" is a deadline');
		});

		it('stops on an article number of the Cybersecurity Law that does not say which text it numbers, in prose and in a card', () => {
			const message = messageFor([
				{ file: section, find: book, replace: `${book} It puts Article 25 of the Cybersecurity Law into practice.` },
				{
					file: 'glossary/test-law.md',
					find: 'short: A law that exists only',
					replace: 'short: Read with the Cybersecurity Law (Article 21). A law that exists only',
				},
			]);
			expect(message).toContain('first.mdx:24: "Article 25" of the Cybersecurity Law does not say which text it numbers');
			expect(message).toContain('fix: say which text in the same sentence, as in "Article 25 of the Cybersecurity Law (2016 text)"');
			expect(message).toContain('content/glossary/test-law.md:8 (short): "Article 21" of the Cybersecurity Law does not say');
			// A year in the sentence that dates something else says nothing of the law's text.
			expect(
				messageFor([
					{ file: section, find: book, replace: `${book} The 2025 measures put Article 25 of the Cybersecurity Law into practice.` },
				]),
			).toContain('first.mdx:24: "Article 25" of the Cybersecurity Law does not say which text it numbers');
			// Said once in the sentence, the text is known: the 2016 text, today's number, the amendment.
			for (const placed of ['(2016 text)', 'as passed in 2016', '(now Article 27)', 'as amended'])
				expect(() =>
					loadContent(
						contentWith([
							{ file: section, find: book, replace: `${book} It puts Article 25 of the Cybersecurity Law ${placed} into practice.` },
						]),
					),
				).not.toThrow();
		});

		it('leaves the analysis’ own words and quoted phrases as they are', () => {
			expect(() =>
				loadContent(
					contentWith([
						{
							file: section,
							find: 'The Test Agency enforces the Test Law.',
							replace: 'The Test Agency enforces the Test Law within one hour.',
						},
						{ file: section, find: book, replace: `${book} It speaks of <Quote>a two-day rule</Quote>.` },
					]),
				),
			).not.toThrow();
		});

		it('stops on a figure in a card definition or a timeline event, naming the field', () => {
			const message = messageFor([
				{
					file: 'glossary/test-law.md',
					find: 'short: A law that exists only',
					replace: 'short: A law with fines up to RMB 1 million that exists only',
				},
				{
					file: 'timeline.yaml',
					find: 'description: The test law is adopted.',
					replace: 'description: The test law is adopted, with a 24-hour deadline.',
				},
			]);
			expect(message).toContain('content/glossary/test-law.md:8 (short): "RMB 1 million" is a deadline');
			expect(message).toContain('content/timeline.yaml:4 (description): "24-hour" is a deadline');
		});

		it('names an unknown fact on a timeline event, and an unknown rule or source of a fact', () => {
			const message = messageFor([
				{ file: 'timeline.yaml', find: '    - test-law-answer-deadline', replace: '    - test-law-answer-deadlin' },
				{ file: 'facts.yaml', find: 'rule: test-law', replace: 'rule: test-lw' },
				{ file: 'facts.yaml', find: 'sources: [the-law-text]', replace: 'sources: [the-law-txt]' },
			]);
			expect(message).toContain('content/timeline.yaml:11 (facts[0]): unknown fact id "test-law-answer-deadlin"');
			expect(message).toContain('content/facts.yaml:3 (rule): unknown glossary term id "test-lw"');
			expect(message).toContain('content/facts.yaml:8 (sources[0]): unknown source id "the-law-txt"');
		});

		it('names a time limit whose label says who must act but not what they must do in it', () => {
			const message = messageFor([
				{ file: 'facts.yaml', find: 'label: The Test Agency, answering a complaint', replace: 'label: The Test Agency' },
			]);
			expect(message).toContain("content/facts.yaml:4 (label): this time limit's label names who must act but not what they must do in it");
			expect(message).toContain('name the duty, as in "Time to report an incident, all other operators"');
			// A threshold or a fine needs no duty: the same label on one is not named.
			const fine = contentWith([
				{ file: 'facts.yaml', find: 'label: The Test Agency, answering a complaint', replace: 'label: The Test Agency' },
				{ file: 'facts.yaml', find: 'value: 3 days', replace: 'value: RMB 5,000' },
			]);
			expect(() => loadContent(fine)).not.toThrow();
		});

		it('makes an editor choose which figures a card shows when a rule sets more than it holds', () => {
			const fine = (n: number, extra = '') =>
				`\n- id: test-law-fine-${n}\n  rule: test-law\n${extra}  label: Fine, case ${n}\n  value: RMB ${n},000\n  asOf: '2026-12-01'\n  sources: [the-law-text]`;
			const withFines = (...fines: string[]) => [
				{ file: 'facts.yaml', find: 'sources: [the-law-text]', replace: `sources: [the-law-text]${fines.join('')}` },
			];
			// Four in force, none chosen: the card would show the first three by chance.
			expect(messageFor(withFines(fine(1), fine(2), fine(3)))).toContain(
				'content/facts.yaml:3 (rule): "test-law" sets 4 figures in force, more than its card shows (3)\n    fix: add "onCard: true" to the 3 figures',
			);
			// Four chosen: still more than a card holds.
			const marked = '  onCard: true\n';
			expect(
				messageFor([
					{ file: 'facts.yaml', find: 'rule: test-law', replace: `rule: test-law\n${marked.trimEnd()}` },
					...withFines(fine(1, marked), fine(2, marked), fine(3, marked)),
				]),
			).toContain('content/facts.yaml:4 (onCard): 4 figures of "test-law" are marked "onCard", and its card shows at most 3');
			// A replaced text's figure is never on a card, which shows the rule as it stands.
			expect(messageFor(withFines(fine(1, `${marked}  until: '2026-01-01'\n`)))).toContain(
				'content/facts.yaml:11 (onCard): "test-law-fine-1" is a figure of a replaced text (until 2026-01-01), and a card shows only figures in force',
			);
			// Three of four chosen, or four with one replaced: the card has what it shows.
			expect(() => loadContent(contentWith(withFines(fine(1, marked), fine(2, marked), fine(3, marked))))).not.toThrow();
			expect(() => loadContent(contentWith(withFines(fine(1), fine(2), fine(3, "  until: '2026-01-01'\n"))))).not.toThrow();
			// A figure is replaced once its text has stopped applying, not before: the entry would say so.
			expect(messageFor(withFines(fine(1, "  until: '2027-01-01'\n")))).toContain(
				'content/facts.yaml:11 (until): the text that sets this figure cannot have stopped applying after "asOf"',
			);
		});

		it('names a foreign rule that takes a glossary id, dates its status by a source it does not cite, or cites an unknown source', () => {
			const rule = (id: string, extra: string) =>
				`- id: ${id}\n  jurisdiction: European Union\n  name: A rule\n  stage: proposed\n  asOf: '2026-03-10'\n${extra}`;
			const message = messageFor([], {
				'foreign-rules.yaml': [
					rule('test-law', '  sources: [the-law-text]\n'),
					rule('eu-rule', '  asOfSource: the-analysis\n  sources: [the-law-txt]\n'),
				].join(''),
			});
			expect(message).toContain('content/foreign-rules.yaml:1 (id): "test-law" is also a glossary entry\'s id');
			expect(message).toContain('content/foreign-rules.yaml:12 (asOfSource): "the-analysis" is not one of this rule\'s sources');
			expect(message).toContain('content/foreign-rules.yaml:13 (sources[0]): unknown source id "the-law-txt"');
		});

		it('stops on a comparison row with an empty cell', () => {
			const table =
				'\n\n<Comparison caption="A change" before="Before" after="After">\n<Row aspect="Deadline" afterFact="test-law-answer-deadline" />\n</Comparison>\n';
			const message = messageFor([{ file: section, find: '## What comes next', replace: `${table}\n## What comes next` }]);
			expect(message).toMatch(/first\.mdx:\d+ \(<Row before>\): this row's "before" cell is empty/);
			expect(message).toContain('say what is true ("No such provision"), or drop the row');
		});
	});

	describe('a chapter’s gist and a page’s “In brief”', () => {
		const gistLink = '/chapter-1/second/#p-the-second-section-follows-the-first';

		it('stops on a gist point that leads to a page that is not published, naming its line', () => {
			const message = messageFor([{ file: 'book/chapters.yaml', find: gistLink, replace: '/chapter-1/third/#p-x' }]);
			expect(message).toContain('content/book/chapters.yaml:17 (gist[1].link): no chapter page is published at "/chapter-1/third/"');
		});

		it('stops on a gist longer than the home page can show at a glance', () => {
			const long = Array.from({ length: 240 }, () => 'word').join(' ');
			const message = messageFor([{ file: 'book/chapters.yaml', find: 'because these fixtures are made up.', replace: long }]);
			expect(message).toMatch(/content\/book\/chapters\.yaml:\d+ \(gist\): the gist runs to \d+ words, more than 250/);
		});

		it('stops on a sixth point', () => {
			const point = `    - voice: analysis\n      text: One point too many for the home page to show.\n      link: ${gistLink}\n`;
			const six = `${point}${point}${point}${point}`;
			const message = messageFor([{ file: 'book/chapters.yaml', find: '  gist:\n', replace: `  gist:\n${six}` }]);
			expect(message).toContain('keep the gist to five points at most');
		});

		it('stops on an “In brief” with one voice only', () => {
			const message = messageFor([
				{
					file: 'sections/chapter-1/second.mdx',
					find: '  since: Nothing has changed since, because these fixtures are made up.\n',
					replace: '',
				},
			]);
			expect(message).toMatch(/second\.mdx:\d+ \(brief\): give at least two of book, analysis and since/);
		});

		it('stops on a deadline typed into “In brief” or a gist point, naming the field', () => {
			const message = messageFor([
				{
					file: 'sections/chapter-1/first.mdx',
					find: 'expects stricter enforcement by the agency.',
					replace: 'expects an answer within 4 hours.',
				},
				{ file: 'book/chapters.yaml', find: 'answers for every rule of the Test Law.', replace: 'answers within two days.' },
			]);
			expect(message).toMatch(/first\.mdx:\d+ \(brief\.analysis\): "4 hours" is a deadline/);
			expect(message).toMatch(/chapters\.yaml:\d+ \(gist\[0\]\.text\): "two days" is a deadline/);
		});
	});

	describe('a section’s teaching kit', () => {
		const kit = 'teach/chapter-1/first.yaml';

		it('reads the kit of each section that has one, and the paragraphs it points at, each with its line', () => {
			const model = loadContent(contentWith());
			expect(model.kits.map((k) => k.value.id)).toEqual(['chapter-1/first']);
			const refs = passageReferences(model);
			expect(refs[0]).toEqual({
				page: '/chapter-1/first/',
				id: 'p-the-book-says-the-test-agency',
				file: 'content/teach/chapter-1/first.yaml',
				line: 9,
				field: 'questions[0].link',
			});
			// An exercise passage is on the kit's own section, and says whose words it is.
			expect(refs.find((r) => r.field === 'exercise[1].passage')).toEqual({
				page: '/chapter-1/first/',
				id: 'p-the-analysis-expects-the-test-agency',
				voice: 'analysis',
				file: 'content/teach/chapter-1/first.yaml',
				line: 23,
				field: 'exercise[1].passage',
			});
		});

		it('stops on an answer that links to a page that is not published, naming its line', () => {
			const message = messageFor([{ file: kit, find: '/chapter-1/second/#p-the-second', replace: '/chapter-1/third/#p-the-second' }]);
			expect(message).toContain(
				'content/teach/chapter-1/first.yaml:18 (questions[3].link): no chapter page is published at "/chapter-1/third/"',
			);
		});

		it('stops on an answer link that is not a chapter page and a paragraph id', () => {
			const message = messageFor([{ file: kit, find: 'link: /chapter-1/second/#p-the', replace: 'link: https://example.org/#p-the' }]);
			expect(message).toContain('content/teach/chapter-1/first.yaml:18 (questions[3].link): write a chapter page and an id on it');
		});

		it('stops on a kit for a section that does not exist', () => {
			const text = readFileSync(new URL('../fixtures/content/teach/chapter-1/first.yaml', import.meta.url), 'utf8');
			const message = messageFor([], { 'teach/chapter-1/third.yaml': text });
			expect(message).toContain(
				'content/teach/chapter-1/third.yaml:2 (file name): there is no section content/sections/chapter-1/third.mdx for this kit',
			);
		});

		it('stops on a class whose steps do not fill one period, naming the class', () => {
			const message = messageFor([
				{ file: kit, find: '    - minutes: 30\n      activity: Answer', replace: '    - minutes: 25\n      activity: Answer' },
			]);
			expect(message).toContain(
				'content/teach/chapter-1/first.yaml:31 (lessons.oneClass): the steps of this class take 45 minutes, not 50',
			);
			expect(message).toContain('so they add up to 50');
		});

		it('stops on an exercise with one voice only, or one passage twice', () => {
			const message = messageFor([
				{ file: kit, find: 'voice: analysis', replace: 'voice: book' },
				{ file: kit, find: 'voice: site', replace: 'voice: book' },
				{ file: kit, find: 'passage: p-a-note-beside-the-passage-above', replace: 'passage: p-the-book-says-the-test-agency' },
			]);
			expect(message).toContain('content/teach/chapter-1/first.yaml:20 (exercise): every passage of the exercise has the same voice');
			expect(message).toContain(
				'content/teach/chapter-1/first.yaml:26 (exercise[2].passage): "p-the-book-says-the-test-agency" is already exercise[0]',
			);
		});

		it('names a voice the site does not know, with the ones it does', () => {
			const message = messageFor([{ file: kit, find: 'voice: site', replace: 'voice: context' }]);
			expect(message).toContain(
				'content/teach/chapter-1/first.yaml:27 (exercise[2].voice): "context" is not one of the voice values this site knows',
			);
			expect(message).toContain('fix: write one of: book, analysis, site');
		});

		it('holds a kit to three objectives and four to six questions', () => {
			const message = messageFor([{ file: kit, find: '  - Tell the book, the analysis and this site apart on the page.\n', replace: '' }]);
			expect(message).toContain('content/teach/chapter-1/first.yaml:3 (objectives): give exactly three learning objectives');
		});

		it('stops on a deadline typed into an answer, naming the field', () => {
			const message = messageFor([
				{ file: kit, find: 'with the Test Board guiding its work.', replace: 'and must answer within 4 hours.' },
			]);
			expect(message).toMatch(/first\.yaml:8 \(questions\[0\]\.answer\): "4 hours" is a deadline/);
		});
	});
});
