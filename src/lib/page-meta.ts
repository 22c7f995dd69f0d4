/** What a page may tell src/components/PageMeta.astro beyond its title and description. */
export interface PageMetaOptions {
	/** Site path of the canonical URL, base included; defaults to the page's own path. */
	canonicalPath?: string;
	/** Keep the page out of search indexes and give it no canonical URL (the 404 page, served at any address). */
	noindex?: boolean;
	/** Open Graph type. PageMeta recognises chapter sections and makes them "article" without being told. */
	type?: 'article' | 'website';
	/** JSON-LD objects for this page, besides the Article of a section. */
	jsonLd?: Record<string, unknown>[];
}
