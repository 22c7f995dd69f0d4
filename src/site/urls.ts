/** Joins Astro's base ("/" or "/explainer/" or "/explainer") with a site path, keeping one slash. */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/^\/+/, '')}`;
}

/**
 * The absolute URL of a site path that already carries the base ("/explainer/glossary/"), or
 * undefined when the build knows no address of its own (src/site/origin.ts): whatever needs an
 * absolute URL is then left out (or falls back to the path, `absoluteUrl(path, site) ?? path`),
 * never written with a guessed one. The one place the site's addresses are made absolute.
 */
export const absoluteUrl = (path: string, site: URL | undefined): string | undefined => (site ? new URL(path, site).href : undefined);

/** A path's address to print or export: absolute when the build knows its address, else the path itself. */
export const addressOf = (path: string, site: URL | undefined): string => absoluteUrl(path, site) ?? path;

export const termHref = (base: string, id: string) => withBase(base, `glossary/${id}/`);
export const sectionHref = (base: string, id: string) => withBase(base, `${id}/`);

/** The anchor of a chapter page's group on /changes/, which the page's "Last updated" links to. */
export const changesAnchor = (sectionId: string) => `page-${sectionId.replace(/\//g, '-')}`;

/** The id inside a section page's legend ("How to read this page"), where every passage label links. */
export const LEGEND_ID = 'how-to-read';
/** The id of a section page's "In brief" heading (src/components/InBrief.astro): search lands there only where the body says no more. */
export const IN_BRIEF_ID = 'in-brief';
/** The whole chapter on one page, for printing (src/pages/[chapter]/print.astro). */
/** A chapter's printable page, as a site path without the base. */
export const chapterPrintPath = (chapterId: string) => `${chapterId}/print/`;
export const chapterPrintHref = (base: string, chapterId: string) => withBase(base, chapterPrintPath(chapterId));

/**
 * The Atom feed of /changes/ (src/pages/[feed].xml.ts), as an absolute address. Atom ids must be
 * absolute, so a build that knows no site address publishes no feed: then there is none to give,
 * and no page announces one.
 */
export const changesFeedUrl = (base: string, site: URL | undefined) => absoluteUrl(withBase(base, 'changes.xml'), site);

/** The id of a comparison table's nth source in the list under it ("cmp-1-source-3"), where the row's numbers link. */
export const comparisonSourceId = (table: string, n: number) => `${table}-source-${n}`;

/**
 * A web address as a reader of paper can read and type it: percent-escapes that spell letters of
 * another script (a page named in Chinese) shown as those letters, as a browser's address bar shows
 * them. For printed text only; links keep the address as written. Escapes of ASCII (a space, "/",
 * "?", "#", "%") and of invisible or layout characters stay escaped, so the address typed from the
 * page is the same address; a run of escapes that is not UTF-8 stays as it is.
 */
export function readableAddress(url: string): string {
	return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
		let text: string;
		try {
			text = decodeURIComponent(run);
		} catch {
			return run;
		}
		return [...text].map((c) => (c.codePointAt(0)! < 0x80 || /[\p{C}\p{Z}]/u.test(c) ? encodeURIComponent(c) : c)).join('');
	});
}

/** `readableAddress(url)` where it differs from the address as written, else undefined: what a link's data-address carries for paper to print instead of its href (print.css). */
export function readableAddressWhereDifferent(url: string): string | undefined {
	const readable = readableAddress(url);
	return readable !== url ? readable : undefined;
}
