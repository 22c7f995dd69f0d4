import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idListSchema, idSchema, partialDateSchema } from './ids';

/** One dated event, listed in content/timeline.yaml. */
export const timelineEventSchema = z.object({
	/** Stable anchor on the timeline page: /timeline/#<id>. */
	id: idSchema,
	/** As precisely as the sources allow: a month when the day is unknown. */
	date: partialDateSchema,
	title: prose(z.string().min(1)),
	/** One or two sentences in the site's own words (Markdown inline). */
	description: prose(z.string().min(1)),
	kind: z.enum(['adopted', 'published', 'in-force', 'draft', 'event']),
	/** Glossary ids this event concerns. */
	terms: idListSchema,
	/** Source ids; at least one. */
	sources: z.array(idSchema).min(1, 'cite at least one source id from content/sources.yaml'),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
