import type { GlossaryTerm, RelationType } from '../schemas/glossary';
import type { SourceType } from '../schemas/source';
import type { TimelineEvent } from '../schemas/timeline';
import type { ForeignRuleStage } from '../schemas/foreign-rule';
import { keepNumbersWithNames } from '../schemas/numbered-names';
import type { Credits } from './credits';

/**
 * Every label the site shows for an enum, one table per enum, so a kind is named the same way on
 * every page, card, filter and feed. The enums themselves live with their schemas.
 */

/**
 * Who is speaking in a passage, by kind, in words that name no work: an author's error message
 * says which block a passage is in by these. Readers see `provenanceLabels` instead.
 */
export const provenance = {
	book: { label: 'The book' },
	analysis: { label: 'The analysis' },
	context: { label: 'Context from this site' },
} as const;
export type ProvenanceKind = keyof typeof provenance;

/**
 * Who is speaking in a passage, as readers see it. Each label names its source briefly, so a
 * reader who lands on one shared paragraph can tell whose words these are; the legend ("How to
 * read this page") says more. Labels are shown in text, so the marks never rely on colour. The
 * works are named from content (src/site/credits.ts).
 */
export const provenanceLabels = ({
	book,
	chapters,
	chapterCount,
	analysis,
}: Credits): Record<ProvenanceKind, { label: string; legend: string }> => ({
	book: {
		label: `The book (${book.compilerAbbr}, ${book.year})`,
		legend: `What ${chapters} of the book ${chapterCount === 1 ? 'says' : 'say'}: ${book.about}. Its own phrases are in quotation marks.`,
	},
	analysis: {
		label: `The analysis (${analysis.surname}, ${analysis.publisherShort})`,
		legend: `What ${analysis.author} argues in “${analysis.title}”, ${analysis.about}, reported in this site’s words.`,
	},
	context: {
		label: provenance.context.label,
		legend: 'Background this site adds, with its sources. It is neither the book nor the analysis.',
	},
});

/**
 * The voices of a short summary (a chapter's gist, a page's "In brief"): shorter than the passage
 * labels, because each sits beside one sentence, and drawn in the same colours and rules.
 */
export const summaryVoices = {
	book: { label: 'The book', provenance: 'book' },
	analysis: { label: 'The analysis', provenance: 'analysis' },
	since: { label: 'Since then', provenance: 'context' },
} as const satisfies Record<string, { label: string; provenance: ProvenanceKind }>;

/**
 * The three answers of a teaching kit's "Whose words?" exercise, drawn in the passage labels'
 * colours and rules once revealed. Context passages and notes of every kind are all this site.
 */
export const kitVoices = {
	book: { label: 'The book', provenance: 'book' },
	analysis: { label: 'The analysis', provenance: 'analysis' },
	site: { label: 'This site', provenance: 'context' },
} as const satisfies Record<string, { label: string; provenance: ProvenanceKind }>;

export const noteKinds = {
	correction: 'Correction',
	update: 'Update',
	context: 'Context note',
} as const;
export type NoteKind = keyof typeof noteKinds;

/** Glossary entry kinds (src/schemas/glossary.ts), as headings and badges name them. */
export const kindLabels: Record<GlossaryTerm['kind'], { singular: string; plural: string }> = {
	agency: { singular: 'Agency', plural: 'Agencies' },
	law: { singular: 'Law', plural: 'Laws' },
	regulation: { singular: 'Regulation', plural: 'Regulations' },
	programme: { singular: 'Program', plural: 'Programs' },
	platform: { singular: 'Platform', plural: 'Platforms' },
	concept: { singular: 'Concept', plural: 'Concepts' },
	organisation: { singular: 'Organization', plural: 'Organizations' },
	publication: { singular: 'Publication', plural: 'Publications' },
};

/** Timeline event kinds (src/schemas/timeline.ts), as the timeline shows them beside each date. */
export const eventKindLabels: Record<TimelineEvent['kind'], string> = {
	adopted: 'Adopted',
	published: 'Published',
	'in-force': 'In force',
	draft: 'Draft',
	event: 'Event',
};

/** Who does what on the who's-who map: the verb of "<entry> <verb> <term>", and its reverse for the other end. */
export const relationLabels: Record<RelationType, { verb: string; reverse: string }> = {
	adopts: { verb: 'adopts', reverse: 'adopted by' },
	issues: { verb: 'issues', reverse: 'issued by' },
	enforces: { verb: 'enforces', reverse: 'enforced by' },
	supervises: { verb: 'supervises', reverse: 'supervised by' },
	coordinates: { verb: 'coordinates', reverse: 'coordinated by' },
	operates: { verb: 'operates', reverse: 'operated by' },
	implements: { verb: 'implements', reverse: 'implemented by' },
	requires: { verb: 'requires', reverse: 'required by' },
	amends: { verb: 'amends', reverse: 'amended by' },
	replaces: { verb: 'replaces', reverse: 'replaced by' },
};

/**
 * How the who's-who map draws each kind of relation, so that none rests on colour alone: four line
 * styles, one per family of relations, and on the wide map each line also carries its verb (in the
 * small maps, the verb is written in the box it points to). The key under the map lists them.
 */
export const relationLineStyles = [
	{ style: 'solid', name: 'Solid line', meaning: 'makes a rule', types: ['adopts', 'issues'] },
	{ style: 'dashed', name: 'Dashed line', meaning: 'oversees or runs', types: ['enforces', 'supervises', 'coordinates', 'operates'] },
	{ style: 'dotted', name: 'Dotted line', meaning: 'carries out or calls for', types: ['implements', 'requires'] },
	{ style: 'dash-dot', name: 'Dash-dot line', meaning: 'changes a rule', types: ['amends', 'replaces'] },
] as const satisfies readonly { style: string; name: string; meaning: string; types: readonly RelationType[] }[];
export type RelationLineStyle = (typeof relationLineStyles)[number]['style'];
/** The line style of one kind of relation. */
export const relationLineStyle = (type: RelationType): RelationLineStyle =>
	relationLineStyles.find((s) => (s.types as readonly RelationType[]).includes(type))!.style;

/** A rule's stage (src/glossary/status.ts), as its badge names it. */
export const statusStageLabels = {
	draft: 'Draft',
	adopted: 'Adopted, not yet in force',
	'in-force': 'In force',
	amended: 'In force, amended',
	replaced: 'Replaced',
} as const;

/** A rule outside China's stage (src/schemas/foreign-rule.ts): its badge, and the words before the date it began. */
export const foreignStageLabels = {
	proposed: { badge: 'Proposed', since: 'since' },
	delayed: { badge: 'Proposed; final rule delayed', since: 'proposed on' },
	adopted: { badge: 'Adopted, not yet in force', since: 'on' },
	'in-force': { badge: 'In force', since: 'since' },
} as const satisfies Record<ForeignRuleStage, { badge: string; since: string }>;

/** Each date of a status, as the badge's list names it. "Adopted" reads "Issued" for rules other than laws. */
export const milestoneLabels = {
	draft: 'Draft released',
	adopted: 'Adopted',
	issued: 'Issued',
	published: 'Made public',
	'in-force': 'In force since',
	amended: 'Amended',
	'amendment-in-force': 'Amendment in force since',
} as const;

/** What a search result is: the indexer tags every page with one, the search interface filters on it. */
export const resultTypes = ['section', 'glossary', 'timeline', 'compare'] as const;
export type ResultType = (typeof resultTypes)[number];

/** A search result that is one of the site's own pages (Sources, For teachers), which the "Show" menu does not list. */
export const sitePageLabel = 'Site page';

export const resultTypeLabels: Record<ResultType, { singular: string; plural: string }> = {
	// A page of this site's guide is a "part", never a "section": see guidePart.
	section: { singular: 'Chapter guide', plural: 'Parts of the chapter guide' },
	glossary: { singular: 'Glossary', plural: 'Glossary entries' },
	timeline: { singular: 'Timeline', plural: 'Timeline events' },
	// /compare/: China's rules beside other places' (src/pages/[compare].astro).
	compare: { singular: 'Comparison', plural: 'Comparisons' },
};

/**
 * The search box's name. Search reads every kind of page (resultTypes, which its "Show" menu
 * lists beside the box), so the name says so rather than naming some: it named the chapter,
 * glossary and timeline, and not the comparisons, and a list of all of them takes two lines on a phone.
 */
export const searchBoxLabel = 'Search the whole site';

/** How /sources/ introduces each group; pages' source lists label entries with `label`. */
export const sourceTypeGroups: Record<SourceType, { heading: string; label: string; intro: string }> = {
	official: {
		heading: 'Official texts',
		label: 'Official text',
		intro:
			'Laws, rules and pages published by Chinese government and Party bodies, and the book itself; also the few texts of other governments the site cites (EU law, a UK government factsheet, a US standards glossary). Where an address was only seen cited by other documents, its note says so, and a checked source is cited beside it.',
	},
	'state-media': {
		heading: 'State media',
		label: 'State media',
		intro:
			'Chinese state and Party news media, such as Xinhua, People’s Daily and China Daily. They are a good record of what the Chinese state announced and when.',
	},
	news: {
		heading: 'Other news media',
		label: 'News',
		intro: 'News outlets and trade sites outside China’s state media.',
	},
	legal: {
		heading: 'Law firms and legal databases',
		label: 'Legal',
		intro: 'Notes by law firms and consultancies, legal databases, and translations of Chinese legal texts.',
	},
	research: {
		heading: 'Research',
		label: 'Research',
		intro:
			'Think tanks, universities and research projects, including the analysis this site summarizes and the translation of the chapter.',
	},
	encyclopedia: {
		heading: 'Encyclopedias',
		label: 'Encyclopedia',
		intro: 'Wikipedia, works derived from it, and other reference works. Used only for background that no better source covered.',
	},
	other: {
		heading: 'Other sources',
		label: 'Other',
		intro:
			'Copies on weak hosts: reposts on company, forum or document-sharing sites, and pages on sites with no link to the text they carry. Each is kept only for a fact that no better source was found for, and its note says what it copies.',
	},
};

/**
 * One numbering a teacher cannot misquote. The book numbers the sections of its chapter ("Book
 * section 2"); this site numbers the pages of its guide to a chapter as parts ("Part 1 of 5", the
 * Overview). Two words for two things: "Section 1 of 5" beside "Book section 2" read as one scheme.
 */
export const guidePart = (position: number, total: number) => `Part ${position} of ${total}`;
/** No-break spaces keep it on one line on a phone. */
export const bookSectionLabel = (number: number) => `Book\u00a0section\u00a0${number}`;

const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ordinalSuffixes: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };

/** A chapter's place in its book in words, as prose writes it: "fifth"; past the twelfth, "13th". */
export const ordinal = (n: number): string =>
	ordinalWords[n - 1] ?? `${n}${ordinalSuffixes[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;

const countWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * What a chapter's picture shows, for its caption, from the chapter's sections in
 * content/book/chapters.yaml: "The chapter’s sections, the five areas of section 3, and the laws
 * and rules (square corners) and bodies (rounded) each area leads to."
 */
export function chapterPictureCaption(sections: readonly { number: number; areas: readonly unknown[] }[]): string {
	const divided = sections.filter((s) => s.areas.length > 0);
	if (divided.length === 0) return 'The chapter’s sections.';
	const areas = new Intl.ListFormat('en', { type: 'conjunction' }).format(
		divided.map((s) => keepNumbersWithNames(`the ${countWords[s.areas.length] ?? s.areas.length} areas of section ${s.number}`)),
	);
	return `The chapter’s sections, ${areas}, and the laws and rules (square corners) and bodies (rounded) each area leads to.`;
}

/** Which chapters of the book a site explains, in words: "its fifth chapter", "its fifth and sixth chapters". */
export const chaptersExplained = (numbers: readonly number[]): string =>
	numbers.length === 1
		? `its ${ordinal(numbers[0]!)} chapter`
		: `its ${new Intl.ListFormat('en', { type: 'conjunction' }).format(numbers.map(ordinal))} chapters`;
