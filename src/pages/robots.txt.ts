import type { APIRoute } from 'astro';

/**
 * robots.txt: everything may be crawled; the sitemap (@astrojs/sitemap, astro.config.mjs) is named
 * by its absolute URL, base included. Crawlers read robots.txt only at the root of a host, so a
 * build under a sub-path serves it at /explainer/robots.txt, where it is a template: the host's own
 * robots.txt should carry its Sitemap line (README, "Deploying").
 */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
