import type { CollectionEntry } from 'astro:content';
import { termHref } from '../site/urls';

/** One entry of /glossary.json: what another site or a spreadsheet needs to reuse the glossary. */
export interface GlossaryExportEntry {
	id: string;
	term: string;
	abbreviation?: string;
	chinese?: string;
	aliases: string[];
	kind: string;
	definition: string;
	url: string;
}

/** Absolute from the configured site (SITE_URL, or where `npm start` serves); a path only if none is set. */
function entryUrl(id: string, base: string, site: URL | undefined): string {
	const path = termHref(base, id);
	return site ? new URL(path, site).href : path;
}

export function exportEntry(t: CollectionEntry<'glossary'>, base: string, site: URL | undefined): GlossaryExportEntry {
	return {
		id: t.id,
		term: t.data.term,
		...(t.data.abbr && { abbreviation: t.data.abbr }),
		...(t.data.zh && { chinese: t.data.zh }),
		aliases: [...t.data.aliases, ...t.data.zhAliases],
		kind: t.data.kind,
		definition: t.data.short,
		url: entryUrl(t.id, base, site),
	};
}

/** schema.org DefinedTermSet for the glossary index (JSON-LD). */
export function definedTermSet(entries: GlossaryExportEntry[], name: string, url: string) {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTermSet',
		name,
		url,
		hasDefinedTerm: entries.map((e) => ({
			'@type': 'DefinedTerm',
			'@id': e.url,
			name: e.term,
			...(e.abbreviation && { termCode: e.abbreviation }),
			alternateName: [...(e.chinese ? [e.chinese] : []), ...e.aliases],
			description: e.definition,
			url: e.url,
		})),
	};
}
