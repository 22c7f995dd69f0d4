/**
 * One page of each kind the site has, measured by Lighthouse and given a no-JS reference.
 * `island`: the page has framework JavaScript of its own (README, "Where things live"): the term
 * cards on chapter pages and the search app on /search/. Every other page should need none,
 * though the header's search button and theme toggle ship a small script on every page.
 */
export const pageTypes = [
	{ type: 'home', path: '/', island: false },
	// The heaviest chapter page (three comparison tables, the most terms and notes), so the
	// section budgets hold for every chapter page if they hold here.
	{ type: 'section', path: '/chapter-5/systems-and-capacity-building/', island: true },
	{ type: 'glossary-entry', path: '/glossary/cac/', island: false },
	{ type: 'glossary-index', path: '/glossary/', island: false },
	{ type: 'timeline', path: '/timeline/', island: false },
	{ type: 'search', path: '/search/', island: true },
	{ type: 'map', path: '/map/', island: false },
] as const;

export type PageType = (typeof pageTypes)[number]['type'];

/** Where a page type's no-JavaScript reference copy is served from in the bench build. */
export const referencePath = (type: PageType) => `/bench-reference/${type}/`;
