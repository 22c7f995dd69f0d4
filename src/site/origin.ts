/**
 * The site's own address (its origin, "https://example.org"), which absolute URLs start with:
 * canonical links, Open Graph, JSON-LD, the sitemap, robots.txt, citations and printouts.
 * astro.config.mjs passes it to Astro as `site`; the tests on a build read it the same way.
 *
 * The first of these that is set wins (README, "Deploying"):
 *   1. SITE_URL, set by whoever builds: the GitHub Pages workflow, or by hand on any host;
 *   2. Netlify's URL: "the main address to your site", with its scheme (https://name.netlify.app,
 *      or the primary custom domain);
 *   3. Cloudflare Pages' CF_PAGES_URL: the URL of that one deployment (https://<hash>.<project>.pages.dev),
 *      which keeps working, though it is not the project's production address;
 *   4. Vercel's VERCEL_PROJECT_PRODUCTION_URL: the project's production domain, written without
 *      the scheme ("example.org"), so https:// is added.
 * With none of them (`npm start` on a laptop) the site has no known address: pages leave out
 * what needs one, and the browser fills in the address the reader is at. A local address is
 * never the default, so no build publishes one by accident.
 */

/** Where a build's origin came from. */
export type OriginSource = 'SITE_URL' | 'URL' | 'CF_PAGES_URL' | 'VERCEL_PROJECT_PRODUCTION_URL';

export interface SiteOrigin {
	/** The origin alone, without a trailing slash: "https://example.org". */
	url: string;
	/** The variable it came from, and the host that sets it, for the build's one line about it. */
	source: OriginSource;
	host: string;
}

export interface OriginResolution {
	origin?: SiteOrigin;
	/** Host variables that were set but could not be used, with why: said in the build output. */
	skipped: string[];
}

const hostVariables: { name: Exclude<OriginSource, 'SITE_URL'>; host: string; scheme?: string }[] = [
	{ name: 'URL', host: 'Netlify' },
	{ name: 'CF_PAGES_URL', host: 'Cloudflare Pages' },
	{ name: 'VERCEL_PROJECT_PRODUCTION_URL', host: 'Vercel', scheme: 'https://' },
];

/** 127.0.0.1, localhost and the like: an address only the machine that built the site can open. */
export function isLocalHost(hostname: string): boolean {
	const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1' || h === '0.0.0.0' || h === '::';
}

/** A web address's origin, or why it is not one. */
function parseOrigin(value: string): { url: URL } | { problem: string } {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return { problem: 'is not an absolute address' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `starts with ${url.protocol}, not https:` };
	return { url };
}

/**
 * The origin of a build from its environment variables, as the list at the top of this file says.
 * A malformed SITE_URL stops the build: it was set on purpose, so a typo must not go unnoticed.
 */
export function resolveOrigin(env: Record<string, string | undefined>): OriginResolution {
	const explicit = env.SITE_URL?.trim();
	if (explicit) {
		const parsed = parseOrigin(explicit);
		const fix = 'set it to the origin the site is served from, e.g. SITE_URL=https://example.org (a sub-path goes in SITE_BASE)';
		if ('problem' in parsed) throw new Error(`SITE_URL=${explicit} ${parsed.problem}: ${fix}`);
		if (parsed.url.pathname !== '/' || parsed.url.search || parsed.url.hash)
			throw new Error(`SITE_URL=${explicit} has a path: ${fix}, e.g. SITE_URL=https://example.org SITE_BASE=/explainer/`);
		return { origin: { url: parsed.url.origin, source: 'SITE_URL', host: 'SITE_URL' }, skipped: [] };
	}
	const skipped: string[] = [];
	for (const { name, host, scheme = '' } of hostVariables) {
		const value = env[name]?.trim();
		if (!value) continue;
		const parsed = parseOrigin(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `${scheme}${value}`);
		if ('problem' in parsed) skipped.push(`${name}=${value} (${host}) ${parsed.problem}`);
		else if (isLocalHost(parsed.url.hostname)) skipped.push(`${name}=${value} (${host}) is a local address`);
		else return { origin: { url: parsed.url.origin, source: name, host }, skipped };
	}
	return { skipped };
}

/** Astro's `site`: the origin, or undefined when none is known. */
export const siteUrl = (env: Record<string, string | undefined>): string | undefined => resolveOrigin(env).origin?.url;

/** The build's one line about its address, and whether it is a warning. */
export function originReport({ origin, skipped }: OriginResolution): { level: 'info' | 'warn'; message: string }[] {
	const lines: { level: 'info' | 'warn'; message: string }[] = skipped.map((s) => ({ level: 'warn', message: `ignored ${s}` }));
	if (!origin) {
		lines.push({
			level: 'warn',
			message:
				'no site address (SITE_URL, or the host’s URL, CF_PAGES_URL or VERCEL_PROJECT_PRODUCTION_URL): pages leave out ' +
				'canonical links, og:url, JSON-LD addresses, the sitemap and robots.txt’s Sitemap line, and name share images by path; ' +
				'“Cite this” and printouts use the address the reader is at. Set SITE_URL=https://<your domain> for a build you publish (README, “Deploying”).',
		});
	} else if (isLocalHost(new URL(origin.url).hostname)) {
		lines.push({
			level: 'warn',
			message: `site address ${origin.url} (from SITE_URL) is local: fine for a check on this machine, never publish this build`,
		});
	} else {
		const from = origin.source === 'SITE_URL' ? 'SITE_URL' : `${origin.host}’s ${origin.source}`;
		lines.push({ level: 'info', message: `site address ${origin.url} (from ${from})` });
	}
	return lines;
}
