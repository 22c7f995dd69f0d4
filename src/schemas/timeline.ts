import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idListSchema, idSchema, partialDateSchema } from './ids';

export const eventKinds = ['adopted', 'published', 'in-force', 'draft', 'event'] as const;

/** One dated event, listed in content/timeline.yaml. */
export const timelineEventSchema = z
	.object({
		/** Stable anchor on the timeline page: /timeline/#<id>. */
		id: idSchema,
		/** As precisely as the sources allow: a month when the day is unknown. */
		date: partialDateSchema.optional(),
		/**
		 * For an event whose date is not known at all (the analysis): the id of the latest event it is
		 * known to follow. It is placed right after that event and shown as "after <its date>". Give
		 * either `date` or `after`, never both.
		 */
		after: idSchema.optional(),
		title: prose(z.string().min(1)),
		/** One or two sentences in the site's own words (Markdown inline). */
		description: prose(z.string().min(1)),
		kind: z.enum(eventKinds),
		/** Marks the publication of the book or of the analysis, which the timeline highlights. */
		milestone: z.enum(['book', 'analysis']).optional(),
		/** Glossary ids this event concerns. */
		terms: idListSchema,
		/** Ids in content/facts.yaml that the event's entry lists under its description (the deadlines a rule set). */
		facts: idListSchema,
		/** Source ids; at least one. */
		sources: z.array(idSchema).min(1, 'cite at least one source id from content/sources.yaml'),
	})
	.refine((e) => (e.date === undefined) !== (e.after === undefined), {
		message: 'give either "date" or, when the date is unknown, "after: <id of the event it follows>"',
		path: ['date'],
	});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
