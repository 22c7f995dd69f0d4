import type { Element, Root } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { ContentError, type Problem } from '../content/problems';
import type { PassageReference } from '../content/kits';
import type { LocatedRedirect } from '../content/read';
import { provenance, noteKinds } from '../site/labels';
import { fileLabel } from './mdx-nodes';
import { recordPageData, type Passage } from './page-data';
import { pagePathOf } from './page-path';
import { blockAround, passageHtml, voiceOf } from './passages';

export interface AnchorOptions {
	/** Only files whose path contains one of these get anchors. */
	include: string[];
	/** Moved anchors from content/redirects.yaml, for every page, each with its line there. */
	redirects: readonly LocatedRedirect[];
	/**
	 * Paragraphs that other content relies on (a teaching kit's answer links and exercise passages),
	 * each with its line there: each must be a paragraph of its page and, where it says whose
	 * words it is, be in a block of that voice.
	 */
	references?: readonly PassageReference[];
}

const WORDS = 6;

/**
 * The id of a paragraph: "p-" and the slug of its first words ("p-the-cac-wants-industry-and").
 * Built from the paragraph's own opening, so inserting, removing or editing another paragraph
 * never changes it; only rewriting this paragraph's opening does, and the anchor manifest test
 * then asks for a redirect.
 */
export function paragraphId(text: string): string {
	const words = text.trim().split(/\s+/).slice(0, WORDS).join(' ');
	// ASCII only: ids are typed, pasted into syllabi and read aloud, and percent-encoded Chinese
	// in a URL helps nobody. Chinese words drop out; a paragraph with no Latin letters is hashed.
	const base = slug(words)
		.replace(/[^a-z0-9-]/g, '')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
	return `p-${/[a-z0-9]/.test(base) ? base : hash(words)}`;
}

function hash(text: string): string {
	let h = 2166136261;
	for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
	return (h >>> 0).toString(36);
}

const isHeading = (el: Element) => /^h[2-6]$/.test(el.tagName);
/** Paragraphs and list items; an item that holds paragraphs (a loose list) leaves the id to them. */
const isBlock = (el: Element) =>
	el.tagName === 'p' || (el.tagName === 'li' && !el.children.some((c) => c.type === 'element' && c.tagName === 'p'));

/**
 * Gives every heading (slug of its text, as Astro would) and every prose paragraph and list item
 * of a chapter page an id, records them in the page's data as `anchors`, and places the ids of
 * moved anchors (content/redirects.yaml) on their new targets, so an old link lands on the passage
 * even without JavaScript. Each paragraph's block (whose words it is), the section it sits in and
 * its words are recorded as `passages`, and the paragraphs other content relies on are checked
 * against them (`references`).
 *
 * Two paragraphs whose openings give the same id stop the build, and so do two headings with the
 * same words: numbering the second ("-2") would tie each id to their order, so moving one would
 * silently send its links to the other. Rewording one gives each an id of its own.
 */
export function rehypeAnchors(options: AnchorOptions) {
	return (tree: Root, file: VFile) => {
		if (!options.include.some((part) => (file.path ?? '').includes(part))) return;
		const used = new Set<string>();
		const elements = new Map<string, Element>();
		const problems: Problem[] = [];
		const where = fileLabel(file);
		const lineOf = (el: Element) => el.position?.start.line ?? 0;
		const passages: Record<string, Passage> = {};
		let section: string | undefined;
		visitParents(tree, 'element', (node, ancestors) => {
			if ((isHeading(node) || isBlock(node)) && !node.properties.id) {
				const text = toString(node);
				if (text.trim()) {
					// Never numbered ("#x-1"): an id that depends on what comes before it would move when the page is reordered.
					const id = isHeading(node) ? slug(text) : paragraphId(text);
					const first = elements.get(id);
					if (first) {
						problems.push(
							isHeading(node)
								? {
										file: where,
										line: lineOf(node),
										message: `this heading has the same words as the one at line ${lineOf(first)}, so both would be the section #${id}`,
										fix: 'reword one of the two headings, so each has a link of its own',
									}
								: {
										file: where,
										line: lineOf(node),
										message: `this passage opens with the same words as the one at line ${lineOf(first)}, so both would get the link #${id}`,
										fix: 'reword the opening of one of the two paragraphs (the id comes from its first six words)',
									},
						);
					}
					used.add(id);
					node.properties.id = id;
					if (!first) elements.set(id, node);
					if (node.tagName === 'h2') section = id;
					else if (!isHeading(node)) passages[id] = { ...blockAround(ancestors), ...(section ? { section } : {}), html: passageHtml(node) };
				}
			}
		});

		const page = pagePathOf(file.path ?? '');
		// Every moved id that lands on this page, from this page ("#new-id") or from another
		// ("/chapter-5/this-page/#new-id"), sits on its new target as an empty element, so an old
		// link lands there without JavaScript, and the page can say the passage moved (permalinks.css).
		// An id that moved here from another page keeps its old name: that page's script sends
		// the old link on to it (src/scripts/links.ts).
		for (const r of options.redirects) {
			const local = r.to.startsWith('#');
			if (local ? r.page !== page : !r.to.startsWith(`${page}#`)) continue;
			const to = r.to.slice(r.to.indexOf('#') + 1);
			const target = elements.get(to);
			const problem = !target
				? {
						field: 'to',
						message: `"${r.to}" is not an id on ${page}`,
						fix: `point "to" at a heading or paragraph id that exists on ${where}, or remove the entry`,
					}
				: used.has(r.from)
					? local
						? {
								field: 'from',
								message: `"${r.from}" is still a live id on ${page}, so it cannot also point elsewhere`,
								fix: 'remove the entry: links to that id still land on its passage',
							}
						: {
								field: 'from',
								message: `"${r.from}" is also a live id on ${page}, so the old link, sent on here, would land on that passage instead`,
								fix: `point the old link at a page where its id is free, or reword the passage on ${where} that opens with the same words`,
							}
					: undefined;
			if (problem) {
				problems.push({ file: r.file, line: r.line, ...problem });
				continue;
			}
			used.add(r.from);
			// An empty element carrying the old id at the start of the new target.
			target!.children.unshift(h('span', { id: r.from, className: ['anchor-alias'], dataMovedTo: to }));
		}

		for (const ref of (options.references ?? []).filter((r) => r.page === page)) {
			const passage = passages[ref.id];
			const target = elements.get(ref.id);
			const at = { file: ref.file, line: ref.line, field: ref.field };
			const voice = passage && voiceOf(passage);
			if (!passage)
				problems.push({
					...at,
					message: target
						? `"#${ref.id}" is a heading of ${page}, not a paragraph`
						: `"${page}#${ref.id}" leads nowhere: ${page} has no paragraph "${ref.id}"`,
					fix: `use the id of a paragraph of ${where} (the ¶ beside a paragraph shows its link)${target ? '' : ', or, if the paragraph moved, its new id'}`,
				});
			else if (ref.voice && voice !== ref.voice)
				problems.push({
					...at,
					message: `the passage "${ref.id}" (${where}:${lineOf(target!)}) is ${voice ? `${blockName(passage)}, so its voice is "${voice}"` : 'in no <Book>, <Analysis>, <Context> or <Note>, so it has no voice to tell'}, not "${ref.voice}"`,
					fix: voice
						? `write voice: ${voice} if that is what the exercise should teach, or pick a passage of the section in a block of the voice "${ref.voice}"`
						: 'pick a paragraph inside one of those blocks',
				});
		}

		if (problems.length > 0) throw new ContentError(problems, where);
		recordPageData(file, 'anchors', [...elements.keys()]);
		recordPageData(file, 'passages', passages);
		// Ids that moved to another page: the page's script sends old links on (see src/scripts/links.ts).
		recordPageData(
			file,
			'movedAway',
			Object.fromEntries(options.redirects.filter((r) => r.page === page && !r.to.startsWith('#')).map((r) => [r.from, r.to])),
		);
	};
}

/** The block a passage sits in, as a reader sees it labelled: "in a <Note kind="correction"> (Correction)". */
function blockName(passage: Passage): string {
	if (passage.block === 'note') return `in a <Note kind="${passage.note}"> (${passage.note ? noteKinds[passage.note] : 'Note'})`;
	const tag = { book: 'Book', analysis: 'Analysis', context: 'Context' }[passage.block!];
	return `in a <${tag}> block ("${provenance[passage.block!].label}")`;
}
