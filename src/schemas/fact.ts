import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idSchema, partialDateSchema } from './ids';

/**
 * One fact that pages state: a deadline, a fine, a threshold. Listed once in content/facts.yaml
 * and rendered wherever it is shown (<Fact id> in prose, a comparison row's cell, the "Key facts"
 * of the rule's glossary entry and its card, a timeline event), so a correction is one edit.
 * Prose may not write such a quantity itself (src/content/quantities.ts stops the build).
 */
export const factSchema = z.object({
	/** Stable id, named for what the fact answers: "incident-deadline-cii-operators". */
	id: idSchema,
	/** The glossary id of the rule that sets it; the fact is then listed on that entry and its card. */
	rule: idSchema.optional(),
	/** Who or what the fact is about, as a row label: "Operators of critical information infrastructure". */
	label: prose(z.string().min(1)),
	/** The fact itself, short enough to read inside a sentence: "1 hour", "RMB 50,000–500,000". */
	value: prose(z.string().min(1).max(80, 'keep the value short; put qualifiers in "detail"')),
	/** What qualifies it, shown after the value in tables and entries: "to the provincial CAC office". */
	detail: prose(z.string().min(1)).optional(),
	/** The day an editor last checked the fact against its sources. */
	asOf: partialDateSchema,
	/** Source ids that state the fact; at least one. */
	sources: z.array(idSchema).min(1, 'cite at least one source id from content/sources.yaml'),
	/** Not written by authors: the fact's place in content/facts.yaml, set by its loader (src/content/loaders.ts). */
	position: z.number().int().nonnegative().optional(),
});
export type Fact = z.infer<typeof factSchema>;
