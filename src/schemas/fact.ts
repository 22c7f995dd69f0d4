import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idSchema, partialDateSchema } from './ids';

/** A time limit ("4 hours", "30 minutes", "4 business days"), not a period ("the preceding 12 months"). */
const timeLimit = /^\d+(?:\.\d+)?\s+(?:business\s+|working\s+)?(?:minutes?|hours?|days?|months?)$/;
/**
 * The duties this site's time limits set: to report, notify, warn, disclose, pass on, tell, answer,
 * fix. A label without one names only who must act (add the verb here for a new kind of duty).
 */
const namesDuty = /\b(?:report|notif|warn|disclos|pass(?:es|ing)?\s+(?:it\s+)?on|tell|answer|respon|repl|fix|patch)/i;

/**
 * One fact that pages state: a deadline, a fine, a threshold. Listed once in content/facts.yaml
 * and rendered wherever it is shown (<Fact id> in prose, a comparison row's cell, the "Key facts"
 * of the rule's glossary entry and its card, a timeline event), so a correction is one edit.
 * Prose may not write such a quantity itself (src/content/quantities.ts stops the build).
 */
export const factSchema = z
	.object({
		/** Stable id, named for what the fact answers: "incident-deadline-cii-operators". */
		id: idSchema,
		/** The glossary id of the rule that sets it; the fact is then listed on that entry and its card. */
		rule: idSchema.optional(),
		/**
		 * Who or what the fact is about, as a row label: "Time to report an incident, all other operators".
		 * A time limit's label names the duty as well as who has it (checked below).
		 */
		label: prose(z.string().min(1)),
		/** The fact itself, short enough to read inside a sentence: "1 hour", "RMB 50,000–500,000". */
		value: prose(z.string().min(1).max(80, 'keep the value short; put qualifiers in "detail"')),
		/** What qualifies it, shown after the value in tables and entries: "to the provincial CAC office". */
		detail: prose(z.string().min(1)).optional(),
		/** The day an editor last checked the fact against its sources. */
		asOf: partialDateSchema,
		/**
		 * The day the text that sets this figure stopped applying ("2026-01-01" for the Cybersecurity
		 * Law's 2016 text, which its amendment replaced). The rule's entry lists the figure with the
		 * rest, as history; its card, a glance at the rule as it stands, leaves it out.
		 */
		until: partialDateSchema.optional(),
		/**
		 * Shown on the rule's card, where the rule sets more figures in force than a card holds
		 * (src/glossary/term-card.ts, CARD_FACT_LIMIT): the card is a glance, and the rest wait in the
		 * entry's Key facts, to which the card links. A rule with that many or fewer needs none.
		 */
		onCard: z.literal(true).optional(),
		/** Source ids that state the fact; at least one. */
		sources: z.array(idSchema).min(1, 'cite at least one source id from content/sources.yaml'),
		/** Not written by authors: the fact's place in content/facts.yaml, set by its loader (src/content/loaders.ts). */
		position: z.number().int().nonnegative().optional(),
	})
	.refine((f) => !timeLimit.test(f.value) || namesDuty.test(f.label), {
		message:
			'this time limit\'s label names who must act but not what they must do in it, so an operator\'s "1 hour" to report reads like an office\'s "1 hour" to pass the report on; name the duty, as in "Time to report an incident, all other operators"',
		path: ['label'],
	})
	// Pages say of such a figure that it is "no longer in force", and its card leaves it out: a day
	// after the editor's check would be a figure still in force, announced as gone.
	.refine((f) => f.until === undefined || f.until.iso <= f.asOf.iso, {
		message:
			'the text that sets this figure cannot have stopped applying after "asOf", the day it was checked; leave "until" out until that day has passed',
		path: ['until'],
	});
export type Fact = z.infer<typeof factSchema>;
