import { z } from 'astro/zod';
import { prose } from './prose-text';
import { dayDateSchema, idListSchema } from './ids';

/** Front matter of a stand-alone prose page such as About, content/pages/<slug>.mdx. */
export const proseSchema = z.object({
	title: prose(z.string().min(1)),
	summary: prose(z.string().min(40).max(200)),
	updated: dayDateSchema,
	sources: idListSchema,
	/**
	 * What readers type when they look for this page ("lesson plans"), for search, which does not
	 * index these pages (src/site/site-pages.ts says how a query names a page).
	 */
	askedAs: z.array(z.string().min(1)).default([]),
	/** The same for a heading of the page, by its id: "how to cite" lands on "How to cite this site". */
	askedAsAt: z.record(z.string(), z.array(z.string().min(1))).default({}),
});
