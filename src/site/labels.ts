import type { GlossaryTerm, RelationType } from '../schemas/glossary';
import type { TimelineEvent } from '../schemas/timeline';

/**
 * Every label the site shows for an enum, one table per enum, so a kind is named the same way on
 * every page, card, filter and feed. The enums themselves live with their schemas.
 */

/** Who is speaking in a passage. Labels are shown in text, so the marks never rely on colour. */
export const provenance = {
	book: { label: 'The book', legend: 'What chapter 5 of the CAC’s book says, including its phrases in quotation marks.' },
	analysis: { label: 'The analysis', legend: 'What Dakota Cary’s analysis argues.' },
	context: { label: 'Context', legend: 'Background this site adds, with its sources.' },
} as const;
export type ProvenanceKind = keyof typeof provenance;

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
	programme: { singular: 'Programme', plural: 'Programmes' },
	platform: { singular: 'Platform', plural: 'Platforms' },
	concept: { singular: 'Concept', plural: 'Concepts' },
	organisation: { singular: 'Organisation', plural: 'Organisations' },
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

/** A rule's stage (src/glossary/status.ts), as its badge names it. */
export const statusStageLabels = {
	draft: 'Draft',
	adopted: 'Adopted, not yet in force',
	'in-force': 'In force',
	amended: 'In force, amended',
	replaced: 'Replaced',
} as const;

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
export const resultTypes = ['section', 'glossary', 'timeline'] as const;
export type ResultType = (typeof resultTypes)[number];

export const resultTypeLabels: Record<ResultType, { singular: string; plural: string }> = {
	section: { singular: 'Chapter section', plural: 'Chapter sections' },
	glossary: { singular: 'Glossary', plural: 'Glossary entries' },
	timeline: { singular: 'Timeline', plural: 'Timeline events' },
};
