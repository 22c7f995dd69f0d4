// @ts-check
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentModel } from './src/content/load';
import { hostHeaders } from './src/integrations/host-headers';
import { linkCheck } from './src/integrations/link-check';
import { pagefindIndex } from './src/integrations/pagefind';
import { importOnlyPreloadHelper } from './src/integrations/preload-helper';
import { reportAddress } from './src/integrations/report-address';
import { runningFoot } from './src/integrations/running-foot';
import { searchVersion } from './src/integrations/search-index';
import { yamlLinkSites } from './src/markdown/link-sites';
import { siteMarkdown } from './src/markdown/processor';
import { siteOriginReport } from './src/integrations/site-origin';
import { site as siteConfig } from './src/site/config';
import { creditsOfContent } from './src/site/credits';
import { resolveOrigin } from './src/site/origin';

// Deploying under a sub-path (GitHub Pages, /explainer/ on a shared host): SITE_BASE=/explainer/.
const base = process.env.SITE_BASE ?? '/';
// The site's own address: SITE_URL, else the host's build variables, else none (src/site/origin.ts).
const origin = resolveOrigin(process.env);

// Read and check all content once, before Astro starts: a bad id anywhere stops the build here
// with its file and line. The term linker is built from the same parsed glossary, the collections
// are filled from this model (src/content.config.ts), and the compilers start from its parsed bodies.
const content = contentModel(fileURLToPath(new URL('./content', import.meta.url)));

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages that print YAML values as links, by site path: the home page's links to passages are
 * the chapters' gists; a teaching kit's answer links are on its page (the handout shows no answers).
 */
const yamlPages = /** @type {[string, import('./src/content/read').Located<unknown>][]} */ ([
	...[...content.chapters.values()].slice(0, 1).map((c) => ['/', c]),
	...content.kits.map((k) => [`/teach/${k.value.id}/`, k]),
]);

/** How the site names the works it explains, for the foot of printed sheets (src/integrations/running-foot.ts). */
const credits = creditsOfContent({
	book: content.book[0].value,
	chapters: [...content.chapters.values()].map((c) => c.value),
	sectionChapters: content.sections.map((s) => s.value.chapter),
	sources: [...content.sources.values()].map((s) => s.value),
});

/** Each page built from a content file, by its site path: where the link check points at a broken link. */
const contentFiles = new Map(
	/** @type {[string, string][]} */ ([
		...content.sections.map((s) => [`/${s.value.id}/`, s.file]),
		...content.pages.map((p) => [`/${p.value.id}/`, p.file]),
		...[...content.glossary].map(([id, e]) => [`/glossary/${id}/`, e.file]),
		...yamlPages.map(([path, located]) => [path, located.file]),
	]),
);

// Where each content file writes each link, by line: the YAML files' now, from the positions the
// reader kept; the Markdown and MDX files' as Astro compiles them (src/markdown/link-sites.ts).
const linkSites = yamlLinkSites(
	yamlPages.map(([, located]) => located),
	root,
);

/**
 * What opening search loads, as one file: the island, Preact and the search code only it uses.
 * Left alone Rolldown splits it five ways by who shares what, and each request costs a reader
 * on HTTP/1.1 about 0.9 KB of headers. The query tokenizer (shared with the highlighting a
 * search result opens) and the nearest-links code (shared with the 404 page) keep chunks of
 * their own, so neither page loads the search app. Each group names this project's own files, never
 * an id Astro or Vite makes up; tests/build/chunks.test.ts checks on the built files that each
 * still does its job. (The script every page runs needs no group: with the preload helper of
 * src/integrations/preload-helper.ts, Rolldown keeps it one file that imports nothing, which the
 * same test checks; the group it had, matched by Astro's virtual id for BaseLayout's script, made
 * the same files.)
 */
const searchChunks = [
	{ name: 'search-query', test: /\/src\/(search\/(query|cjk|model)|site\/labels)\.ts$/, priority: 2 },
	{ name: 'nearest-links', test: /\/src\/search\/nearest-links\.ts$/, priority: 2 },
	{ name: 'search', test: /\/src\/islands\/(SearchApp\.tsx|search-dialog\.ts|stylesheet\.ts)$/, priority: 1 },
];

export default defineConfig({
	base,
	// Absolute URLs start with it; with none, pages leave out what needs one (README, "Deploying").
	site: origin.origin?.url,
	trailingSlash: 'always',
	// Every stylesheet and script is a file, never inlined into the page: the Content-Security-Policy
	// (src/site/csp.ts) then allows them as 'self', with no per-page hashes to keep in step.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Pages and share images are rendered on every core (issue 26 §4: the ×100 build 285 → 251 s on
	// 2 cores). One worker per core, not Astro's default of one fewer: the main thread only hands out
	// pages, so on 2 cores the default would render on one. Pages then share no module state: what a
	// page compares must be compared by id, not by object (src/data/kits.ts).
	experimental: { parallelPrerender: { workers: availableParallelism() } },
	vite: {
		build: { assetsInlineLimit: 0 },
		plugins: [importOnlyPreloadHelper(), runningFoot(siteConfig.runningFoot(credits))],
		// The search code asks for the index files of this build by this version (src/search/client.ts).
		define: { 'import.meta.env.SEARCH_VERSION': JSON.stringify(searchVersion(root)) },
		environments: {
			client: { build: { rolldownOptions: { output: { codeSplitting: { groups: searchChunks } } } } },
		},
	},
	// The sitemap lists HTML pages only (their URLs end in "/"), not glossary.json or robots.txt. It
	// needs absolute URLs, so a build with no known address has none (and robots.txt names none).
	// reportAddress: the build log says where error reports go, or that this build has nowhere.
	integrations: [
		siteOriginReport(origin),
		mdx(),
		// Before the index is made: a build with a link that leads nowhere stops, naming its line.
		linkCheck(contentFiles, linkSites, root),
		pagefindIndex(),
		hostHeaders(),
		reportAddress(siteConfig.reportTo),
		...(origin.origin ? [sitemap({ filter: (page) => page.endsWith('/') })] : []),
	],
	// The site's Markdown and MDX plugins, configured from the content model (src/markdown/processor.ts).
	markdown: { processor: siteMarkdown(content, base, linkSites) },
});
