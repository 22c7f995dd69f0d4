import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/urls';

/**
 * robots.txt: everything may be crawled; the sitemap (@astrojs/sitemap, astro.config.mjs) is named
 * by its absolute URL, base included. A build with no address of its own (src/site/origin.ts) has
 * no sitemap, so it names none. Crawlers read robots.txt only at the root of a host, so a build
 * under a sub-path serves it at /explainer/robots.txt, where it is a template: the host's own
 * robots.txt should carry its Sitemap line (README, "Deploying").
 */
export const GET: APIRoute = ({ site }) => {
	const address = absoluteUrl(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
	const sitemap = address ? `\nSitemap: ${address}\n` : '';
	return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
