import type { PartialDate } from '../schemas/ids';
import type { Status } from '../schemas/glossary';

/** Where a rule stands, derived from its dates so the stage can never contradict them. */
export type StatusStage = 'draft' | 'adopted' | 'in-force' | 'amended' | 'replaced';

/** What happened on one date of a status, in the order a reader would tell the story. */
export type MilestoneKind = 'draft' | 'adopted' | 'published' | 'in-force' | 'amended' | 'amendment-in-force';

export interface Milestone {
	kind: MilestoneKind;
	date: PartialDate;
	/** Where the date is written in the entry's front matter, e.g. ['status', 'amended', 0, 'on']: for error messages. */
	field: (string | number)[];
	/** An amendment's few words on what changed. */
	note?: string;
}

/** Every date of a status, oldest stage first. */
export function milestones(status: Status): Milestone[] {
	const out: Milestone[] = [];
	const add = (kind: MilestoneKind, date: PartialDate | undefined, field: (string | number)[], note?: string) => {
		if (date) out.push({ kind, date, field: ['status', ...field], ...(note && { note }) });
	};
	add('draft', status.draft, ['draft']);
	add('adopted', status.adopted, ['adopted']);
	add('published', status.published, ['published']);
	add('in-force', status.inForce, ['inForce']);
	status.amended.forEach((a, i) => {
		add('amended', a.on, ['amended', i, 'on'], a.note);
		add('amendment-in-force', a.inForce, ['amended', i, 'inForce']);
	});
	return out;
}

/** The latest stage the dates show as reached by the status' "as of" date. */
export function statusStage(status: Status): StatusStage {
	if (status.replacedBy) return 'replaced';
	const reached = (d: PartialDate | undefined) => d !== undefined && d.iso <= status.asOf.iso;
	if (reached(status.inForce) || (!status.inForce && status.amended.some((a) => reached(a.inForce)))) {
		return status.amended.some((a) => reached(a.on)) ? 'amended' : 'in-force';
	}
	if (reached(status.adopted) || reached(status.published)) return 'adopted';
	return 'draft';
}

/** The date a badge puts first: when the rule took effect, else when it was adopted, made public or drafted. */
export function headlineDate(status: Status): { kind: MilestoneKind; date: PartialDate } | undefined {
	const all = milestones(status);
	const pick = (kind: MilestoneKind) => all.find((m) => m.kind === kind);
	const first = pick('in-force') ?? pick('amendment-in-force') ?? pick('adopted') ?? pick('published') ?? pick('draft');
	return first && { kind: first.kind, date: first.date };
}

/** A term's status as a badge shows it: its stage, dates (each with the timeline event it links to) and what replaced it. */
export interface TermStatus {
	status: Status;
	stage: StatusStage;
	/** The date the compact badge puts first. */
	headline?: { kind: MilestoneKind; date: Milestone['date'] };
	milestones: (Milestone & { eventId?: string })[];
	/** Laws are "adopted"; other rules are "issued" (milestoneLabels). */
	isLaw: boolean;
	/** The entry that replaced the rule: its id, its term and the short name a compact badge gives. */
	replacedBy?: { id: string; term: string; shortName: string };
}
