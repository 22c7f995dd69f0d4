import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { compiledSections } from '../data/collections';
import { bookSectionPaths } from '../data/chapter-outline';
import { siteIndex } from '../data/site-index';
import { nameEntryOf, namesInText, vocabularyOf, wordsOfEntries, type NamesIndex } from '../search/names';
import { normWord } from '../search/query';
import { contentPagePaths, printPage, sitePages } from '../site/site-pages';

/**
 * /search-names.json: the names index that instant answers read (src/search/names.ts). It is
 * fetched only when a reader shows they are about to search (pointer over or focus on the Search
 * button, opening search, focus in the box on /search/), never with a page.
 */
export const GET: APIRoute = async () => {
	const glossary = (await getCollection('glossary')).sort((a, b) => a.id.localeCompare(b.id));
	const sections = await compiledSections();
	const { factsOfRule, credits, chaptersExplained, sections: pages, timeline } = await siteIndex();
	const entries = glossary.map((t) =>
		nameEntryOf(
			t.id,
			t.data,
			factsOfRule(t.id).map((f) => f.data.value),
		),
	);
	const entryWords = new Set(wordsOfEntries(entries));
	const allPages = await getCollection('pages');
	// The pages of content/pages/ that say what readers type for them, where they are published.
	const contentPages = await Promise.all(
		allPages
			.filter((page) => page.data.askedAs.length > 0 || Object.keys(page.data.askedAsAt).length > 0)
			.map(async (page) => {
				const path = contentPagePaths[page.id];
				const file = page.filePath ?? `content/pages/${page.id}.mdx`;
				if (!path)
					throw new Error(
						`${file}: its askedAs gives search words for a page that src/site/site-pages.ts (contentPagePaths) does not place.\n    fix: add "${page.id}" there with the page's address, or remove askedAs.`,
					);
				// A result that lands on a heading the page does not have would open it at the top, silently.
				const { headings } = await render(page);
				for (const at of Object.keys(page.data.askedAsAt))
					if (!headings.some((h) => h.slug === at)) {
						const line =
							readFileSync(file, 'utf8')
								.split('\n')
								.findIndex((l) => l.trimStart().startsWith(`${at}:`)) + 1;
						throw new Error(
							`${file}:${line}: askedAsAt sends searches to #${at}, a heading the page does not have (it has ${headings.map((h) => `#${h.slug}`).join(', ')}).\n    fix: use the id of the heading that answers those words.`,
						);
					}
				return { path, title: page.data.title, description: page.data.summary, askedAs: page.data.askedAs, askedAsAt: page.data.askedAsAt };
			}),
	);
	const index: NamesIndex = {
		// The pages Pagefind indexes: every section, every glossary entry and the timeline.
		pages: sections.length + glossary.length + 1,
		entries,
		// The words of the headings and the names the pages' text writes (places, schools, people), which
		// readers misspell most. The browser adds the words of the entries themselves (wordsOfEntries);
		// only the rest travels.
		words: [
			...new Set([
				...vocabularyOf(sections.flatMap((s) => [s.entry.data.title, ...s.headings.map((h) => h.text)])),
				...namesInText([
					...[...sections.map((s) => s.entry), ...glossary, ...allPages].map((e) => e.body ?? ''),
					...timeline.map((e) => `${e.data.title}. ${e.data.description}`),
				]),
			]),
		]
			.filter((w) => !entryWords.has(w))
			.sort(),
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
