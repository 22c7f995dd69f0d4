/**
 * The origin absolute URLs start with (canonical, Open Graph, JSON-LD, sitemap, robots.txt):
 * SITE_URL when set (README, "Deploying"); otherwise where `npm start` serves the build, so a
 * local build is self-consistent. Read by astro.config.mjs as `site`, and by the tests on dist/.
 */
export const defaultSiteUrl = 'http://127.0.0.1:4321';

export const siteUrl = (env: Record<string, string | undefined>) => env.SITE_URL || defaultSiteUrl;
