import type { Element, ElementContent, Nodes, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { TermMatcher } from '../glossary/matcher';
import { termDefinitionId } from '../site/term-card-ids';
import { keepNumbersWithNames } from '../schemas/numbered-names';
import { termHref } from '../site/urls';
import { ContentError } from '../content/problems';
import { fileLabel, isHeading, isMdxJsx, jsxAttribute } from './mdx-nodes';
import { recordPageData, type TermMention } from './page-data';
import { withEllipses } from './ellipses';

export interface TermLinkOptions {
	matcher: TermMatcher;
	/** Ids of every glossary entry, to check <Term id="…">. */
	termIds: ReadonlySet<string>;
	/** Astro's `base`, e.g. "/" or "/explainer/". */
	base: string;
	/** Only files whose path contains one of these are linked (the chapter's pages, not the glossary). */
	include: string[];
}

/** Elements whose text is never linked: headings, existing links, code, and these MDX components. */
const skipTags = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'button']);
const skipComponents = new Set(['Term', 'NoTerm', 'Quote']);

/**
 * Links the first mention of each glossary term in every subsection (the text between two
 * headings) to the term's entry, as a plain <a>: it works with JavaScript off, in reader mode and in
 * print, and the page's term cards enhance it. `<Term id>` forces a link with custom wording (and
 * counts as the mention), `<NoTerm>` suppresses one. The ids used are recorded in the page's
 * data as `terms`, so the page renders a card for exactly those terms.
 */
export function rehypeTermLinks(options: TermLinkOptions) {
	return (tree: Root, file: VFile) => {
		const path = file.path ?? '';
		if (!options.include.some((part) => path.includes(part))) return;
		const used = new Set<string>();
		const mentions: Record<string, TermMention[]> = {};
		let seen = new Set<string>();
		/** Each paragraph's or list item's text, for "where used" excerpts, taken when first needed. */
		const blockTexts = new Map<Element, string>();

		/** The paragraph or list item (with its id) that holds a mention, if any. */
		const blockOf = (ancestors: Nodes[]): { id: string; text: string } | undefined => {
			const el = ancestors.findLast(
				(a): a is Element => a.type === 'element' && (a.tagName === 'p' || a.tagName === 'li') && typeof a.properties.id === 'string',
			);
			if (!el) return undefined;
			if (!blockTexts.has(el)) blockTexts.set(el, proseText(el));
			return { id: el.properties.id as string, text: blockTexts.get(el)! };
		};

		const mention = (block: { id: string; text: string } | undefined, termId: string, name: string) => {
			if (!block) return;
			const list = (mentions[termId] ??= []);
			if (!list.some((m) => m.anchor === block.id)) list.push({ anchor: block.id, excerpt: mentionExcerpt(block.text, name) });
		};

		const linkText = (text: Text, block: { id: string; text: string } | undefined): ElementContent[] => {
			const out: ElementContent[] = [];
			let cursor = 0;
			for (const m of options.matcher.find(text.value)) {
				mention(block, m.termId, text.value.slice(m.start, m.end));
				if (seen.has(m.termId)) continue;
				seen.add(m.termId);
				used.add(m.termId);
				if (m.start > cursor) out.push({ type: 'text', value: text.value.slice(cursor, m.start) });
				out.push(termLink(m.termId, text.value.slice(m.start, m.end), options.base));
				cursor = m.end;
			}
			if (cursor === 0) return [text];
			if (cursor < text.value.length) out.push({ type: 'text', value: text.value.slice(cursor) });
			return out;
		};

		visitParents(tree, (node: Nodes, ancestors: Nodes[]) => {
			// A heading starts a subsection, where each term is linked again; its own words never are.
			if (isHeading(node)) {
				seen = new Set();
				return SKIP;
			}
			if (isMdxJsx(node)) {
				if (node.name === 'Term') {
					const id = jsxAttribute(node, 'id');
					if (!id || !options.termIds.has(id)) {
						throw new ContentError(
							[
								{
									file: fileLabel(file),
									line: node.position?.start.line ?? 0,
									field: '<Term id>',
									message: id ? `unknown glossary term id "${id}"` : '<Term> needs an id="…" attribute',
									fix: 'use the file name (without .md) of an entry in content/glossary/',
								},
							],
							fileLabel(file),
						);
					}
					seen.add(id);
					used.add(id);
					mention(blockOf(ancestors), id, toString(node));
				}
				return skipComponents.has(node.name ?? '') ? SKIP : CONTINUE;
			}
			if (node.type === 'element' && skipTags.has(node.tagName)) return SKIP;
			if (node.type !== 'text') return CONTINUE;
			const parent = ancestors.at(-1) as { children: Nodes[] };
			const linked = linkText(node, blockOf(ancestors));
			if (linked[0] === node) return CONTINUE;
			const index = parent.children.indexOf(node);
			parent.children.splice(index, 1, ...linked);
			// On past the link and the text around it.
			return [SKIP, index + linked.length];
		});
		recordPageData(file, 'terms', [...used].sort());
		recordPageData(file, 'termMentions', mentions);
	};
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
/** The sentences of a paragraph, by where each starts and ends (without the space after it). */
const sentencesOf = (text: string) =>
	[...sentences.segment(text)].map((s) => ({
		start: s.index,
		end: s.index + s.segment.trimEnd().length,
	}));

/**
 * The words of a paragraph around `name`, for the list of where a term is mentioned: the sentence
 * that holds it, whole, with the next (or else the one before) while the excerpt is shorter than
 * `shortest` and stays within `longest` characters. An excerpt cut in the middle of a sentence began
 * with the tail of a name ("…Protection System”, officials can…") and stopped before the figure
 * it led up to. A sentence longer than `longest` is cut at word boundaries around the name.
 */
export function mentionExcerpt(text: string, name: string, { shortest = 100, longest = 240 } = {}): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const at = Math.max(0, flat.indexOf(name.replace(/\s+/g, ' ')));
	const sentences = sentencesOf(flat);
	const i = Math.max(
		0,
		sentences.findLastIndex((s) => s.start <= at),
	);
	let { start, end } = sentences[i]!;
	if (end - start > longest) {
		// Room on both sides of the name, as far as the sentence goes, cut where a word ends.
		const room = Math.max(0, longest - name.length);
		const from = Math.max(start, at - Math.floor(room * 0.4));
		const to = Math.min(end, at + name.length + Math.ceil(room * 0.6));
		start = from > start ? flat.indexOf(' ', from) + 1 || from : start;
		end = to < end && flat.lastIndexOf(' ', to) > at ? flat.lastIndexOf(' ', to) : to;
	} else {
		for (let next = i + 1; end - start < shortest && sentences[next] && sentences[next]!.end - start <= longest; next++)
			end = sentences[next]!.end;
		for (let before = i - 1; end - start < shortest && sentences[before] && end - sentences[before]!.start <= longest; before--)
			start = sentences[before]!.start;
	}
	// Typeset as the page is (rehype-numbered-names runs after this plugin): "chapter 5" stays on one line.
	return keepNumbersWithNames(withEllipses(flat.slice(start, end).trim(), start > 0, end < flat.length));
}

/** A block's text for excerpts, without the note marks that rehype-notes appends. */
function proseText(node: Element): string {
	const copy = { ...node, children: node.children.filter((c) => !(c.type === 'element' && c.tagName === 'sup')) };
	return toString(copy);
}

/**
 * The markup of a term link; src/components/mdx/Term.astro renders the same for <Term>. It is
 * described by its card's definition, which the page renders (src/components/TermCards.astro).
 */
export function termLink(termId: string, text: string, base: string): Element {
	return h('a', { href: termHref(base, termId), className: ['term'], ariaDescribedBy: [termDefinitionId(termId)] }, text);
}
