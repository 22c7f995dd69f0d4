// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { loadContent } from './src/content/load';
import { createMatcher } from './src/glossary/matcher';
import { buildMatchPatterns } from './src/glossary/patterns';
import { pagefindIndex } from './src/integrations/pagefind';
import { rehypeSourceRefs } from './src/markdown/rehype-source-refs';
import { rehypeTermLinks } from './src/markdown/rehype-term-links';

// Deploying under a sub-path (GitHub Pages, /explainer/ on a shared host): SITE_BASE=/explainer/.
const base = process.env.SITE_BASE ?? '/';

// Read and check all content once, before Astro starts: a bad id anywhere stops the build here
// with its file and line. The term linker is built from the same parsed glossary.
const content = loadContent(fileURLToPath(new URL('./content', import.meta.url)));

export default defineConfig({
	base,
	site: process.env.SITE_URL,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), preact(), pagefindIndex()],
	markdown: {
		// Astro 7's default processor (Sätteri) ignores rehype plugins; the site's term links and
		// checks need the unified pipeline. tests/build/pipeline.test.ts proves they ran.
		processor: unified({
			rehypePlugins: [
				[rehypeSourceRefs, { sourceIds: new Set(content.sources.keys()), mustCite: ['Context', 'Note'] }],
				[
					rehypeTermLinks,
					{
						matcher: createMatcher(buildMatchPatterns(content.glossary).patterns),
						termIds: new Set(content.glossary.keys()),
						base,
						include: ['/content/sections/', '/content/pages/'],
					},
				],
			],
		}),
	},
});
