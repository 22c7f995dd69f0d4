import type { Element, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { ContentError, type Problem } from '../content/problems';
import { partialDateSchema } from '../schemas/ids';
import { noteKinds, type NoteKind } from '../site/labels';
import { paragraphId } from './rehype-anchors';
import { fileLabel, isMdxJsx, jsxAttribute, type MdxJsxElement } from './mdx-nodes';
import { recordPageData, type NoteSummary } from './page-data';

/**
 * Numbers the <Note> components of a page in reading order and marks the passage each note follows
 * with a link to it (`<sup><a href="#note-3">3</a></sup>` at the end of its last paragraph). The
 * numbers are real text, so they are read aloud, copied, printed and searchable, and each note has
 * an id from its opening words, stable however notes are added or removed around it. A note's
 * kind and date are checked here, where the file and line are known; an update must say when.
 * Each note also gets the id of its mark (`refId`), so it can link back to its place in the text,
 * and the page records the heading each note sits under, for its "Updates and corrections" list.
 * A note's opening words (`preview`) show on its closed label, so a reader knows whether to open it.
 */
export function rehypeNotes() {
	return (tree: Root, file: VFile) => {
		let count = 0;
		const notes: NoteSummary[] = [];
		const problems: Problem[] = [];
		let heading: string | undefined;
		const walk = (parent: { children: Nodes[] }) => {
			let lastPassage: Nodes | undefined;
			for (const child of parent.children) {
				if (isMdxJsx(child) && child.name === 'Note') {
					count += 1;
					const text = toString(child as unknown as Nodes)
						.replace(/\s+/g, ' ')
						.trim();
					let id = `note-${paragraphId(text).slice(2)}`;
					for (let n = 2; notes.some((note) => note.id === id); n++) id = `note-${paragraphId(text).slice(2)}-${n}`;
					const paragraph = lastPassage && lastParagraph(lastPassage);
					if (paragraph) paragraph.children.push(marker(count, id));
					const summary = text.length > 140 ? `${text.slice(0, text.lastIndexOf(' ', 140))}…` : text;
					child.attributes.push(
						{ type: 'mdxJsxAttribute', name: 'number', value: String(count) },
						{ type: 'mdxJsxAttribute', name: 'id', value: id },
						{ type: 'mdxJsxAttribute', name: 'preview', value: summary },
						...(paragraph ? [{ type: 'mdxJsxAttribute' as const, name: 'refId', value: `ref-${id}` }] : []),
					);
					const checked = checkNote(child, fileLabel(file), problems);
					if (checked) {
						notes.push({
							number: count,
							id,
							...checked,
							summary,
							heading,
						});
					}
					continue;
				}
				if (child.type === 'element' && /^h[23]$/.test(child.tagName)) heading = toString(child).trim();
				if (child.type === 'element' || isMdxJsx(child)) {
					lastPassage = child;
					if (!isMdxJsx(child) || child.name !== 'Note') walk(child as { children: Nodes[] });
				}
			}
		};
		walk(tree as { children: Nodes[] });
		if (problems.length > 0) throw new ContentError(problems, fileLabel(file));
		recordPageData(file, 'notes', notes);
	};
}

/** A note's kind and date, or undefined after recording what is wrong with them. */
function checkNote(note: MdxJsxElement, file: string, problems: Problem[]): Pick<NoteSummary, 'kind' | 'date'> | undefined {
	const line = note.position?.start.line ?? 0;
	const kind = jsxAttribute(note, 'kind');
	const rawDate = jsxAttribute(note, 'date');
	const kinds = Object.keys(noteKinds);
	if (!isNoteKind(kind)) {
		problems.push({
			file,
			line,
			field: '<Note kind>',
			message: kind === undefined ? '<Note> has no kind' : `unknown note kind "${kind}"`,
			fix: `write kind="${kinds.join('", kind="')}"`,
		});
		return undefined;
	}
	if (rawDate === undefined) {
		if (kind !== 'update') return { kind };
		problems.push({
			file,
			line,
			field: '<Note date>',
			message: 'an update note must say when the development happened',
			fix: 'add date="YYYY-MM-DD" (or "YYYY-MM", "YYYY")',
		});
		return undefined;
	}
	const date = partialDateSchema.safeParse(rawDate);
	if (!date.success) {
		problems.push({
			file,
			line,
			field: '<Note date>',
			message: date.error.issues[0]?.message ?? `"${rawDate}" is not a date`,
			fix: 'write YYYY-MM-DD, YYYY-MM or YYYY',
		});
		return undefined;
	}
	return { kind, date: date.data };
}

const isNoteKind = (kind: string | undefined): kind is NoteKind => kind !== undefined && kind in noteKinds;

/** The last <p> (or list item) inside a passage, where the note mark goes. */
function lastParagraph(node: Nodes | MdxJsxElement): Element | undefined {
	if (
		node.type === 'element' &&
		(node.tagName === 'p' || node.tagName === 'li') &&
		!node.children.some((c) => c.type === 'element' && (c.tagName === 'p' || c.tagName === 'ul' || c.tagName === 'ol'))
	)
		return node;
	if (!('children' in node)) return undefined;
	for (let i = node.children.length - 1; i >= 0; i--) {
		const found = lastParagraph(node.children[i] as Nodes);
		if (found) return found;
	}
	return undefined;
}

function marker(n: number, id: string): Element {
	return {
		type: 'element',
		tagName: 'sup',
		properties: { className: ['note-ref'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href: `#${id}`, id: `ref-${id}`, ariaLabel: `Note ${n}` },
				children: [{ type: 'text', value: String(n) }],
			},
		],
	};
}
