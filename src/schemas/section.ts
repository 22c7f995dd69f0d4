import { z } from 'astro/zod';
import { prose } from './prose-text';
import { dayDateSchema, idSchema } from './ids';

/** Front matter of one section page, content/sections/<chapter>/<slug>.mdx. */
export const sectionSchema = z.object({
	/** The page's heading: for a summary page, the book section's title as the analysis gives it. */
	title: prose(z.string().min(1)),
	/**
	 * The page's name wherever pages are listed beside one another (the contents, Previous and Next,
	 * the teaching kits, /changes/, the 404 page's list): one name for a page in all of them. The home
	 * page's reading map lists the book's sections by their titles, with their summaries.
	 */
	shortTitle: prose(z.string().min(1).max(40)),
	/** Position within the chapter's pages, from 1. */
	order: z.number().int().positive(),
	/** Chapter id from content/book.yaml. */
	chapter: idSchema,
	/** The book section this page summarizes; omit for the overview and conclusion pages. */
	bookSection: z.number().int().positive().optional(),
	/** Meta description and card text: at most about 200 characters. */
	summary: prose(z.string().min(40).max(200, 'the summary must be at most 200 characters')),
	/**
	 * "In brief", at the top of the page: one or two sentences each on what the book says, what the
	 * analysis argues and what has changed since, at least two of the three, each shown under its
	 * own label so a reader can tell whose point it is.
	 */
	brief: z
		.object({
			book: prose(z.string().min(20)).optional(),
			analysis: prose(z.string().min(20)).optional(),
			since: prose(z.string().min(20)).optional(),
		})
		.strict()
		.refine((b) => Object.values(b).filter(Boolean).length >= 2, 'give at least two of book, analysis and since'),
	/** When the page's substance last changed. */
	updated: dayDateSchema,
	/** Works the page draws on as a whole; sources cited in notes are added automatically. */
	sources: z.array(idSchema).min(1, 'cite at least one source id from content/sources.yaml'),
});
export type Section = z.infer<typeof sectionSchema>;
