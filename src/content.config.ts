import { defineCollection } from 'astro:content';
import { modelLoader } from './content/loaders';
import { bookSchema, chapterSchema } from './schemas/chapter';
import { factSchema } from './schemas/fact';
import { foreignRuleSchema } from './schemas/foreign-rule';
import { glossaryTermSchema } from './schemas/glossary';
import { kitSchema } from './schemas/kit';
import { proseSchema } from './schemas/page';
import { sectionSchema } from './schemas/section';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema } from './schemas/timeline';

// Every collection reads from content/ at the project root, outside src/, so editors never touch
// code. content/ is read, validated and cross-checked once, by src/content/read.ts, before Astro
// starts (astro.config.mjs); these loaders fill the collections from that model
// (src/content/loaders.ts). Which files make each collection is written there, once. Moved anchors
// (content/redirects.yaml) are read there too and applied by src/markdown/rehype-anchors.ts.

/** The chapter's pages (content/sections/). Read by src/pages/[...slug].astro, the home page and navigation. */
const sections = defineCollection({ loader: modelLoader('sections', sectionSchema) });

/** One Markdown file per term (content/glossary/). Read by the glossary pages; the term linker reads the same model. */
const glossary = defineCollection({ loader: modelLoader('glossary', glossaryTermSchema) });

/** Dated events (content/timeline.yaml) for /timeline/ and the "key dates" of glossary entries. */
const timeline = defineCollection({ loader: modelLoader('timeline', timelineEventSchema) });

/** Deadlines, fines and thresholds (content/facts.yaml), each stated once: <Fact>, comparison rows, entries, cards, the timeline. */
const facts = defineCollection({ loader: modelLoader('facts', factSchema) });

/** Rules outside China that /compare/ sets beside China's (content/foreign-rules.yaml), each with its status once. */
const foreignRules = defineCollection({ loader: modelLoader('foreignRules', foreignRuleSchema) });

/** Every work cited anywhere (content/sources.yaml), for /sources/ and the source lists at the foot of pages. */
const sources = defineCollection({ loader: modelLoader('sources', sourceSchema) });

/** The book as data (content/book/), so further chapters can be added without touching src/. */
const book = defineCollection({ loader: modelLoader('book', bookSchema) });

const chapters = defineCollection({ loader: modelLoader('chapters', chapterSchema) });

/** A teaching kit per section (content/teach/<chapter>/<slug>.yaml) → /teach/<chapter>/<slug>/; its id is the section's. */
const kits = defineCollection({ loader: modelLoader('kits', kitSchema) });

/** Stand-alone prose pages (content/pages/: About). */
const pages = defineCollection({ loader: modelLoader('pages', proseSchema) });

export const collections = { sections, glossary, timeline, facts, foreignRules, sources, book, chapters, pages, kits };
