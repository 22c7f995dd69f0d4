import type { CollectionEntry } from 'astro:content';
import { definedTermSet, exportEntry } from './glossary-export';
import { absoluteUrl, withBase } from '../site/urls';

// schema.org JSON-LD for a glossary entry's <head> (DefinedTerm). A section's Article is
// src/site/article-json-ld.ts. Pure functions; the pages pass in collection entries.

/**
 * DefinedTerm for one glossary entry page, in the glossary named `setName` (glossarySetName). Built by glossary-export's definedTermSet, so the entry
 * page and the glossary index describe a term in exactly the same words; it points to that set
 * (the index) by URL.
 */
export function definedTermJsonLd(term: CollectionEntry<'glossary'>, base: string, site: URL | undefined, setName: string) {
	const indexUrl = absoluteUrl(withBase(base, 'glossary/'), site);
	const [definedTerm] = definedTermSet([exportEntry(term, base, site)], term.data.term, site).hasDefinedTerm;
	// Without an address, the set is named rather than pointed to.
	const set = indexUrl ?? { '@type': 'DefinedTermSet', name: setName };
	return { '@context': 'https://schema.org', ...definedTerm, inDefinedTermSet: set };
}
