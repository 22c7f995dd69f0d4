import { selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';

// What a Content-Security-Policy cannot promise on every host (GitHub Pages sends no headers),
// checked in the HTML itself: links to other sites get neither `window.opener` nor the page's
// address, and no markup runs script by itself (inline handlers, javascript: URLs).
// Each check returns one line per problem, naming the page and the element.

export interface HtmlPage {
	/** URL path of the page in the build ("/", "/glossary/cac/"). */
	path: string;
	tree: Root;
}

// Stands in for the site's own origin: relative links resolve to it, anything else is outbound.
const self = 'http://site.test';

const relTokens = (el: Element) => {
	const rel = el.properties.rel;
	return new Set((Array.isArray(rel) ? rel : String(rel ?? '').split(/\s+/)).map((t) => String(t).toLowerCase()));
};

/** The element's opening tag, reduced to the attributes that matter here, to find it in the page. */
const describe = (el: Element) => {
	const attrs = Object.entries(el.properties)
		.filter(([k]) => ['href', 'src', 'action', 'formAction', 'rel', 'target'].includes(k) || /^on/i.test(k))
		.map(([k, v]) => `${k}="${Array.isArray(v) ? v.join(' ') : String(v)}"`);
	return `<${[el.tagName, ...attrs].join(' ')}>`;
};

/** <a> and <area> to another origin without both rel="noopener" and rel="noreferrer". */
export function unsafeOutboundLinks({ path, tree }: HtmlPage): string[] {
	return selectAll('a[href], area[href]', tree).flatMap((el) => {
		let url: URL;
		try {
			url = new URL(String(el.properties.href), new URL(path, self));
		} catch {
			return [];
		}
		if (url.origin === self || !/^https?:$/.test(url.protocol)) return [];
		const rel = relTokens(el);
		const missing = ['noopener', 'noreferrer'].filter((t) => !rel.has(t));
		return missing.length > 0 ? [`${path}: ${describe(el)} lacks rel ${missing.join(' and ')}`] : [];
	});
}

/** Any on…= attribute (hast spells them onClick, onError, or as written when unknown). */
export function inlineHandlers({ path, tree }: HtmlPage): string[] {
	return selectAll('*', tree).flatMap((el) =>
		Object.keys(el.properties)
			.filter((key) => /^on/i.test(key))
			.map((key) => `${path}: ${describe(el)} has an inline event handler (${key})`),
	);
}

// hast property names of the attributes that take a URL a browser may navigate to or load.
const urlProperties = ['href', 'src', 'action', 'formAction', 'xLinkHref'];

/** href, src or action values that run script. Browsers skip control characters and spaces before the scheme. */
// eslint-disable-next-line no-control-regex -- browsers strip exactly these control characters before a URL's scheme
const LEADING_IGNORED = /[\u0000-\u0020]/g;

export function javascriptUrls({ path, tree }: HtmlPage): string[] {
	return selectAll('*', tree).flatMap((el) =>
		urlProperties
			.filter(
				(key) =>
					el.properties[key] != null && String(el.properties[key]).replace(LEADING_IGNORED, '').toLowerCase().startsWith('javascript:'),
			)
			.map((key) => `${path}: ${describe(el)} uses a javascript: URL (${key})`),
	);
}
