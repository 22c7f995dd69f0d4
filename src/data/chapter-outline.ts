import type { CollectionEntry } from 'astro:content';
import { ruleKinds } from '../schemas/glossary';
import { kindLabels } from '../site/labels';
import type { PictureInput } from '../drawing/chapter-picture';
import { siteIndex } from './site-index';

/** A name short enough for a chip: the term itself when short, else its abbreviation or short name. */
const chipLabel = (entry: CollectionEntry<'glossary'>) =>
	entry.data.term.length <= 20 ? entry.data.term : (entry.data.abbr ?? entry.data.shortName ?? entry.data.term);

/** One line of the chapter's outline: a name, where it leads, what kind of thing it is, and what is under it. */
export interface OutlineNode {
	label: string;
	href: string;
	note?: string;
	children?: OutlineNode[];
}

/**
 * Where the site covers each section of a chapter: the section's page, or, for a section with no
 * page of its own, the passage that names it (its `link` in content/book/chapters.yaml). Site
 * paths without the base.
 */
export function bookSectionPaths(
	chapter: CollectionEntry<'chapters'>,
	pages: CollectionEntry<'sections'>[],
): { section: CollectionEntry<'chapters'>['data']['sections'][number]; page?: CollectionEntry<'sections'>; path: string }[] {
	return chapter.data.sections.map((section) => {
		const page = pages.find((p) => p.data.chapter === chapter.id && p.data.bookSection === section.number);
		const path = page ? `/${page.id}/` : section.link;
		if (!path) throw new Error(`content/book/chapters.yaml: section ${section.number} of ${chapter.id} has no page and no link`);
		return { section, ...(page && { page }), path };
	});
}

/**
 * A chapter as the home page draws it: each book section, linked to the page that covers it (or to
 * the passage that names it, for a section with no page), and each section's areas with the laws,
 * rules and bodies they lead to, from content/book/chapters.yaml. Paths are site paths without the base.
 */
export async function chapterOutline(chapter: CollectionEntry<'chapters'>): Promise<{ picture: PictureInput; outline: OutlineNode[] }> {
	const { sections, glossary } = await siteIndex();
	const pages = sections.filter((s) => s.data.chapter === chapter.id);
	const overview = pages[0];
	const outline: OutlineNode[] = bookSectionPaths(chapter, pages).map(({ section, page, path: href }) => ({
		label: `${section.number}. ${page?.data.shortTitle ?? section.titleEn ?? `Section ${section.number}`}`,
		href,
		children: section.areas.map((area) => ({
			label: area.title,
			href: area.link,
			children: area.leadsTo.map((id) => {
				const entry = glossary.get(id)!;
				return { label: entry.data.term, href: `/glossary/${id}/`, note: kindLabels[entry.data.kind].singular.toLowerCase() };
			}),
		})),
	}));
	const picture: PictureInput = {
		title: `Chapter ${chapter.data.number}: ${chapter.data.titleEn}`,
		href: overview ? `/${overview.id}/` : outline[0]!.href,
		sections: chapter.data.sections.map((section, i) => ({
			title: outline[i]!.label,
			href: outline[i]!.href,
			areas: section.areas.map((area) => ({
				title: area.title,
				href: area.link,
				leadsTo: area.leadsTo.map((id) => ({
					label: chipLabel(glossary.get(id)!),
					href: `/glossary/${id}/`,
					kind: ruleKinds.includes(glossary.get(id)!.data.kind) ? ('rule' as const) : ('body' as const),
				})),
			})),
		})),
	};
	return { picture, outline };
}
