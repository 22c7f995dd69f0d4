import { describe, expect, it } from 'vitest';
import { isLocalHost, originReport, resolveOrigin, siteUrl } from '../../src/site/origin';

// Which address a build takes as the site's own (src/site/origin.ts, README "Deploying"). The host
// variables are written as each host's documentation shows them: Netlify's URL and Cloudflare's
// CF_PAGES_URL with their scheme, Vercel's VERCEL_PROJECT_PRODUCTION_URL without.

const netlify = { NETLIFY: 'true', URL: 'https://explainer.netlify.app' };
const cloudflare = { CF_PAGES: '1', CF_PAGES_URL: 'https://0a1b2c3d.explainer.pages.dev' };
const vercel = { VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'explainer.example.org' };

describe('the site’s address', () => {
	it('has none when nothing says it, never a local default', () => {
		expect(resolveOrigin({})).toEqual({ skipped: [] });
		expect(siteUrl({})).toBeUndefined();
	});

	it('takes each host’s own build variable', () => {
		expect(resolveOrigin(netlify).origin).toEqual({ url: 'https://explainer.netlify.app', source: 'URL', host: 'Netlify' });
		expect(resolveOrigin(cloudflare).origin).toEqual({
			url: 'https://0a1b2c3d.explainer.pages.dev',
			source: 'CF_PAGES_URL',
			host: 'Cloudflare Pages',
		});
		// Vercel's has no scheme: the site is served over https.
		expect(resolveOrigin(vercel).origin).toEqual({
			url: 'https://explainer.example.org',
			source: 'VERCEL_PROJECT_PRODUCTION_URL',
			host: 'Vercel',
		});
	});

	it('lets SITE_URL win over every host variable, then Netlify, Cloudflare Pages, Vercel in that order', () => {
		expect(siteUrl({ ...netlify, ...cloudflare, ...vercel, SITE_URL: 'https://example.org' })).toBe('https://example.org');
		expect(siteUrl({ ...netlify, ...cloudflare, ...vercel })).toBe('https://explainer.netlify.app');
		expect(siteUrl({ ...cloudflare, ...vercel })).toBe('https://0a1b2c3d.explainer.pages.dev');
	});

	it('keeps the origin alone, without a trailing slash', () => {
		expect(siteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
		expect(siteUrl({ URL: 'https://www.example.org/' })).toBe('https://www.example.org');
	});

	it('never takes a local address from a host variable, and says why', () => {
		const local = resolveOrigin({ URL: 'http://localhost:8888', CF_PAGES_URL: 'http://127.0.0.1:8788' });
		expect(local.origin).toBeUndefined();
		expect(local.skipped).toEqual([
			'URL=http://localhost:8888 (Netlify) is a local address',
			'CF_PAGES_URL=http://127.0.0.1:8788 (Cloudflare Pages) is a local address',
		]);
		// …and goes on to the next variable that holds a real one.
		expect(siteUrl({ URL: 'http://localhost:8888', ...vercel })).toBe('https://explainer.example.org');
		expect(resolveOrigin({ URL: 'not an address' }).skipped).toEqual(['URL=not an address (Netlify) is not an absolute address']);
	});

	it('stops the build on a SITE_URL that is not an origin, saying how to write it', () => {
		expect(() => resolveOrigin({ SITE_URL: 'example.org' })).toThrow(
			/SITE_URL=example\.org is not an absolute address: set it to .*SITE_URL=https:\/\/example\.org/,
		);
		expect(() => resolveOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/starts with ftp:/);
		expect(() => resolveOrigin({ SITE_URL: 'https://example.org/explainer/' })).toThrow(/has a path: .*SITE_BASE=\/explainer\//);
	});

	it('knows local hosts in every spelling', () => {
		for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '0.0.0.0'])
			expect(isLocalHost(host), host).toBe(true);
		for (const host of ['example.org', '10.0.0.1', 'localhost.example.org']) expect(isLocalHost(host), host).toBe(false);
	});
});

describe('what the build says about its address', () => {
	it('names the address and where it came from', () => {
		expect(originReport(resolveOrigin(netlify))).toEqual([
			{ level: 'info', message: 'site address https://explainer.netlify.app (from Netlify’s URL)' },
		]);
		expect(originReport(resolveOrigin({ SITE_URL: 'https://example.org' }))).toEqual([
			{ level: 'info', message: 'site address https://example.org (from SITE_URL)' },
		]);
	});

	it('warns once when there is none, naming what is left out and the fix', () => {
		const [line, ...rest] = originReport(resolveOrigin({}));
		expect(rest).toEqual([]);
		expect(line!.level).toBe('warn');
		expect(line!.message).toMatch(
			/^no site address .*canonical links, og:url, JSON-LD addresses, the sitemap .*Set SITE_URL=https:\/\/<your domain>/,
		);
	});

	it('warns about a local SITE_URL, and about host variables it skipped', () => {
		expect(originReport(resolveOrigin({ SITE_URL: 'http://127.0.0.1:4321' }))[0]).toMatchObject({
			level: 'warn',
			message: expect.stringMatching(/is local/),
		});
		const report = originReport(resolveOrigin({ URL: 'http://localhost:8888' }));
		expect(report.map((l) => l.level)).toEqual(['warn', 'warn']);
		expect(report[0]!.message).toBe('ignored URL=http://localhost:8888 (Netlify) is a local address');
	});
});
