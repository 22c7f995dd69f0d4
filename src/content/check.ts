import { ruleKinds } from '../schemas/glossary';
import { namesForLinking } from '../glossary/names';
import type { TimelineEvent } from '../schemas/timeline';
import { formatPartialDate } from '../site/dates';
import { milestones } from '../glossary/status';
import { noInvalidEntries, type ContentModel, type GlossaryEntry, type InvalidEntries, type KitEntry, type Located } from './read';
import type { Problem } from './problems';
import { ownProseProblems } from './own-prose';
import { CLASS_MINUTES } from '../schemas/kit';
import type { Fact } from '../schemas/fact';
import { CARD_FACT_LIMIT, cardFacts } from '../glossary/term-card';

type Collection = 'glossary' | 'sources' | 'chapters' | 'facts';

const fixFor: Record<Collection, string> = {
	facts: 'use an id listed in content/facts.yaml, or add the fact there',
	glossary: 'use the file name (without .md) of an entry in content/glossary/, or add that entry',
	sources: 'use an id listed in content/sources.yaml, or add the source there',
	chapters: 'use a chapter id listed in content/book/chapters.yaml',
};

/**
 * Every id that one collection's entries point at in another, checked in one pass. An entry that
 * exists but failed its schema (`invalid`) counts as known: its own problem is already reported.
 */
export function checkReferences(model: ContentModel, invalid: InvalidEntries = noInvalidEntries()): Problem[] {
	const problems: Problem[] = [];
	const known: Record<Collection, Set<string>> = {
		glossary: new Set([...model.glossary.keys(), ...invalid.glossary]),
		sources: new Set([...model.sources.keys(), ...invalid.sources]),
		chapters: new Set([...model.chapters.keys(), ...invalid.chapters]),
		facts: new Set([...model.facts.keys(), ...invalid.facts]),
	};
	const what: Record<Collection, string> = { sources: 'source', glossary: 'glossary term', chapters: 'chapter', facts: 'fact' };

	function expect<T>(entry: Located<T>, field: string, ids: readonly string[] | string | undefined, target: Collection) {
		const list = ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
		list.forEach((id, i) => {
			if (known[target].has(id)) return;
			const path = typeof ids === 'string' ? [field] : [field, i];
			problems.push({
				file: entry.file,
				line: entry.lineOf(path),
				field: typeof ids === 'string' ? field : `${field}[${i}]`,
				message: `unknown ${what[target]} id "${id}"`,
				fix: fixFor[target],
			});
		});
	}

	for (const e of model.glossary.values()) {
		expect(e, 'related', e.value.related, 'glossary');
		expect(e, 'sources', e.value.sources, 'sources');
		e.value.relations.forEach((r, i) => {
			expectAt(e, ['relations', i, 'term'], r.term, 'glossary');
			r.sources.forEach((id, j) => expectAt(e, ['relations', i, 'sources', j], id, 'sources'));
			if (r.term === e.value.id)
				problems.push({
					file: e.file,
					line: e.lineOf(['relations', i, 'term']),
					field: `relations[${i}].term`,
					message: `"${e.value.id}" cannot ${r.type} itself`,
					fix: 'point the relation at another entry',
				});
		});
		if (e.value.status) {
			const status = e.value.status;
			if (status.replacedBy) expectAt(e, ['status', 'replacedBy'], status.replacedBy, 'glossary');
			status.sources.forEach((id, j) => expectAt(e, ['status', 'sources', j], id, 'sources'));
		} else if (ruleKinds.includes(e.value.kind)) {
			problems.push({
				file: e.file,
				line: e.lineOf(['kind']),
				field: 'status',
				message: `a ${e.value.kind} must say where it stands`,
				fix: 'add "status:" with its dates (draft, adopted, published, inForce, amended, replacedBy), asOf and sources; see src/schemas/glossary.ts',
			});
		}
	}
	// With an event unreadable, a status date may match it: only its own problem is reported.
	if (invalid.timeline.size === 0) problems.push(...statusAgainstTimeline(model));
	const dated = new Map(model.timeline.filter((e) => e.value.date).map((e) => [e.value.id, e]));
	for (const f of model.facts.values()) {
		expect(f, 'rule', f.value.rule, 'glossary');
		expect(f, 'sources', f.value.sources, 'sources');
	}
	problems.push(...cardFactProblems(model));
	for (const r of model.foreignRules.values()) {
		expect(r, 'sources', r.value.sources, 'sources');
		// A cell's `rules` names a glossary entry or one of these: one id may not mean both.
		if (model.glossary.has(r.value.id))
			problems.push({
				file: r.file,
				line: r.lineOf(['id']),
				field: 'id',
				message: `"${r.value.id}" is also a glossary entry's id, so a comparison cell naming it would be ambiguous`,
				fix: "give the rule another id, or drop this record and let the glossary entry's status speak for it",
			});
		if (r.value.asOfSource !== undefined && !r.value.sources.includes(r.value.asOfSource))
			problems.push({
				file: r.file,
				line: r.lineOf(['asOfSource']),
				field: 'asOfSource',
				message: `"${r.value.asOfSource}" is not one of this rule's sources`,
				fix: 'add it to "sources", or name the source whose date "asOf" is',
			});
	}
	// A source's note is printed on /sources/: another source's id in it is an editor's shorthand
	// that a reader would see as is ("Xinhua's dispatch (incident-final-xinhua)").
	for (const s of model.sources.values())
		for (const id of s.value.note?.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g)?.filter((word) => model.sources.has(word)) ?? [])
			problems.push({
				file: s.file,
				line: s.lineOf(['note']),
				field: 'note',
				message: `names the source "${id}" by its id, which readers see as it is`,
				fix: 'name it as a reader would, by its publisher or title (“Xinhua’s own dispatch, also listed here”)',
			});
	for (const e of model.timeline) {
		expect(e, 'facts', e.value.facts, 'facts');
		expect(e, 'terms', e.value.terms, 'glossary');
		expect(e, 'sources', e.value.sources, 'sources');
		if (e.value.after !== undefined && !dated.has(e.value.after) && !invalid.timeline.has(e.value.after))
			problems.push({
				file: e.file,
				line: e.lineOf(['after']),
				field: 'after',
				message: `"${e.value.after}" is not the id of a dated event in this file`,
				fix: 'use the id of the latest dated event this one is known to follow',
			});
	}
	/** Like expect(), for one id at a nested path such as ['relations', 0, 'term']. */
	function expectAt<T>(entry: Located<T>, path: (string | number)[], id: string, target: Collection) {
		if (known[target].has(id)) return;
		problems.push({
			file: entry.file,
			line: entry.lineOf(path),
			field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join(''),
			message: `unknown ${what[target]} id "${id}"`,
			fix: fixFor[target],
		});
	}

	const withSources: Located<{ sources: string[] }>[] = [...model.book, ...model.chapters.values(), ...model.pages];
	for (const e of withSources) expect(e, 'sources', e.value.sources, 'sources');
	for (const c of model.chapters.values())
		c.value.sections.forEach((section, i) =>
			section.areas.forEach((area, j) =>
				area.leadsTo.forEach((id, k) => expectAt(c, ['sections', i, 'areas', j, 'leadsTo', k], id, 'glossary')),
			),
		);

	const orders = new Map<string, Located<{ id: string }>>();
	for (const e of model.sections) {
		expect(e, 'chapter', e.value.chapter, 'chapters');
		expect(e, 'sources', e.value.sources, 'sources');
		const chapter = model.chapters.get(e.value.chapter);
		if (chapter && e.value.bookSection !== undefined && !chapter.value.sections.some((s) => s.number === e.value.bookSection)) {
			problems.push({
				file: e.file,
				line: e.lineOf(['bookSection']),
				field: 'bookSection',
				message: `chapter "${chapter.value.id}" has no section ${e.value.bookSection}`,
				fix: `list the section under "${chapter.value.id}" in content/book/chapters.yaml`,
			});
		}
		const key = `${e.value.chapter}#${e.value.order}`;
		const first = orders.get(key);
		if (first) {
			problems.push({
				file: e.file,
				line: e.lineOf(['order']),
				field: 'order',
				message: `order ${e.value.order} is already used by ${first.file}`,
				fix: 'give each page of a chapter its own order number',
			});
		} else orders.set(key, e);
	}
	problems.push(...nameClashes(model.glossary.values()));
	problems.push(...ownProseInData(model));
	problems.push(...redirectPages(model, invalid.sections));
	problems.push(...gistProblems(model, invalid.sections));
	problems.push(...kitProblems(model, invalid.sections));
	problems.push(...analysisCredits(model));
	return problems;
}

/**
 * The site credits the analysis by its author, publisher and `about` (the footer, the home page,
 * the passage labels: src/site/credits.ts), optional for any other source: the analysis needs all three.
 */
function analysisCredits(model: ContentModel): Problem[] {
	return [...model.sources.values()]
		.filter((s) => s.value.kind === 'analysis')
		.flatMap((s) =>
			(['author', 'publisher', 'about'] as const)
				.filter((field) => !s.value[field])
				.map((field) => ({
					file: s.file,
					line: s.lineOf(['kind']),
					field,
					message: `the analysis ("${s.value.id}") has no ${field}`,
					fix: `add ${field}: the footer, the home page and the passage labels name the analysis by it`,
				})),
		);
}

/** A moved anchor must start from and lead to chapter pages that exist; their ids are checked as each page is built (rehype-anchors). */
function redirectPages(model: ContentModel, invalidSections: ReadonlySet<string>): Problem[] {
	const pages = new Set([...model.sections.map((s) => s.value.id), ...invalidSections].map((id) => `/${id}/`));
	const fix = `use the path of a chapter page, e.g. "${[...pages][0] ?? '/chapter-5/overview/'}"`;
	return model.redirects.flatMap((r) => {
		const target = r.to.startsWith('#') ? r.page : r.to.slice(0, r.to.indexOf('#'));
		const problems: Problem[] = [];
		if (!pages.has(r.page)) problems.push({ file: r.file, line: r.line, field: 'page', message: `no chapter page is published at "${r.page}"`, fix });
		if (target !== r.page && !pages.has(target)) problems.push({ file: r.file, line: r.line, field: 'to', message: `no chapter page is published at "${target}"`, fix });
		return problems;
	});
}

/**
 * Every date of a status badge must be the date of a timeline event about that entry, so the badge
 * and the timeline tell one story; a mismatch names both files.
 */
function statusAgainstTimeline(model: ContentModel): Problem[] {
	const problems: Problem[] = [];
	const byTerm = new Map<string, Located<TimelineEvent>[]>();
	for (const event of model.timeline)
		for (const term of event.value.terms) byTerm.set(term, [...(byTerm.get(term) ?? []), event]);
	for (const entry of model.glossary.values()) {
		const status = entry.value.status;
		if (!status) continue;
		const events = byTerm.get(entry.value.id) ?? [];
		for (const m of milestones(status)) {
			const field = m.field.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
			if (m.date.iso > status.asOf.iso) {
				problems.push({
					file: entry.file,
					line: entry.lineOf(m.field),
					field,
					message: `${m.date.iso} is later than the status' asOf date (${status.asOf.iso})`,
					fix: 'check the date, and set asOf to the day you checked the status',
				});
			}
			if (events.some((e) => dateOf(e.value) === m.date.iso)) continue;
			const nearby = events.map((e) => `${e.value.id} (${dateOf(e.value)}) at ${e.file}:${e.lineOf(['date'])}`);
			const timelineFile = model.timeline[0]?.file ?? 'content/timeline.yaml';
			problems.push({
				file: entry.file,
				line: entry.lineOf(m.field),
				field,
				message:
					`${m.date.iso} (${formatPartialDate(m.date)}) matches no event in ${timelineFile} about "${entry.value.id}"` +
					(nearby.length > 0 ? `; its events there: ${nearby.join(', ')}` : '; no event there lists it in "terms"'),
				fix: `correct the date, or add the event to ${timelineFile} with "${entry.value.id}" in its terms`,
			});
		}
	}
	return problems;
}

const dateOf = (e: TimelineEvent) => e.date?.iso;

/**
 * The YAML strings pages show as the site's prose are held to what it may not say either
 * (src/content/own-prose.ts): a card's definition, a timeline event, a page's summary.
 */
function ownProseInData(model: ContentModel): Problem[] {
	type Field = { entry: Located<object>; path: (string | number)[]; text: string | undefined };
	const fields: Field[] = [
		...[...model.glossary.values()].flatMap((entry): Field[] => [
			{ entry, path: ['short'], text: entry.value.short },
			...(entry.value.status?.amended ?? []).map((a, i): Field => ({ entry, path: ['status', 'amended', i, 'note'], text: a.note })),
		]),
		...model.timeline.flatMap((entry): Field[] => [
			{ entry, path: ['title'], text: entry.value.title },
			{ entry, path: ['description'], text: entry.value.description },
		]),
		...model.sections.flatMap((entry): Field[] => [
			{ entry, path: ['summary'], text: entry.value.summary },
			...Object.entries(entry.value.brief ?? {}).map(([voice, text]): Field => ({ entry, path: ['brief', voice], text })),
		]),
		...[...model.chapters.values()].flatMap((entry) =>
			entry.value.gist.map((point, i): Field => ({ entry, path: ['gist', i, 'text'], text: point.text })),
		),
		...[...model.foreignRules.values()].map((entry): Field => ({ entry, path: ['name'], text: entry.value.name })),
		...model.kits.flatMap((entry): Field[] => {
			const { objectives, questions, exercise, lessons } = entry.value;
			const classes = [['oneClass'], ['twoClasses', 'first'], ['twoClasses', 'second']] as const;
			return [
				...objectives.map((text, i): Field => ({ entry, path: ['objectives', i], text })),
				...questions.flatMap((q, i): Field[] => [
					{ entry, path: ['questions', i, 'question'], text: q.question },
					{ entry, path: ['questions', i, 'answer'], text: q.answer },
				]),
				...exercise.map((item, i): Field => ({ entry, path: ['exercise', i, 'clue'], text: item.clue })),
				...classes.flatMap((at) =>
					stepsAt(lessons, at).map((step, i): Field => ({ entry, path: ['lessons', ...at, i, 'activity'], text: step.activity })),
				),
			];
		}),
	];
	return fields.flatMap(({ entry, path, text }) =>
		ownProseProblems(text ?? '').map(({ message, fix }) => ({
			file: entry.file,
			line: entry.lineOf(path),
			field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join(''),
			message,
			fix,
		})),
	);
}

/** Most words a chapter's gist may take in all: a reader on a phone takes it in at a glance. */
export const GIST_WORDS = 250;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A gist stays short, and each point leads to a chapter page that exists (its paragraph id is
 * checked against the built page by the link check, which names the same line).
 */
function gistProblems(model: ContentModel, invalidSections: ReadonlySet<string>): Problem[] {
	const pages = new Set(model.sections.map((s) => `/${s.value.id}/`));
	return [...model.chapters.values()].flatMap((entry) => {
		const { gist } = entry.value;
		const problems: Problem[] = [];
		const words = gist.reduce((n, p) => n + wordCount(p.text), 0);
		if (words > GIST_WORDS)
			problems.push({
				file: entry.file,
				line: entry.lineOf(['gist']),
				field: 'gist',
				message: `the gist runs to ${words} words, more than ${GIST_WORDS}`,
				fix: 'shorten its points: the home page shows them all, and readers who want more follow the links',
			});
		gist.forEach((point, i) => {
			const page = point.link.slice(0, point.link.indexOf('#'));
			if (!pages.has(page) && !invalidSections.has(page.slice(1, -1)))
				problems.push({
					file: entry.file,
					line: entry.lineOf(['gist', i, 'link']),
					field: `gist[${i}].link`,
					message: `no chapter page is published at "${page}"`,
					fix: 'link to a chapter page that exists, e.g. "/chapter-5/overview/#p-…" (the ¶ beside a paragraph shows its link)',
				});
		});
		return problems;
	});
}

type Lessons = KitEntry['lessons'];
type Steps = Lessons['oneClass'];
const stepsAt = (lessons: Lessons, at: readonly string[]): Steps =>
	at.length === 1 ? lessons.oneClass : lessons.twoClasses[at[1] as 'first' | 'second'];

/**
 * A teaching kit belongs to a section page that exists, its answers lead to chapter pages that
 * exist, its exercise asks about more than one voice and no passage twice, and each class of its
 * lesson plans fills the period exactly. Paragraph ids, and whether each exercise passage really
 * is the voice it declares, are checked as the section page compiles (rehype-anchors, from
 * passageReferences in src/content/kits.ts), naming the same lines.
 */
function kitProblems(model: ContentModel, invalidSections: ReadonlySet<string>): Problem[] {
	const sections = new Set([...model.sections.map((s) => s.value.id), ...invalidSections]);
	return model.kits.flatMap((entry) => {
		const { id, questions, exercise, lessons } = entry.value;
		const problems: Problem[] = [];
		const at = (path: PropertyKey[], field: string, message: string, fix: string) =>
			problems.push({ file: entry.file, line: entry.lineOf(path), field, message, fix });
		if (!sections.has(id))
			at([], 'file name', `there is no section content/sections/${id}.mdx for this kit`, 'name the kit after its section: content/teach/<chapter>/<slug>.yaml for content/sections/<chapter>/<slug>.mdx');
		questions.forEach((q, i) => {
			const page = q.link.slice(1, q.link.indexOf('#') - 1);
			if (!sections.has(page))
				at(['questions', i, 'link'], `questions[${i}].link`, `no chapter page is published at "/${page}/"`, 'link to a paragraph of a chapter page, e.g. "/chapter-5/overview/#p-…" (the ¶ beside a paragraph shows its link)');
		});
		const seen = new Map<string, number>();
		exercise.forEach((item, i) => {
			const first = seen.get(item.passage);
			if (first !== undefined)
				at(['exercise', i, 'passage'], `exercise[${i}].passage`, `"${item.passage}" is already exercise[${first}]`, 'pick another passage of the section');
			else seen.set(item.passage, i);
		});
		if (new Set(exercise.map((item) => item.voice)).size < 2)
			at(['exercise'], 'exercise', 'every passage of the exercise has the same voice, so there is nothing to tell apart', 'add a passage in another voice (book, analysis or site)');
		for (const path of [['oneClass'], ['twoClasses', 'first'], ['twoClasses', 'second']] as const) {
			const minutes = stepsAt(lessons, path).reduce((n, step) => n + step.minutes, 0);
			if (minutes !== CLASS_MINUTES)
				at(['lessons', ...path], `lessons.${path.join('.')}`, `the steps of this class take ${minutes} minutes, not ${CLASS_MINUTES}`, `change the steps' minutes so they add up to ${CLASS_MINUTES}, one class period`);
		}
		return problems;
	});
}

/** Two auto-linked terms claiming one name would make the term linker's links ambiguous. */
function nameClashes(glossary: Iterable<Located<GlossaryEntry>>): Problem[] {
	const problems: Problem[] = [];
	const owner = new Map<string, string>();
	for (const entry of glossary) {
		const t = entry.value;
		if (!t.autolink) continue;
		for (const { text, caseSensitive, field } of namesForLinking(t)) {
			const key = caseSensitive ? text : text.toLowerCase();
			const other = owner.get(key);
			if (other === t.id) continue;
			if (other) {
				problems.push({
					file: entry.file,
					line: entry.lineOf(field),
					field: field.join('.'),
					message: `"${text}" is also a name of "${other}", so the term linker cannot tell them apart`,
					fix: `remove it from one of the two entries, or set "autolink: false" on one and link it with <Term id="…">`,
				});
			} else owner.set(key, t.id);
		}
	}
	return problems;
}

/**
 * A rule's card shows at most CARD_FACT_LIMIT figures (src/glossary/term-card.ts): where it sets
 * more in force, the editor picks which with `onCard`, rather than the card showing the first few
 * of content/facts.yaml's order by chance. A replaced text's figure is never on the card.
 */
function cardFactProblems(model: ContentModel): Problem[] {
	const problems: Problem[] = [];
	const byRule = new Map<string, Located<Fact>[]>();
	for (const f of model.facts.values()) {
		if (f.value.rule === undefined) continue;
		if (f.value.onCard && f.value.until !== undefined)
			problems.push({
				file: f.file,
				line: f.lineOf(['onCard']),
				field: 'onCard',
				message: `"${f.value.id}" is a figure of a replaced text (until ${f.value.until.iso}), and a card shows only figures in force`,
				fix: 'drop "onCard" here, and mark a figure in force instead',
			});
		byRule.set(f.value.rule, [...(byRule.get(f.value.rule) ?? []), f]);
	}
	for (const [rule, facts] of byRule) {
		const { shown, inForce } = cardFacts(facts, (f) => f.value);
		if (shown.length <= CARD_FACT_LIMIT) continue;
		const marked = shown.some((f) => f.value.onCard);
		const first = shown[0]!;
		problems.push({
			file: first.file,
			line: first.lineOf(marked ? ['onCard'] : ['rule']),
			field: marked ? 'onCard' : 'rule',
			message: marked
				? `${shown.length} figures of "${rule}" are marked "onCard", and its card shows at most ${CARD_FACT_LIMIT}`
				: `"${rule}" sets ${inForce} figures in force, more than its card shows (${CARD_FACT_LIMIT})`,
			fix: marked
				? `keep "onCard: true" on the ${CARD_FACT_LIMIT} a reader most needs at a glance`
				: `add "onCard: true" to the ${CARD_FACT_LIMIT} figures a reader most needs at a glance; the card links to the rest`,
		});
	}
	return problems;
}
