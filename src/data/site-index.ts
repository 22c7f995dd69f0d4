import { getCollection, type CollectionEntry } from 'astro:content';
import { headlineDate, milestones, statusStage, type TermStatus } from '../glossary/status';
import { cardFacts, type TermCard } from '../glossary/term-card';
import { displayTitle, namesForCiteCasing } from '../glossary/names';
import type { ShareCard } from '../site/share-card';
import { lastUpdated } from '../site/dates';
import { site } from '../site/config';
import { creditsOfContent, type Credits } from '../site/credits';
import { kindLabels, provenanceLabels, type ProvenanceKind } from '../site/labels';
import { sourceLabels as labelsOf, type SourceLabel } from '../site/source-labels';
import { termCardId, termDefinitionId } from '../site/term-card-ids';
import { termHref } from '../site/urls';
import { byType, chaptersInOrder, glossaryAlphabetical, sectionsInOrder, theBook, timelineInOrder } from './collections';
import { shareCards } from './share-cards';

/*
 * The site's index: what pages and components look up about the site's content, built ONCE per
 * build. Every page of the build asks the same questions (a source's label, a term's status, the
 * site's last update), so they are answered here, over all the content, a single time, rather
 * than by each component on each page (a badge re-sorting the timeline, every "Cite this" reading
 * the glossary again).
 *
 * Who reads it:
 * - Pages: `const index = await siteIndex();`, then pass each component what it shows, as props.
 * - The components no page renders directly (the MDX components inside content, such as a
 *   comparison's rows) and the parts every page has (header, head metadata, "Cite this") read the
 *   same object as `Astro.locals.siteIndex`, which src/middleware.ts sets for every page.
 * Components and layouts never import src/data/ (eslint.config.js forbids it): they render what
 * they are given.
 *
 * Not here, on purpose: addresses (src/site/urls.ts: termHref, absoluteUrl, addressOf), which need
 * no content; and what needs every page compiled first (collections.ts compiledSections and
 * termUsage, changes.ts siteChanges), which only a few pages ask for and so is worked out, once,
 * when first asked.
 */

export interface SiteIndex {
	/** The book the site explains (content/book/book.yaml). */
	book: CollectionEntry<'book'>;
	/** Every chapter of the book in content/book/chapters.yaml, in the book's order, with pages or not. */
	chapters: CollectionEntry<'chapters'>[];
	/** The chapters that have section pages, in the book's order: the chapters the site explains. */
	chaptersExplained: CollectionEntry<'chapters'>[];
	/** Every section page, in reading order (chapter by chapter). */
	sections: CollectionEntry<'sections'>[];
	/**
	 * The site's own pages (content/pages/), by id. A site may lack one (the fixture has no
	 * "compare"): a page that links it looks here, since Astro's getEntry would log "Entry … was
	 * not found" for each page that asks.
	 */
	pages: ReadonlyMap<string, CollectionEntry<'pages'>>;
	/** Whether a section has a teaching kit (content/teach/, one per section id at most). */
	hasKit(sectionId: string): boolean;
	/** The chapter a section belongs to. */
	chapterOf(section: CollectionEntry<'sections'>): CollectionEntry<'chapters'>;
	/** The sections of one chapter, in reading order. */
	sectionsOf(chapterId: string): CollectionEntry<'sections'>[];
	/** How the site's own words name the book, the chapters it explains and the analysis (src/site/credits.ts). */
	credits: Credits;
	/** What a passage's label and the legend say of each voice: "The analysis (Cary, CSIS)". */
	provenance: Record<ProvenanceKind, { label: string; legend: string }>;
	/** The site's tagline: "An annotated guide to chapter 5 of the CAC’s 2023 book on …". */
	tagline: string;
	glossary: ReadonlyMap<string, CollectionEntry<'glossary'>>;
	/** Every glossary entry, A–Z by its term. */
	glossaryAlphabetical: CollectionEntry<'glossary'>[];
	facts: ReadonlyMap<string, CollectionEntry<'facts'>>;
	/** Rules outside China compared on /compare/ (content/foreign-rules.yaml). */
	foreignRules: ReadonlyMap<string, CollectionEntry<'foreignRules'>>;
	sources: ReadonlyMap<string, CollectionEntry<'sources'>>;
	/** Each source's short label (src/site/source-labels.ts), unique across all sources. */
	sourceLabels: ReadonlyMap<string, SourceLabel>;
	/** Every timeline event in date order (collections.ts, timelineInOrder). */
	timeline: CollectionEntry<'timeline'>[];
	/** The analysis the site summarizes (the one source of kind "analysis"). */
	analysis: CollectionEntry<'sources'>;
	/** When the site as a whole last changed: the latest update of any section or page. */
	lastUpdated: Date;
	/** Every name APA's sentence case keeps capitalized in "Cite this": the glossary's and the analysis's author (one list, so its patterns are compiled once). */
	namesForCiteCasing: readonly string[];
	/** Each page's share card, by its path without the base ("/glossary/cac/"). */
	shareCards: ReadonlyMap<string, ShareCard>;
	/** A term's status as badges show it; undefined for a term without one. */
	statusOf(termId: string): TermStatus | undefined;
	/** The facts a rule sets, in the order of content/facts.yaml. */
	factsOfRule(termId: string): CollectionEntry<'facts'>[];
	/** The term cards of a page that links these terms: one per term, in the order given. */
	termCards(ids: Iterable<string>, base: string): TermCard[];
	/** A page's reference list: the sources with these ids, grouped as on /sources/ (official texts first). */
	sourceList(ids: readonly string[]): CollectionEntry<'sources'>[];
}

let index: Promise<SiteIndex> | undefined;

/**
 * The site's index, built on first use and shared by every page of the build. The dev server
 * builds it anew for each page, since content changes under it.
 */
export function siteIndex(): Promise<SiteIndex> {
	if (import.meta.env.DEV) return buildIndex();
	index ??= buildIndex();
	return index;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

async function buildIndex(): Promise<SiteIndex> {
	const [book, chapters, sections, pages, kits, glossaryEntries, alphabetical, factEntries, foreignRules, sourceEntries, timeline] =
		await Promise.all([
			theBook(),
			chaptersInOrder(),
			sectionsInOrder(),
			getCollection('pages'),
			getCollection('kits'),
			getCollection('glossary'),
			glossaryAlphabetical(),
			getCollection('facts'),
			getCollection('foreignRules'),
			getCollection('sources'),
			timelineInOrder(),
		]);
	const glossary = byId(glossaryEntries);
	const facts = byId(factEntries);
	const sources = byId(sourceEntries);
	const sourceLabels = labelsOf(sourceEntries.map((s) => ({ ...s.data, id: s.id })));

	const chapterById = byId(chapters);
	const chaptersWithPages = chapters.filter((c) => sections.some((s) => s.data.chapter === c.id));
	// Exactly one, or creditsOfContent below stops the build saying so.
	const analyses = sourceEntries.filter((s) => s.data.kind === 'analysis');
	const credits = creditsOfContent({
		book: book.data,
		chapters: chapters.map((c) => ({ id: c.id, number: c.data.number })),
		sectionChapters: sections.map((s) => s.data.chapter),
		sources: sourceEntries.map((s) => ({ ...s.data, id: s.id })),
	});
	const tagline = site.tagline(credits);
	const cards = await shareCards({ chapters, explained: chaptersWithPages, sections, glossary: alphabetical, tagline });

	// The facts each rule sets (their `rule`), in the order of content/facts.yaml.
	const rulesFacts = new Map<string, CollectionEntry<'facts'>[]>();
	for (const f of [...factEntries].sort((a, b) => (a.data.position ?? 0) - (b.data.position ?? 0))) {
		if (f.data.rule) rulesFacts.set(f.data.rule, [...(rulesFacts.get(f.data.rule) ?? []), f]);
	}

	// The first event, in date order, on a date of a term's status that names the term: where that date links.
	const eventOn = new Map<string, string>();
	for (const e of timeline) {
		for (const term of e.data.terms) {
			const key = `${term} ${e.data.date?.iso}`;
			if (e.data.date && !eventOn.has(key)) eventOn.set(key, e.id);
		}
	}
	const statuses = new Map<string, TermStatus>();
	for (const t of glossaryEntries) {
		const status = t.data.status;
		if (!status) continue;
		const replacement = status.replacedBy ? glossary.get(status.replacedBy) : undefined;
		statuses.set(t.id, {
			status,
			stage: statusStage(status),
			headline: headlineDate(status),
			milestones: milestones(status).map((m) => ({ ...m, eventId: eventOn.get(`${t.id} ${m.date.iso}`) })),
			isLaw: t.data.kind === 'law',
			replacedBy: replacement && {
				id: replacement.id,
				term: replacement.data.term,
				shortName: replacement.data.shortName ?? replacement.data.term,
			},
		});
	}

	return {
		book,
		chapters,
		chaptersExplained: chaptersWithPages,
		sections,
		chapterOf: (section) => {
			const chapter = chapterById.get(section.data.chapter);
			// src/content/check.ts has checked every section's chapter, so an unknown one is a bug here.
			if (!chapter) throw new Error(`${section.filePath}: unknown chapter "${section.data.chapter}"`);
			return chapter;
		},
		sectionsOf: (chapterId) => sections.filter((s) => s.data.chapter === chapterId),
		pages: byId(pages),
		hasKit: (sectionId) => kits.some((kit) => kit.id === sectionId),
		credits,
		provenance: provenanceLabels(credits),
		tagline,
		glossary,
		glossaryAlphabetical: alphabetical,
		facts,
		foreignRules: byId(foreignRules),
		sources,
		sourceLabels,
		timeline,
		analysis: analyses[0]!,
		lastUpdated: lastUpdated([...sections, ...pages]),
		namesForCiteCasing: [...glossaryEntries.flatMap((t) => namesForCiteCasing(t.data)), credits.analysis.author],
		shareCards: cards,
		statusOf: (termId) => statuses.get(termId),
		factsOfRule: (termId) => rulesFacts.get(termId) ?? [],
		termCards: (ids, base) =>
			[...new Set(ids)].map((id) => {
				// Every id comes from a checked source (the term linker's record, or cross-references that
				// src/content/check.ts verified), so an unknown one is a bug in the page, not in the content.
				const entry = glossary.get(id);
				if (!entry) throw new Error(`a page asked for a term card for "${id}", which is not in content/glossary/`);
				const t = entry.data;
				const facts = cardFacts(rulesFacts.get(id) ?? [], (f) => f.data);
				return {
					id: termCardId(id),
					termId: id,
					definitionId: termDefinitionId(id),
					term: t.term,
					title: displayTitle(t),
					zh: t.zh,
					pinyin: t.pinyin,
					kind: kindLabels[t.kind].singular,
					short: t.short,
					href: termHref(base, id),
					status: statuses.get(id),
					facts: facts.shown,
					factsInForce: facts.shown.length < facts.inForce ? facts.inForce : undefined,
				};
			}),
		sourceList: (ids) => byType(ids.map((id) => sources.get(id)).filter((s) => s !== undefined)),
	};
}
