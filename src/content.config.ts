import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { bookSchema, chapterSchema } from './schemas/chapter';
import { factSchema } from './schemas/fact';
import { glossaryTermSchema } from './schemas/glossary';
import { kitSchema } from './schemas/kit';
import { proseSchema } from './schemas/page';

import { sectionSchema } from './schemas/section';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema } from './schemas/timeline';

// Every collection reads from content/ at the project root, outside src/, so editors never touch
// code. The same schemas are used by src/content/read.ts, which checks cross-references before the
// build starts (Astro's loaders validate shapes, not links between collections). Moved anchors
// (content/redirects.yaml) are read there too and applied by src/markdown/rehype-anchors.ts.

/** The chapter's pages. Read by src/pages/[...slug].astro, the home page and navigation. */
const sections = defineCollection({
	loader: glob({ base: './content/sections', pattern: '**/[^_]*.mdx' }),
	schema: sectionSchema,
});

/** One Markdown file per term. Read by the glossary pages; the term linker reads them through read.ts. */
const glossary = defineCollection({
	loader: glob({ base: './content/glossary', pattern: '[^_]*.md' }),
	schema: glossaryTermSchema,
});

/** Dated events for /timeline/ and the "key dates" of glossary entries. */
const timeline = defineCollection({
	loader: file('./content/timeline.yaml'),
	schema: timelineEventSchema,
});

/** Deadlines, fines and thresholds, each stated once: <Fact>, comparison rows, entries, cards, the timeline. */
const facts = defineCollection({
	// Astro's data store sorts entries by id; a rule's facts keep the order their author gave them.
	loader: file('./content/facts.yaml', {
		parser: (text) => (parse(text) as Record<string, unknown>[]).map((fact, position) => ({ ...fact, position })),
	}),
	schema: factSchema,
});

/** Every work cited anywhere, for /sources/ and the source lists at the foot of pages. */
const sources = defineCollection({
	loader: file('./content/sources.yaml'),
	schema: sourceSchema,
});

/** The book as data, so further chapters can be added without touching src/. */
const book = defineCollection({
	loader: file('./content/book/book.yaml'),
	schema: bookSchema,
});

const chapters = defineCollection({
	loader: file('./content/book/chapters.yaml'),
	schema: chapterSchema,
});

/** A teaching kit per section, content/teach/<chapter>/<slug>.yaml → /teach/<chapter>/<slug>/ (id = the section's). */
const kits = defineCollection({
	loader: glob({ base: './content/teach', pattern: '**/[^_]*.yaml' }),
	schema: kitSchema,
});

/** Stand-alone prose pages (About). */
const pages = defineCollection({
	loader: glob({ base: './content/pages', pattern: '[^_]*.mdx' }),
	schema: proseSchema,
});

export const collections = { sections, glossary, timeline, facts, sources, book, chapters, pages, kits };
