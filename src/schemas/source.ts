import { z } from 'astro/zod';
import { idSchema, partialDateSchema } from './ids';

/** One work the site relies on. Listed in content/sources.yaml, cited by id everywhere else. */
export const sourceSchema = z.object({
	id: idSchema,
	/** Title as the work gives it. */
	title: z.string().min(1),
	/** Person or body credited; omit when none is named. */
	author: z.string().optional(),
	/** Publisher, site or outlet. */
	publisher: z.string().optional(),
	/** Publication date, as precisely as known. Omit when unknown; the site then says "date unknown". */
	date: partialDateSchema.optional(),
	/** Where a reader finds the work: an http(s) address, never a javascript: or data: URL. */
	url: z.url({ protocol: /^https?$/, error: 'write the address of the work as an https:// (or http://) URL' }).optional(),
	/** primary: the law, rule or official text itself; analysis: the article this site summarizes; secondary: reporting and commentary. */
	kind: z.enum(['primary', 'analysis', 'secondary']),
	/** BCP 47 language tag of the work, e.g. "en" or "zh". */
	language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/),
	/** What a reader should know about this copy (a repost, a mirror, a weak host). */
	note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
