import type { Element, Nodes, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, type Problem } from '../content/problems';
import { partialDateSchema, type PartialDate } from '../schemas/ids';
import { noteKinds, type NoteKind } from '../site/labels';
import { paragraphId } from './rehype-anchors';
import { fileLabel, isMdxJsx, jsxAttribute, setJsxProp, type MdxJsxElement } from './mdx-nodes';
import { recordPageData, type NoteSummary } from './page-data';
import { withEllipses } from './ellipses';
import { leadingWords } from '../site/source-labels';

/**
 * Numbers the <Note> components of a page in reading order and marks the passage each note follows
 * with a link to it (`<sup><a href="#note-3">3</a></sup>` at the end of its last paragraph). The
 * numbers are real text, so they are read aloud, copied, printed and searchable, and each note has
 * an id from its opening words, stable however notes are added or removed around it. A note's
 * kind and date are checked here, where the file and line are known; an update must say when.
 * Each note also gets the id of its mark (`refId`), so it can link back to its place in the text,
 * and the page records the heading each note sits under, for its "Updates and corrections" list.
 * A note's opening words (`preview`) show on its closed label, so a reader knows whether to open it.
 * All of it reaches the component as one typed prop (`note`), the date already parsed.
 */
/**
 * How many characters of a note's opening its closed label shows on a phone: two lines of the
 * preview's type at 320 px. Longer, the browser's two-line clamp cut it inside a word ("at t…") or
 * after a full stop ("universities.…"); this length ends it on a whole word the build chose.
 */
const PREVIEW_LENGTH = 64;

/** Whether an opening ends on a number parted from what it counts ("on 1…" November) or on a word that leads into the next ("chose a…"). */
const endsLeadingIn = (cut: string) => {
	const last = /\s(\S+)$/.exec(cut)?.[1];
	return last !== undefined && (/^\d+$/.test(last) || leadingWords.has(last.toLowerCase()));
};

/** Where `text` reaches `length` characters' width, a Chinese character counting as two (it is set full width). */
function widthIndex(text: string, length: number): number {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(text[i]!) ? 2 : 1;
		if (width > length) return i;
	}
	return text.length;
}

/** The opening words of a note's text, cut after a whole word, "…" marking the cut. */
function openingWords(text: string, length: number): string {
	const end = widthIndex(text, length);
	if (end >= text.length) return text;
	let cut = text.slice(0, text.lastIndexOf(' ', end));
	while (endsLeadingIn(cut)) cut = cut.slice(0, cut.lastIndexOf(' '));
	return withEllipses(cut.replace(/[,;:(“‘]+$/, ''), false, true);
}

/** What each <Note> is given by this plugin (its `note` prop); authors never write it. */
export interface NoteProp {
	/** Its place in the page, from 1. */
	number: number;
	/** Its stable id, from its opening words. */
	id: string;
	/** Its opening words, shown while it is closed (notes.css). */
	preview: string;
	/** The id of its number in the text, when a passage carries one. */
	refId?: string;
	/** When the development happened (an update's `date`, parsed and checked here). */
	date?: PartialDate;
}

export function rehypeNotes() {
	return (tree: Root, file: VFile) => {
		let count = 0;
		const notes: NoteSummary[] = [];
		const problems: Problem[] = [];
		let heading: string | undefined;
		visit(tree, (node, index, parent) => {
			if (node.type === 'element' && /^h[23]$/.test(node.tagName)) heading = toString(node).trim();
			if (!isMdxJsx(node) || node.name !== 'Note') return;
			count += 1;
			const text = toString(node as unknown as Nodes)
				.replace(/\s+/g, ' ')
				.trim();
			let id = `note-${paragraphId(text).slice(2)}`;
			for (let n = 2; notes.some((note) => note.id === id); n++) id = `note-${paragraphId(text).slice(2)}-${n}`;
			// The passage the note follows: the element before it (a note is not a passage).
			const passage = parent?.children.slice(0, index).findLast((c) => c.type === 'element' || (isMdxJsx(c) && c.name !== 'Note'));
			const paragraph = passage && lastParagraph(passage);
			if (paragraph) addMarker(paragraph, count, id);
			// The changes page's summary, and a closed note's preview on a phone: the note's opening words.
			const summary = openingWords(text, 140);
			const preview = openingWords(text, PREVIEW_LENGTH);
			const checked = checkNote(node, fileLabel(file), problems);
			if (checked) {
				const note: NoteProp = { number: count, id, preview, refId: paragraph ? `ref-${id}` : undefined, date: checked.date };
				setJsxProp(node, 'note', note);
				notes.push({
					number: count,
					id,
					...checked,
					summary,
					heading,
				});
			}
			// A note's own paragraphs are not passages that notes follow.
			return SKIP;
		});
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

/** The last <p> (or list item) inside a passage, where the note mark goes: the first found walking back from its end. */
function lastParagraph(passage: Nodes): Element | undefined {
	let found: Element | undefined;
	visit(
		passage,
		'element',
		(el) => {
			if (
				(el.tagName !== 'p' && el.tagName !== 'li') ||
				el.children.some((c) => c.type === 'element' && ['p', 'ul', 'ol'].includes(c.tagName))
			)
				return;
			found = el;
			return EXIT;
		},
		true,
	);
	return found;
}

/**
 * The note's number at the end of its paragraph. Numbers of notes on the same passage share one
 * <sup>, which never wraps (notes.css): boxed numbers are atomic inlines, and a line may break between
 * any two of them, which left "6" at one line's end and "7" starting the next.
 */
function addMarker(paragraph: Element, n: number, id: string): void {
	const link = h('a', { href: `#${id}`, id: `ref-${id}`, ariaLabel: `Note ${n}` }, String(n));
	const last = paragraph.children.at(-1);
	if (last?.type === 'element' && last.tagName === 'sup' && (last.properties.className as string[] | undefined)?.includes('note-ref'))
		last.children.push(link);
	else paragraph.children.push(h('sup', { className: ['note-ref'] }, link));
}
