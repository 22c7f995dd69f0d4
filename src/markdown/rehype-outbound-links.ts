import type { Element } from 'hast';
import rehypeExternalLinks, { type Options } from 'rehype-external-links';

/** The link types every link to another site must carry. */
const outboundRel = ['noopener', 'noreferrer'] as const;

/**
 * A link's existing rel tokens plus noopener and noreferrer. rehype-external-links replaces rel
 * outright, which would drop tokens an author chose ("license", "external"); this keeps them.
 * noopener: the other site never gets `window.opener` (even if a target is added later);
 * noreferrer: it is not told which page of the explainer a reader came from. No "nofollow"
 * (the plugin's default): these are the sources the site cites and vouches for.
 */
export function outboundLinkRel(link: Element): string[] {
	// hast types rel as a list; a plugin that set it as a string is read too.
	const rel: unknown = link.properties.rel;
	const existing = (Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : []).filter(Boolean);
	return [...new Set([...existing, ...outboundRel])];
}

/**
 * rehype-external-links, configured for this site: every http(s) or protocol-relative link in
 * Markdown and MDX content gets `outboundLinkRel`. Use as one entry of `rehypePlugins`.
 * (Links written as JSX in MDX, `<a href>`, are not hast elements and pass untouched;
 * tests/build/security.test.ts catches those in the build.)
 */
export const rehypeOutboundLinks: [typeof rehypeExternalLinks, Options] = [rehypeExternalLinks, { rel: outboundLinkRel }];
