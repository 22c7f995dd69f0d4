/**
 * One page of each kind the site has, measured by Lighthouse and given a no-JS reference.
 * `island`: the page has JavaScript of its own beyond the small script every page runs (the theme
 * button and the search opener): the search app on /search/, and the reading tools (term cards,
 * "Cite this", permalinks) on chapter pages, glossary entries and the timeline, whose small loader
 * comes once the page is idle and each tool's code on its first use. A page without islands ships at most 1.5 KB of JavaScript (issue 27).
 */
export const pageTypes = [
	{ type: 'home', path: '/', island: false },
	// The heaviest chapter page (three comparison tables, the most terms and notes), so the
	// section budgets hold for every chapter page if they hold here.
	{ type: 'section', path: '/chapter-5/systems-and-capacity-building/', island: true },
	{ type: 'glossary-entry', path: '/glossary/cac/', island: true },
	{ type: 'glossary-index', path: '/glossary/', island: false },
	{ type: 'timeline', path: '/timeline/', island: true },
	{ type: 'search', path: '/search/', island: true },
	{ type: 'map', path: '/map/', island: false },
] as const;

export type PageType = (typeof pageTypes)[number]['type'];

/** Where a page type's no-JavaScript reference copy is served from in the bench build. */
export const referencePath = (type: PageType) => `/bench-reference/${type}/`;
