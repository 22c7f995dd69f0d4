import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idListSchema, idSchema, partialDateSchema } from './ids';
import { compactPinyin, displayPinyin, readingSyllables, syllablesOf, toneless, wordLengths, type Readings } from './pinyin';

export const termKinds = ['agency', 'law', 'regulation', 'programme', 'platform', 'concept', 'organisation', 'publication'] as const;

/** Kinds of entry that are rules and so must say where they stand (`status`). */
export const ruleKinds: readonly (typeof termKinds)[number][] = ['law', 'regulation'];

/**
 * How one entry stands to another, read as "<this entry> <type> <term>": the CAC `issues` the
 * cross-border provisions, the 2025 measures `replace` the 2023 draft. Drawn on /map/.
 */
export const relationTypes = [
	'adopts',
	'issues',
	'enforces',
	'supervises',
	'coordinates',
	'operates',
	'implements',
	'requires',
	'amends',
	'replaces',
] as const;
export type RelationType = (typeof relationTypes)[number];

/** One typed relation to another glossary entry, with the sources that show it. */
export const relationSchema = z.object({
	type: z.enum(relationTypes),
	/** The glossary id at the other end. */
	term: idSchema,
	/** Source ids that show the relation; at least one. */
	sources: z.array(idSchema).min(1, 'cite at least one source id for the relation'),
});
export type Relation = z.infer<typeof relationSchema>;

/** A later change to a rule: when it was adopted or released, and when it took effect if known. */
const amendmentSchema = z.object({
	on: partialDateSchema,
	inForce: partialDateSchema.optional(),
	/** A few words on what changed ("MLPS 2.0 standards"), in the site's own words. */
	note: z.string().min(1).optional(),
});

/**
 * Where a law, regulation or measure stands. Every date must be the date of a timeline event
 * that lists this entry in its `terms` (src/content/check.ts), so the badge and the timeline never
 * disagree. The stage shown (draft, adopted, in force, amended, replaced) is derived from the dates
 * (src/glossary/status.ts), never written by hand.
 */
export const statusSchema = z
	.object({
		/** Released as a draft for comment. */
		draft: partialDateSchema.optional(),
		/** Adopted, promulgated or issued: the day the text was made law. */
		adopted: partialDateSchema.optional(),
		/** Announced or published, when that is the only date known besides the start. */
		published: partialDateSchema.optional(),
		/** Took effect. */
		inForce: partialDateSchema.optional(),
		/** Later amendments or revisions, oldest first. */
		amended: z.array(amendmentSchema).default([]),
		/** The glossary id of the rule that replaced this one. */
		replacedBy: idSchema.optional(),
		/** The day an editor last checked this status against its sources. */
		asOf: partialDateSchema,
		/** Source ids for the dates; at least one. */
		sources: z.array(idSchema).min(1, 'cite at least one source id for the status'),
	})
	.refine((s) => s.draft || s.adopted || s.published || s.inForce, {
		message: 'give at least one of draft, adopted, published or inForce',
	});
export type Status = z.infer<typeof statusSchema>;

/**
 * Front matter of one glossary entry, content/glossary/<id>.md. The file name is the id and the
 * Markdown body is the full entry shown on /glossary/<id>/.
 */
const glossaryFields = z.object({
	/** The name shown on cards and as the entry's heading. */
	term: prose(z.string().min(1)),
	/** Standard abbreviation ("MLPS"). Matched case-sensitively in the text. */
	abbr: z.string().optional(),
	/** Other English names readers meet, including the analysis' own wording. Matched case-insensitively. */
	aliases: z.array(prose(z.string().min(1))).default([]),
	/**
	 * What readers call the entry when they ask for it alone, in words that do not name it in the text
	 * ("the book", "who wrote the book"): a query made of one of these phrases, question words aside,
	 * opens the entry first (src/search/site-pages.ts reads them as it reads a site page's). Never linked.
	 */
	askedAs: z.array(z.string().min(1)).default([]),
	/** Chinese name in simplified characters, as an official source gives it (cite that source in the entry). Omit when none exists. */
	zh: z.string().optional(),
	/** Short Chinese forms (e.g. 网信办). Matched in text and indexed for search. */
	zhAliases: z.array(z.string().min(1)).default([]),
	/**
	 * Hanyu pinyin of `zh` with tone marks, as cards and the entry show it. Leave it out: the build
	 * writes it with pinyin-pro (src/schemas/pinyin.ts). Write it only to change how it is set out
	 * (spacing, capitals); it must read the same as the generated one, toneless. To correct how a
	 * character is read, use `readings`.
	 */
	pinyin: z.string().min(1).optional(),
	/**
	 * Corrections to pinyin-pro's reading of a word or character in `zh` or `zhAliases`, with tone
	 * marks, one syllable per character: `{ 银行: yín háng }`. They apply to the shown pinyin and
	 * to the toneless pinyin search matches. Add one only where the generated reading is wrong.
	 */
	readings: z.record(z.string(), z.string()).default({}),
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
	/** A short name for tight spaces such as the who's-who map ("CII Regulations"); defaults to abbr, then term. */
	shortName: z.string().min(1).max(40).optional(),
	/** Typed relations to other entries (who issues, enforces or replaces what), drawn on /map/. */
	relations: z.array(relationSchema).default([]),
	/** Laws and regulations only, and required for them: where the rule stands, with its dates. */
	status: statusSchema.optional(),
});

/** Kinds whose Chinese name is a proper name, so its pinyin is capitalized word by word. */
const properNameKinds = new Set<string>(termKinds.filter((k) => k !== 'concept'));

const HAN_ONLY = /^\p{Script=Han}+$/u;
const SYLLABLE = /^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u;

/** Readings that do not fit their word, and written pinyin that does not read like `zh`. */
function checkPinyin(t: z.infer<typeof glossaryFields>, ctx: z.RefinementCtx): void {
	const names = [t.zh, ...t.zhAliases].filter((n): n is string => Boolean(n));
	for (const [word, reading] of Object.entries(t.readings)) {
		const path = ['readings', word];
		const syllables = readingSyllables(reading);
		if (!HAN_ONLY.test(word))
			ctx.addIssue({ code: 'custom', path, message: `"${word}" is not a Chinese word: a reading's key is the characters it reads` });
		else if (!names.some((n) => n.includes(word)))
			ctx.addIssue({
				code: 'custom',
				path,
				message: `"${word}" does not occur in zh or zhAliases: use a word from the term's Chinese names`,
			});
		else if (syllables.length !== [...word].length || !syllables.every((s) => SYLLABLE.test(s)))
			ctx.addIssue({
				code: 'custom',
				path,
				message: `"${reading}" must be ${[...word].length} pinyin syllable(s) with tone marks, separated by spaces (e.g. "yín háng")`,
			});
	}
	if (t.pinyin && !t.zh)
		ctx.addIssue({ code: 'custom', path: ['pinyin'], message: 'pinyin reads the Chinese name: add zh, or remove pinyin' });
	else if (t.pinyin && t.zh) {
		const expected = syllablesOf(t.zh, t.readings).map(toneless).join('');
		if (compactPinyin(t.pinyin) !== expected)
			ctx.addIssue({
				code: 'custom',
				path: ['pinyin'],
				message: `"${t.pinyin}" does not read like ${t.zh} (${displayPinyin(t.zh, t.readings)}): correct it, fix a character with "readings", or remove pinyin to use the generated one`,
			});
	}
}

/** One Chinese name of a term with its toneless syllables, for pinyin search. */
export interface ChineseName {
	text: string;
	/** Toneless, lower case, one per Han character: ["guo", "jia", "wang", "xin", "ban"]. */
	syllables: string[];
	/** How many of those syllables each word of the name has, as the shown pinyin sets them out: [2, 3]. */
	words: number[];
	/** With tone marks, set out as the entry shows it: "Guójiā Wǎngxìnbàn". */
	pinyin: string;
}

export const glossaryTermSchema = glossaryFields.superRefine(checkPinyin).transform((t) => {
	/** zh and each of zhAliases, with their pinyin: toneless for search ("wangxinban"), toned to show. */
	const chineseNames = [t.zh, ...t.zhAliases]
		.filter((n): n is string => Boolean(n))
		.map((text): ChineseName => ({
			text,
			syllables: syllablesOf(text, t.readings).map(toneless),
			words: wordLengths(text),
			// Generated unless the author wrote zh's (checked above to read the same).
			pinyin: (text === t.zh && t.pinyin) || displayPinyin(text, t.readings, properNameKinds.has(t.kind)),
		}));
	return { ...t, pinyin: t.zh ? chineseNames[0]!.pinyin : undefined, chineseNames };
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type { Readings };
