import { unified } from '@astrojs/markdown-remark';
import { passageReferences } from '../content/kits';
import type { ContentModel } from '../content/read';
import { createMatcher } from '../glossary/matcher';
import { buildMatchPatterns } from '../glossary/patterns';
import { rehypeLinkSites, type LinkSites } from './link-sites';
import { remarkParsedBodies } from './remark-parsed-bodies';
import { rehypeAnchors } from './rehype-anchors';
import { rehypeChineseLang } from './rehype-chinese-lang';
import { rehypeCompare } from './rehype-compare';
import { rehypeComparisons } from './rehype-comparisons';
import { rehypeFacts } from './rehype-facts';
import { rehypeNotes } from './rehype-notes';
import { rehypeNumberedNames } from './rehype-numbered-names';
import { rehypeOutboundLinks } from './rehype-outbound-links';
import { rehypePermalinks } from './rehype-permalinks';
import { rehypeSourceRefs } from './rehype-source-refs';
import { rehypeTermLinks } from './rehype-term-links';

/** The files that are chapter pages: they get paragraph ids and permalinks. */
const chapterPages = ['/content/sections/'];

/**
 * The Markdown and MDX pipeline of the site, configured from the content model: Astro's `unified`
 * processor (Astro 7's default, Sätteri, ignores rehype plugins; tests/build/pipeline.test.ts
 * proves they ran) with the site's plugins in their order. astro.config.mjs uses it, and
 * tests/unit/content-once.test.ts compiles with exactly this. Each compiled file's links and their
 * lines go into `linkSites`, for the link check after the build.
 */
export function siteMarkdown(content: ContentModel, base: string, linkSites: LinkSites = new Map()) {
	/** Each fact's sources: a page that prints a fact cites them, and a table row numbers them. */
	const factSources = new Map([...content.facts].map(([id, f]) => [id, f.value.sources]));
	return unified({
		// Each body is compiled from the tree the content reader parsed and checked, not parsed again.
		remarkPlugins: [[remarkParsedBodies, { bodies: content.bodies }]],
		rehypePlugins: [
			// Facts first, so every later plugin reads the sentence with its figure.
			[rehypeFacts, { values: new Map([...content.facts].map(([id, f]) => [id, f.value.value])) }],
			// Anchors next: the term linker records which paragraph mentions each term.
			// It also checks the paragraphs the teaching kits point at, naming their lines in content/teach/.
			[rehypeAnchors, { include: chapterPages, redirects: content.redirects, references: passageReferences(content) }],
			rehypeNotes,
			[
				rehypeSourceRefs,
				{
					sourceIds: new Set(content.sources.keys()),
					factSources,
					mustCite: ['Context', 'Note', 'Row'],
				},
			],
			// After the check of every id: numbers each comparison table's sources for its rows.
			[rehypeComparisons, { factSources }],
			// The jurisdiction tables of /compare/: after the facts are printed (a cell's facts cite for it).
			[
				rehypeCompare,
				{
					// Each rule's sources: China's from its glossary entry's status, the others' from content/foreign-rules.yaml.
					rules: new Map<string, string[]>([
						...[...content.glossary].flatMap(([id, e]): [string, string[]][] =>
							e.value.status ? [[id, e.value.status.sources ?? []]] : [],
						),
						...[...content.foreignRules].map(([id, r]): [string, string[]] => [id, r.value.sources]),
					]),
					factSources,
				},
			],
			[
				rehypeTermLinks,
				{
					matcher: createMatcher(buildMatchPatterns([...content.glossary.values()].map((e) => e.value))),
					termIds: new Set(content.glossary.keys()),
					base,
					include: ['/content/sections/', '/content/pages/'],
				},
			],
			// Chinese runs marked with their language, once the text is read for terms, excerpts and ids.
			rehypeChineseLang,
			// Numbers kept with their names ("chapter 5"), once ids and excerpts are made from the text as written.
			rehypeNumberedNames,
			// Last, so "#" and "¶" never reach excerpts or term matching.
			[rehypePermalinks, { include: chapterPages }],
			// Links to other sites get rel="noopener noreferrer" beside any rel they had, so they never get
			// window.opener or the reader's page. After the site's plugins, so it sees every link they make.
			rehypeOutboundLinks,
			// Last of all: the links as the page is built with them, each with the line that wrote it.
			[rehypeLinkSites, { sites: linkSites }],
		],
	});
}
