import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idListSchema, idSchema } from './ids';

export const termKinds = ['agency', 'law', 'regulation', 'programme', 'platform', 'concept', 'organisation', 'publication'] as const;

/**
 * Front matter of one glossary entry, content/glossary/<id>.md. The file name is the id and the
 * Markdown body is the full entry shown on /glossary/<id>/.
 */
export const glossaryTermSchema = z.object({
	/** The name shown on cards and as the entry's heading. */
	term: prose(z.string().min(1)),
	/** Standard abbreviation ("MLPS"). Matched case-sensitively in the text. */
	abbr: z.string().optional(),
	/** Other English names readers meet, including the analysis' own wording. Matched case-insensitively. */
	aliases: z.array(prose(z.string().min(1))).default([]),
	/** Chinese name in simplified characters, from facts.md. Omit when none exists. */
	zh: z.string().optional(),
	/** Short Chinese forms (e.g. 网信办). Matched in text and indexed for search. */
	zhAliases: z.array(z.string().min(1)).default([]),
	/** Hanyu pinyin with tone marks; optional. */
	pinyin: z.string().optional(),
	kind: z.enum(termKinds),
	/** The card definition: one or two plain sentences, at most 320 characters. */
	short: prose(z.string().min(20).max(320, 'the card definition must be at most 320 characters')),
	/** Other renderings of the Chinese name, each with who uses it. */
	variants: z.array(z.object({ text: prose(z.string().min(1)), usedBy: prose(z.string().min(1)) })).default([]),
	/** Related glossary ids. */
	related: idListSchema,
	/** Source ids; at least one. */
	sources: z.array(idSchema).min(1, 'cite at least one source id from content/sources.yaml'),
	/** Set to false for terms that should only be linked by hand with <Term id="…">. */
	autolink: z.boolean().default(true),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** One name by which the term linker finds a term in prose, with the front-matter field it comes from. */
export interface LinkName {
	text: string;
	/** Abbreviations and Chinese names match exactly; English names ignore case. */
	caseSensitive: boolean;
	/** Where the name is written in the front matter, e.g. ['aliases', 2]: for error messages. */
	field: (string | number)[];
}

/** Every name of a term the linker looks for: display term, abbreviation, aliases and Chinese names. */
export function linkNames(t: GlossaryTerm): LinkName[] {
	return [
		{ text: t.term, caseSensitive: false, field: ['term'] },
		...(t.abbr ? [{ text: t.abbr, caseSensitive: true, field: ['abbr'] }] : []),
		...t.aliases.map((text, i) => ({ text, caseSensitive: false, field: ['aliases', i] })),
		...(t.zh ? [{ text: t.zh, caseSensitive: true, field: ['zh'] }] : []),
		...t.zhAliases.map((text, i) => ({ text, caseSensitive: true, field: ['zhAliases', i] })),
	];
}
