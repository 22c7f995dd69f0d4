import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idSchema, partialDateSchema } from './ids';

/**
 * Where a rule outside China stands, as the comparison page (/compare/) prints it in every cell
 * that rests on it. China's rules keep their status on their glossary entries; a rule the chapter
 * never names gets no entry, only this record, so its status is written once. The stages are the
 * ones a policymaker asks about: a proposal or bill, a proposal whose final text is overdue, a
 * rule adopted but not yet applying, a rule in force.
 */
export const foreignRuleStages = ['proposed', 'delayed', 'adopted', 'in-force'] as const;
export type ForeignRuleStage = (typeof foreignRuleStages)[number];

export const foreignRuleSchema = z.object({
	/** Stable id, used by a cell's `rules`: "nis2", "circia-rule". May not repeat a glossary id. */
	id: idSchema,
	/** Where it applies, as a column heading names it: "European Union", "United States". */
	jurisdiction: prose(z.string().min(1)),
	/** Its name, short enough for a cell's status line: "NIS2 Directive". */
	name: prose(z.string().min(1).max(60, 'keep the name short; the cells say what the rule is')),
	/** proposed (a proposal, draft or bill), delayed (a proposal whose final text is overdue), adopted (passed, not yet applying) or in-force. */
	stage: z.enum(foreignRuleStages),
	/** The date the stage began, when known: proposed, adopted, or in force since. */
	since: partialDateSchema.optional(),
	/**
	 * The date the stage is known for. Where a source read that day shows it, that day; where the
	 * latest word is older, that source's date, with the source named in `asOfSource`.
	 */
	asOf: partialDateSchema,
	/** The source whose date `asOf` is, when the status could not be confirmed more recently. One of `sources`. */
	asOfSource: idSchema.optional(),
	/** Source ids that show the stage and its dates; at least one. */
	sources: z.array(idSchema).min(1, 'cite at least one source id from content/sources.yaml'),
});
export type ForeignRule = z.infer<typeof foreignRuleSchema>;
