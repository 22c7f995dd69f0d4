/** What a page may tell src/components/PageMeta.astro beyond its title and description. */
export interface PageMetaOptions {
	/** Site path of the canonical URL, base included; defaults to the page's own path. */
	canonicalPath?: string;
	/** Keep the page out of search indexes and give it no canonical URL (the 404 page, served at any address). */
	noindex?: boolean;
	/**
	 * For a chapter section (SectionLayout passes it): Open Graph type "article" with its modified
	 * time, and schema.org Article JSON-LD based on the analysis. Other pages are "website".
	 */
	article?: { updated: Date };
	/** JSON-LD objects for this page, besides the Article of a section. */
	jsonLd?: Record<string, unknown>[];
}
