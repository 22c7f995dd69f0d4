import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idListSchema, idSchema, partialDateSchema } from './ids';

/** The book this site explains, and its chapters, from content/book.yaml. */
export const bookSchema = z.object({
	titleZh: z.string().min(1),
	titleEn: prose(z.string().min(1)),
	/** Who compiled it, as the sources say. */
	compiler: prose(z.string().min(1)),
	publisher: prose(z.string().min(1)),
	publisherZh: z.string().optional(),
	date: partialDateSchema,
	sources: z.array(idSchema).min(1),
});

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
			}),
		)
		.default([]),
	sources: idListSchema,
});
export type Chapter = z.infer<typeof chapterSchema>;
