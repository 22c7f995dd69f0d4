import type { APIRoute } from 'astro';
import { getCollection, getEntry, render } from 'astro:content';
import { compiledSections } from '../data/collections';
import { bookSectionPaths } from '../data/chapter-outline';
import { siteIndex } from '../data/site-index';
import { nameEntryOf, vocabularyOf, wordsOfEntries, type NamesIndex } from '../search/names';
import { normWord } from '../search/query';
import { contentPageWords, printPage, sitePages } from '../site/site-pages';

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
	const contentPages = await Promise.all(
		contentPageWords.map(async ({ id, path, askedAs, parts }) => {
			const page = await getEntry('pages', id);
			if (!page) throw new Error(`src/site/site-pages.ts names content/pages/${id}.mdx, which is missing`);
			// A result that lands on a heading the page no longer has would open it at the top, silently.
			const { headings } = await render(page);
			for (const at of Object.keys(parts ?? {}))
				if (!headings.some((h) => h.slug === at))
					throw new Error(
						`src/site/site-pages.ts sends searches to the heading #${at} of ${page.filePath ?? id}, which has no such heading (it has ${headings.map((h) => `#${h.slug}`).join(', ')}).\n    fix: give the part the id of the heading that now answers it.`,
					);
			return { path, title: page.data.title, description: page.data.summary, askedAs, ...(parts && { parts }) };
		}),
	);
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
		sitePages: [
			...Object.values(sitePages(credits)),
			...contentPages,
			...chaptersExplained.map((chapter) => printPage({ ...chapter.data, id: chapter.id })),
		],
	};
	return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
