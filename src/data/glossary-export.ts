import type { CollectionEntry } from 'astro:content';
import { addressOf, termHref } from '../site/urls';
import { otherNamesForExport } from '../glossary/names';

/** One entry of /glossary.json: what another site or a spreadsheet needs to reuse the glossary. */
export interface GlossaryExportEntry {
	id: string;
	term: string;
	abbreviation?: string;
	chinese?: string;
	aliases: string[];
	kind: string;
	definition: string;
	/** Absolute from the site's address (src/site/origin.ts); a path from the site's root when the build knows none. */
	url: string;
}

const entryUrl = (id: string, base: string, site: URL | undefined): string => addressOf(termHref(base, id), site);

export function exportEntry(t: CollectionEntry<'glossary'>, base: string, site: URL | undefined): GlossaryExportEntry {
	return {
		id: t.id,
		term: t.data.term,
		...(t.data.abbr && { abbreviation: t.data.abbr }),
		...(t.data.zh && { chinese: t.data.zh }),
		aliases: otherNamesForExport(t.data),
		kind: t.data.kind,
		definition: t.data.short,
		url: entryUrl(t.id, base, site),
	};
}

/** The glossary's name as a schema.org DefinedTermSet: "Glossary of chapter 5 and its analysis" (the site index's credits name the chapters). */
export const glossarySetName = (chapters: string) => `Glossary of ${chapters} and its analysis`;

/**
 * schema.org DefinedTermSet for the glossary index (JSON-LD). Its own URL and each term's come from
 * the site's address; with none known they are left out, since JSON-LD identifiers must be absolute.
 */
export function definedTermSet(entries: GlossaryExportEntry[], name: string, site: URL | undefined, url?: string) {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTermSet',
		name,
		...(site && url && { url }),
		hasDefinedTerm: entries.map((e) => ({
			'@type': 'DefinedTerm',
			...(site && { '@id': e.url }),
			name: e.term,
			...(e.abbreviation && { termCode: e.abbreviation }),
			alternateName: [...(e.chinese ? [e.chinese] : []), ...e.aliases],
			description: e.definition,
			...(site && { url: e.url }),
		})),
	};
}
