import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { compiledSections } from '../data/collections';
import { bookSectionPaths } from '../data/chapter-outline';
import { siteIndex } from '../data/site-index';
import { nameEntryOf, vocabularyOf, wordsOfEntries, type NamesIndex } from '../search/names';
import { normWord } from '../search/query';

/**
 * /search-names.json: the names index that instant answers read (src/search/names.ts). It is
 * fetched only when a reader shows they are about to search (pointer over or focus on the Search
 * button, opening search, focus in the box on /search/), never with a page.
 */
export const GET: APIRoute = async () => {
	const glossary = (await getCollection('glossary')).sort((a, b) => a.id.localeCompare(b.id));
	const sections = await compiledSections();
	const { factsOfRule, credits, chaptersExplained, sections: pages } = await siteIndex();
	const entries = glossary.map((t) =>
		nameEntryOf(
			t.id,
			t.data,
			factsOfRule(t.id).map((f) => f.data.value),
		),
	);
	const entryWords = new Set(wordsOfEntries(entries));
	const index: NamesIndex = {
		// The pages Pagefind indexes: every section, every glossary entry and the timeline.
		pages: sections.length + glossary.length + 1,
		entries,
		// The browser adds the words of the entries themselves (wordsOfEntries); only the rest travels.
		words: vocabularyOf(sections.flatMap((s) => [s.entry.data.title, ...s.headings.map((h) => h.text)])).filter((w) => !entryWords.has(w)),
		analysisAuthor: credits.analysis.author.split(/\s+/).map(normWord),
		bookSections: chaptersExplained.flatMap((chapter) =>
			bookSectionPaths(chapter, pages).map(({ section, path }) => ({ chapter: chapter.data.number, section: section.number, path })),
		),
	};
	return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
