import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site/config';
import { kindLabels } from '../site/labels';
import type { ShareCard } from '../site/share-card';

/**
 * Every page's share card (src/site/share-card.ts), by the page's site path without the base. A
 * page built from content gets its card from the same entry; a page written by hand is listed
 * here with the title its BaseLayout is given. PageMeta stops the build when a page has no card
 * here or its card's title is not the page's, so an image never names a page wrongly.
 */

/** The pages written by hand: what kind of page each is, and its title. */
const handWritten: Record<string, ShareCard> = {
	'/changes/': { kind: 'Corrections and updates', title: 'What changed' },
	'/data/': { kind: 'Downloads', title: 'Data' },
	'/glossary/': { kind: 'Reference · Agencies, laws and programs', title: 'Glossary' },
	'/map/': { kind: 'Reference · Who issues, enforces and replaces what', title: 'Who’s who' },
	'/search/': { kind: 'Sections, glossary and timeline', title: 'Search' },
	'/sources/': { kind: 'Reference · Every work the site relies on', title: 'Sources' },
	'/timeline/': { kind: 'Reference · Laws, rules and events by date', title: 'Timeline' },
	'/404/': { kind: 'Error', title: 'Page not found' },
};

/** What kind of page each page of the pages collection (content/pages/) is, for its card's first line. */
const pageKinds: Record<string, string> = {
	about: 'About the site',
	compare: 'Reference · Beside the EU, US and UK',
	teach: 'For teachers',
};

/** What the cards are made from: the site index's ordered lists and tagline (src/data/site-index.ts). */
export interface CardSources {
	/** The book's chapters, in its order. */
	chapters: CollectionEntry<'chapters'>[];
	/** Those with pages, in the same order: the chapters the site explains. */
	explained: CollectionEntry<'chapters'>[];
	/** The section pages, in reading order. */
	sections: CollectionEntry<'sections'>[];
	/** The glossary, A–Z. */
	glossary: CollectionEntry<'glossary'>[];
	tagline: string;
}

/** Every page's card. The site index builds them once per build: every page asks for its own card, and the images' endpoint for all. */
export async function shareCards({ chapters, explained, sections, glossary, tagline }: CardSources): Promise<Map<string, ShareCard>> {
	const byPath = new Map<string, ShareCard>(Object.entries(handWritten));
	// A chapter page's kind line is its eyebrow: "Chapter 5 · 筑牢国家网络安全屏障", then the book section.
	const eyebrow = (chapter: (typeof chapters)[number]) =>
		[`Chapter ${chapter.data.number}`, chapter.data.titleZh].filter(Boolean).join(' · ');
	// The home page is the guide to the site's one chapter; to several, it names none of them.
	const [only] = explained;
	byPath.set('/', { kind: only && explained.length === 1 ? eyebrow(only) : 'An annotated guide', title: site.title, subtitle: tagline });
	for (const page of await getCollection('pages')) {
		const kind = pageKinds[page.id];
		if (!kind) throw new Error(`content/pages/${page.id}.mdx has no share card kind: add one to pageKinds in src/data/share-cards.ts`);
		byPath.set(`/${page.id}/`, { kind, title: page.data.title });
	}
	for (const chapter of chapters) {
		byPath.set(`/${chapter.id}/print/`, { kind: `${eyebrow(chapter)} · For printing`, title: `${chapter.data.titleEn} · Whole chapter` });
	}
	for (const section of sections) {
		const chapter = chapters.find((c) => c.id === section.data.chapter)!;
		const bookSection = chapter.data.sections.find((s) => s.number === section.data.bookSection);
		byPath.set(`/${section.id}/`, {
			kind: [eyebrow(chapter), bookSection && `Book section ${bookSection.number}`].filter(Boolean).join(' · '),
			title: section.data.title,
			subtitle: bookSection?.titleZh,
		});
	}
	// A section's teaching kit and its student handout, under the titles their pages give them.
	for (const kit of await getCollection('kits')) {
		const section = sections.find((s) => s.id === kit.id);
		if (!section) continue;
		const subtitle = section.data.title;
		byPath.set(`/teach/${kit.id}/`, { kind: 'For teachers · Teaching kit', title: `Teaching kit: ${section.data.shortTitle}`, subtitle });
		byPath.set(`/teach/${kit.id}/handout/`, {
			kind: 'For teachers · One printed sheet',
			title: `Student handout: ${section.data.shortTitle}`,
			subtitle,
		});
	}
	for (const entry of glossary) {
		const t = entry.data;
		byPath.set(`/glossary/${entry.id}/`, {
			kind: `Glossary entry · ${kindLabels[t.kind].singular}`,
			title: t.term,
			subtitle: [t.abbr, t.zh].filter(Boolean).join(' · ') || undefined,
		});
	}
	return byPath;
}
