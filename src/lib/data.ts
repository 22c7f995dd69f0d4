import { getCollection, render, type CollectionEntry } from 'astro:content';

// Page-side access to the collections. Astro has already validated every entry; read.ts has
// already checked every cross-reference, so lookups here can rely on ids existing.

export async function sectionsInOrder(): Promise<CollectionEntry<'sections'>[]> {
	const chapters = new Map((await getCollection('chapters')).map((c) => [c.id, c.data.number]));
	return (await getCollection('sections')).sort(
		(a, b) => (chapters.get(a.data.chapter) ?? 0) - (chapters.get(b.data.chapter) ?? 0) || a.data.order - b.data.order,
	);
}

export async function glossaryById(): Promise<Map<string, CollectionEntry<'glossary'>>> {
	return new Map((await getCollection('glossary')).map((t) => [t.id, t]));
}

export async function glossaryAlphabetical(): Promise<CollectionEntry<'glossary'>[]> {
	return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
}

export async function sourcesById(): Promise<Map<string, CollectionEntry<'sources'>>> {
	return new Map((await getCollection('sources')).map((s) => [s.id, s]));
}

export async function timelineInOrder(): Promise<CollectionEntry<'timeline'>[]> {
	return (await getCollection('timeline')).sort((a, b) => a.data.date.iso.localeCompare(b.data.date.iso));
}

export async function theBook() {
	const [book] = await getCollection('book');
	if (!book) throw new Error('content/book/book.yaml holds no book entry');
	return book;
}

export async function chapterOf(section: CollectionEntry<'sections'>) {
	const chapter = (await getCollection('chapters')).find((c) => c.id === section.data.chapter);
	if (!chapter) throw new Error(`${section.filePath}: unknown chapter "${section.data.chapter}"`);
	return chapter;
}

/** Removes duplicates while keeping first-seen order (front matter sources before cited ones). */
export const unique = <T,>(items: Iterable<T>): T[] => [...new Set(items)];

export interface TermUse {
	section: CollectionEntry<'sections'>;
	/** Each paragraph that mentions the term: its id and an excerpt (from rehype-term-links). */
	mentions: { anchor: string; excerpt: string }[];
}

let usage: Promise<Map<string, TermUse[]>> | undefined;

/**
 * Where each glossary term is mentioned, section by section, as recorded by the term linker in
 * each page's front matter. Built once per build; Astro caches each render.
 */
export function termUsage(): Promise<Map<string, TermUse[]>> {
	usage ??= (async () => {
		const map = new Map<string, TermUse[]>();
		for (const section of await sectionsInOrder()) {
			const { remarkPluginFrontmatter } = await render(section);
			const mentions = (remarkPluginFrontmatter.termMentions ?? {}) as Record<string, TermUse['mentions']>;
			for (const [id, list] of Object.entries(mentions)) map.set(id, [...(map.get(id) ?? []), { section, mentions: list }]);
		}
		return map;
	})();
	return usage;
}
