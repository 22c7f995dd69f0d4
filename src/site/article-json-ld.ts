import type { Source } from '../schemas/source';

// schema.org JSON-LD for <head>: Article for chapter sections, with the analysis they are based on
// (PageMeta.astro writes it). Pure functions. A glossary entry's DefinedTerm is src/data/structured-data.ts.

export interface SiteIdentity {
	name: string;
	/** Absolute URL of the home page; unknown when the build has no address. */
	url?: string;
	licence: string;
}

/** The work a section summarizes: the source of kind "analysis" in content/sources.yaml. */
export function basedOnJsonLd(source: Source) {
	return {
		'@type': 'Article',
		name: source.title,
		headline: source.title,
		// The analysis is credited to a named person; sources.yaml has one author string per work.
		...(source.author && { author: { '@type': 'Person', name: source.author } }),
		...(source.publisher && { publisher: { '@type': 'Organization', name: source.publisher } }),
		...(source.date && { datePublished: source.date.iso }),
		...(source.url && { url: source.url }),
		inLanguage: source.language,
	};
}

export interface ArticleFacts {
	headline: string;
	description: string;
	/** Canonical absolute URL; unknown when the build has no address. */
	url?: string;
	updated: Date;
	basedOn: Source;
}

export function articleJsonLd(article: ArticleFacts, site: SiteIdentity) {
	// The site credits no person: the site itself is author and publisher, as in "Cite this".
	const siteUrl = site.url ? { url: site.url } : {};
	const organization = { '@type': 'Organization', name: site.name, ...siteUrl };
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		...(article.url && { '@id': article.url }),
		headline: article.headline,
		description: article.description,
		...(article.url && { url: article.url, mainEntityOfPage: article.url }),
		dateModified: article.updated.toISOString().slice(0, 10),
		inLanguage: 'en',
		author: organization,
		publisher: organization,
		isPartOf: { '@type': 'WebSite', name: site.name, ...siteUrl },
		license: site.licence,
		isBasedOn: basedOnJsonLd(article.basedOn),
	};
}
