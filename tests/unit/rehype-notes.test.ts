import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { visit } from 'unist-util-visit';
import { rehypeNotes, type NoteProp } from '../../src/markdown/rehype-notes';
import { isMdxJsx } from '../../src/markdown/mdx-nodes';
import { ContentError } from '../../src/content/problems';
import { runMdx } from './mdx';

async function tree(mdx: string) {
	return JSON.stringify((await runMdx(mdx, rehypeNotes)).tree);
}

/** Each <Note>'s `note` prop as the component receives it: the value of the expression the plugin wrote. */
async function noteProps(mdx: string): Promise<NoteProp[]> {
	const { tree } = await runMdx(mdx, rehypeNotes);
	const found: NoteProp[] = [];
	visit(tree as Nodes, (node) => {
		if (!isMdxJsx(node) || node.name !== 'Note') return;
		const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'note')?.value;
		if (!value || typeof value !== 'object') throw new Error('a <Note> without its note prop');
		// The estree MDX compiles is the one thing read; its JSON text must say the same.
		expect(value.data?.estree?.body).toHaveLength(1);
		found.push(JSON.parse(value.value) as NoteProp);
	});
	return found;
}

describe('rehype-notes', () => {
	it('numbers notes in reading order and gives each to the component', async () => {
		const notes = await noteProps(
			'One.\n\n<Note kind="context" sources="a">\n\nA.\n\n</Note>\n\nTwo.\n\n<Note kind="update" date="2025" sources="b">\n\nB.\n\n</Note>',
		);
		expect(notes.map((n) => n.number)).toEqual([1, 2]);
	});

	it('hands each note its date parsed, so the component never parses it again', async () => {
		const notes = await noteProps(
			'One.\n\n<Note kind="context" sources="a">\n\nA.\n\n</Note>\n\n<Note kind="update" date="2025-11" sources="b">\n\nB.\n\n</Note>',
		);
		expect(notes.map((n) => n.date)).toEqual([undefined, { iso: '2025-11', precision: 'month' }]);
		expect(notes[1]).toMatchObject({ number: 2, id: 'note-b', preview: 'B.' });
	});

	it('marks the last paragraph of the passage before a note with a link to it', async () => {
		const out = await tree('<Analysis>\n\nFirst.\n\nSecond.\n\n</Analysis>\n\n<Note kind="correction" sources="a">\n\nFix.\n\n</Note>');
		const second = out.indexOf('Second.');
		const mark = out.indexOf('"href":"#note-fix"');
		expect(mark).toBeGreaterThan(second);
		expect(out.indexOf('"href":"#note-fix"', mark + 1)).toBe(-1);
		expect(out).toContain('"id":"ref-note-fix"');
		expect(
			(await noteProps('<Analysis>\n\nFirst.\n\nSecond.\n\n</Analysis>\n\n<Note kind="correction" sources="a">\n\nFix.\n\n</Note>'))[0]?.id,
		).toBe('note-fix');
	});

	it('marks the same passage twice when two notes follow it', async () => {
		const out = await tree(
			'Text.\n\n<Note kind="context" sources="a">\n\nA.\n\n</Note>\n\n<Note kind="context" sources="a">\n\nB.\n\n</Note>',
		);
		expect(out).toContain('#note-a');
		expect(out).toContain('#note-b');
		expect(out.indexOf('#note-b')).toBeLessThan(out.indexOf('"value":"A."'));
		// In one <sup>, which does not wrap: a line never parts the two numbers.
		expect(out.match(/"className":\["note-ref"\]/g)).toHaveLength(1);
	});

	it('tells each note the id of its number, so it can link back, and gives none where nothing carries one', async () => {
		const [after] = await noteProps('<Analysis>\n\nText.\n\n</Analysis>\n\n<Note kind="correction" sources="a">\n\nFix.\n\n</Note>');
		expect(after?.refId).toBe('ref-note-fix');
		const [alone] = await noteProps('<Note kind="context" sources="a">\n\nFirst thing.\n\n</Note>');
		expect(alone).toBeDefined();
		expect(alone).not.toHaveProperty('refId');
		expect(await tree('<Note kind="context" sources="a">\n\nFirst thing.\n\n</Note>')).not.toContain('"ref-note-');
	});

	it('records the heading each note sits under', async () => {
		const { pageData } = await runMdx(
			'Intro.\n\n<Note kind="context" sources="a">\n\nA.\n\n</Note>\n\n## First part\n\nText.\n\n### A detail\n\nMore.\n\n<Note kind="context" sources="a">\n\nB.\n\n</Note>',
			rehypeNotes,
		);
		expect(pageData.notes.map((n) => n.heading)).toEqual([undefined, 'A detail']);
	});

	it("keeps a note's id when another note is added before it", async () => {
		const one = await noteProps('Text.\n\n<Note kind="context" sources="a">\n\nLater note.\n\n</Note>');
		const two = await noteProps(
			'Intro.\n\n<Note kind="context" sources="a">\n\nNew note.\n\n</Note>\n\nText.\n\n<Note kind="context" sources="a">\n\nLater note.\n\n</Note>',
		);
		expect(one.map((n) => n.id)).toEqual(['note-later-note']);
		expect(two.map((n) => n.id)).toEqual(['note-new-note', 'note-later-note']);
	});

	it('records each note with its kind and its date, parsed once, for the page', async () => {
		const { pageData } = await runMdx('Text.\n\n<Note kind="update" date="2025-11" sources="a">\n\nLater.\n\n</Note>', rehypeNotes);
		expect(pageData.notes).toEqual([
			{ number: 1, id: 'note-later', kind: 'update', date: { iso: '2025-11', precision: 'month' }, summary: 'Later.' },
		]);
	});

	it.each([
		[
			'an unknown kind',
			'<Note kind="erratum" sources="a">',
			'content/sections/chapter-5/page.mdx:3 (<Note kind>): unknown note kind "erratum"',
		],
		['no kind', '<Note sources="a">', 'content/sections/chapter-5/page.mdx:3 (<Note kind>): <Note> has no kind'],
		['an update without a date', '<Note kind="update" sources="a">', 'page.mdx:3 (<Note date>): an update note must say when'],
		[
			'a date that is not one',
			'<Note kind="update" date="2025-13-01" sources="a">',
			'page.mdx:3 (<Note date>): "2025-13-01" is not a real calendar date',
		],
	])('stops the build on %s, naming the file and line', async (_, opening, message) => {
		const run = runMdx(`Intro.\n\n${opening}\n\nText.\n\n</Note>`, rehypeNotes, '/site/content/sections/chapter-5/page.mdx');
		await expect(run).rejects.toThrow(ContentError);
		await expect(run).rejects.toThrow(message);
	});
});
