import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idListSchema, idSchema, partialDateSchema } from './ids';

/** Who a summary sentence reports: the book, the analysis, or what has happened since (this site's context). */
export const voiceSchema = z.enum(['book', 'analysis', 'since']);
export type Voice = z.infer<typeof voiceSchema>;

/** A chapter page and an id on it, as a site path without the base: "/chapter-5/overview/#p-…". */
export const passageLink = z
	.string()
	.regex(
		/^\/[a-z0-9-]+\/[a-z0-9-]+\/#[a-z0-9-]+$/,
		'write a chapter page and an id on it, e.g. "/chapter-5/overview/#p-the-book-is-a-study"',
	);

/** The book this site explains, and its chapters, from content/book.yaml. */
export const bookSchema = z.object({
	titleZh: z.string().min(1),
	titleEn: prose(z.string().min(1)),
	/** Who compiled it, as the sources say. */
	compiler: prose(z.string().min(1)),
	publisher: prose(z.string().min(1)),
	publisherZh: z.string().optional(),
	date: partialDateSchema,
	/**
	 * What the book is, in a phrase, where the site says whose words a passage is (the legend of
	 * the passage labels): "the Cyberspace Administration of China's July 2023 book introducing …".
	 */
	about: prose(z.string().min(1)),
	/** What the book is about, in a few words, as the site's tagline ends: "China as a \"cyber powerhouse\"". */
	subject: prose(z.string().min(1)),
	sources: z.array(idSchema).min(1),
});
export type Book = z.infer<typeof bookSchema>;

export const chapterSchema = z.object({
	/** URL segment of the chapter, e.g. "chapter-5". */
	id: idSchema,
	number: z.number().int().positive(),
	titleZh: z.string().optional(),
	titleEn: prose(z.string().min(1)),
	/** Titles of the chapter's own sections, in the book's order. */
	sections: z
		.array(
			z.object({
				number: z.number().int().positive(),
				titleEn: prose(z.string()).optional(),
				titleZh: z.string().optional(),
				/** Where a section with no page of its own is discussed: a chapter page and id, as `gist` links. */
				link: passageLink.optional(),
				/**
				 * The areas a section divides into, for the picture of the chapter on the home page: each
				 * with the heading that covers it and the laws, rules and bodies it leads to (glossary ids).
				 */
				areas: z.array(z.object({ title: prose(z.string().min(1)), link: passageLink, leadsTo: z.array(idSchema).min(1) })).default([]),
			}),
		)
		.default([]),
	sources: idListSchema,
	/**
	 * The chapter's argument in at most five points, for readers who stop at the home page: what the
	 * book asks for, what the analysis makes of it, what has happened since. Each point links to the
	 * paragraph that develops it; the link check stops the build, naming this file's line, if it
	 * leads nowhere. All points together stay within GIST_WORDS (src/content/check.ts).
	 */
	gist: z
		.array(
			z.object({
				voice: voiceSchema,
				text: prose(z.string().min(20)),
				link: passageLink,
			}),
		)
		.max(5, 'keep the gist to five points at most')
		.default([]),
});
export type Chapter = z.infer<typeof chapterSchema>;
