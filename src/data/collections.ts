import type { MarkdownHeading } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { pageDataOf, type PageData, type TermMention } from '../markdown/page-data';
import { sourceTypes, type SourceType } from '../schemas/source';
import { formatPartialDate } from '../site/dates';
import { byFilingName } from '../glossary/names';

// The collections in their reading orders, and what the compiled pages record. Pages read the
// ordered lists from the site index (site-index.ts, which reads them here once per build), never
// from here: eslint.config.js forbids it, so a page has one way in to what the site holds.
// Astro has already validated every entry; read.ts has already checked every cross-reference, so
// lookups can rely on ids existing.

export async function sectionsInOrder(): Promise<CollectionEntry<'sections'>[]> {
	const chapters = new Map((await getCollection('chapters')).map((c) => [c.id, c.data.number]));
	return (await getCollection('sections')).sort(
		(a, b) => (chapters.get(a.data.chapter) ?? 0) - (chapters.get(b.data.chapter) ?? 0) || a.data.order - b.data.order,
	);
}

/**
 * A value computed once per build and shared by every page that asks (a status badge on every
 * card asks for the timeline): computing it per call made the build grow with pages × entries.
 * The dev server recomputes it on each call, since content changes under it.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
	let made: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? compute() : (made ??= compute()));
}

export async function glossaryAlphabetical(): Promise<CollectionEntry<'glossary'>[]> {
	return (await getCollection('glossary')).sort((a, b) => byFilingName(a.data.term, b.data.term));
}

/** Sorts sources into the order of `sourceTypes`, keeping their order within each type. */
export function byType<T extends { data: { type: SourceType } }>(sources: T[]): T[] {
	return sourceTypes.flatMap((type) => sources.filter((s) => s.data.type === type));
}

/**
 * Every event in date order. An undated event (`after: <id>`) comes right after the event it is
 * known to follow; sorting is stable, so events of one date keep their order in the file.
 */
const sortedTimeline = oncePerBuild(async () => {
	const events = await getCollection('timeline');
	const byId = new Map(events.map((e) => [e.id, e]));
	// "\uffff" sorts after any date text, so an undated event follows every event of its anchor's date.
	const key = (e: CollectionEntry<'timeline'>) => e.data.date?.iso ?? `${byId.get(e.data.after ?? '')?.data.date?.iso ?? ''}\uffff`;
	return events.sort((a, b) => key(a).localeCompare(key(b)));
});

/** The timeline in date order: a copy of the list each time, so a caller may reorder its own. */
export async function timelineInOrder(): Promise<CollectionEntry<'timeline'>[]> {
	return [...(await sortedTimeline())];
}

/** "1 September 2021", or for an undated event "After 8 December 2023" (the date of the event it follows). */
export function eventDateLabel(event: CollectionEntry<'timeline'>, events: CollectionEntry<'timeline'>[]): string {
	if (event.data.date) return formatPartialDate(event.data.date);
	const anchor = events.find((e) => e.id === event.data.after)?.data.date;
	return anchor ? `After ${formatPartialDate(anchor)}` : 'Date unknown';
}

export async function theBook() {
	const [book] = await getCollection('book');
	if (!book) throw new Error('content/book/book.yaml holds no book entry');
	return book;
}

/** The book's chapters in the book's order. */
export async function chaptersInOrder() {
	return (await getCollection('chapters')).sort((a, b) => a.data.number - b.data.number);
}

/** Removes duplicates while keeping first-seen order (front matter sources before cited ones). */
export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** A section page as compiled: its entry, its headings and what the Markdown plugins recorded. */
export interface CompiledSection {
	entry: CollectionEntry<'sections'>;
	headings: MarkdownHeading[];
	pageData: PageData;
}

let compiled: Promise<CompiledSection[]> | undefined;

/**
 * Every section, compiled once per build and in chapter order, for the pages that list what all
 * sections contain (where a term is used, the 404 page's link targets). Astro caches each render,
 * so this costs a section's own page nothing more.
 */
export function compiledSections(): Promise<CompiledSection[]> {
	compiled ??= (async () =>
		Promise.all(
			(await sectionsInOrder()).map(async (entry) => {
				const rendered = await render(entry);
				return { entry, headings: rendered.headings, pageData: pageDataOf(rendered) };
			}),
		))();
	return compiled;
}

export interface TermUse {
	section: CollectionEntry<'sections'>;
	/** Each paragraph that mentions the term: its id and an excerpt (from rehype-term-links). */
	mentions: TermMention[];
}

let usage: Promise<Map<string, TermUse[]>> | undefined;

/** Where each glossary term is mentioned, section by section, as the term linker recorded it. */
export function termUsage(): Promise<Map<string, TermUse[]>> {
	usage ??= (async () => {
		const map = new Map<string, TermUse[]>();
		for (const { entry, pageData } of await compiledSections()) {
			for (const [id, mentions] of Object.entries(pageData.termMentions))
				map.set(id, [...(map.get(id) ?? []), { section: entry, mentions }]);
		}
		return map;
	})();
	return usage;
}
