import type { APIRoute } from 'astro';

/**
 * robots.txt: everything may be crawled; the sitemap (@astrojs/sitemap, astro.config.mjs) is named
 * by its absolute URL, base included. A build with no address of its own (src/site/origin.ts) has
 * no sitemap, so it names none. Crawlers read robots.txt only at the root of a host, so a build
 * under a sub-path serves it at /explainer/robots.txt, where it is a template: the host's own
 * robots.txt should carry its Sitemap line (README, "Deploying").
 */
export const GET: APIRoute = ({ site }) => {
	const sitemap = site ? `\nSitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href}\n` : '';
	return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
