/** What src/middleware.ts gives every page's components (Astro.locals). */
declare namespace App {
	interface Locals {
		/** The site's index, built once per build (src/data/site-index.ts). */
		siteIndex: import('./data/site-index').SiteIndex;
	}
}

/** The running foot of printed sheets, made at build time from content (src/integrations/running-foot.ts). */
declare module 'virtual:running-foot.css';
