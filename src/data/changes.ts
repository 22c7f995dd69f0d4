import type { CollectionEntry } from 'astro:content';
import { isChange, type NoteSummary } from '../markdown/page-data';
import type { PartialDate } from '../schemas/ids';
import { isoDate } from '../site/dates';
import { sectionHref } from '../site/urls';
import { compiledSections } from './collections';

/** One correction or dated update on a chapter page, for /changes/ and its Atom feed. */
export interface SiteChange {
	section: CollectionEntry<'sections'>;
	note: NoteSummary;
	/** Site path of the note, base included: "/chapter-5/overview/#note-…". */
	path: string;
	/**
	 * The date the list sorts by: when the development happened (an update's date), else, for a
	 * correction without one, the day its page was last updated, the latest it can have been made.
	 */
	sortDate: string;
}

/** Every correction and update note of every chapter page, newest first; ties keep reading order. */
export async function siteChanges(base: string): Promise<SiteChange[]> {
	const changes = (await compiledSections()).flatMap(({ entry, pageData }) =>
		pageData.notes.filter(isChange).map((note) => ({
			section: entry,
			note,
			path: `${sectionHref(base, entry.id)}#${note.id}`,
			sortDate: note.date?.iso ?? isoDate(entry.data.updated),
		})),
	);
	return changes.sort((a, b) => b.sortDate.localeCompare(a.sortDate));
}

export const hasDate = (note: NoteSummary): note is NoteSummary & { date: PartialDate } => note.date !== undefined;
