import { z } from 'astro/zod';
import { prose } from './prose-text';
import { dayDateSchema, idListSchema } from './ids';

/** Front matter of a stand-alone prose page such as About, content/pages/<slug>.mdx. */
export const proseSchema = z.object({
	title: prose(z.string().min(1)),
	summary: prose(z.string().min(40).max(200)),
	updated: dayDateSchema,
	sources: idListSchema,
});
