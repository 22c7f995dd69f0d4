import { headerPolicy } from './csp';

type Headers = Record<string, string>;

/** On every response: a script or stylesheet served with the wrong type must not run. */
const everyResponse: Headers = { 'X-Content-Type-Options': 'nosniff' };

/**
 * What an HTML page needs. Browsers apply these to documents only: a script, a stylesheet, JSON or
 * a search index file ignores them. Sent there as well, they cost about 0.6 KB of headers on each
 * of a first search's dozen responses over HTTP/1.1 (HTTP/2 compresses repeats, but not the first).
 */
const documentHeaders: Headers = {
	'Content-Security-Policy': headerPolicy,
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Fingerprinted by the build (a new name for every change), so they can be kept for a year. */
const fingerprinted: Headers = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/**
 * The path patterns that cover the site's pages, from their paths ("/", "/404.html",
 * "/glossary/cac/"): a page at the top is its own rule, a folder with one page is that page
 * ("/about/", which Netlify also matches without its slash), and a folder of several is a wildcard
 * ("/glossary/*"). A wildcard also matches a file beside the folder with the same start
 * ("/glossary.json"): Netlify reads "/glossary/*" as "/glossary" and anything. One rule per folder
 * keeps the file far below Cloudflare Pages' limit of 100 rules.
 */
export function documentPaths(pagePaths: string[]): string[] {
	const pagesIn = new Map<string, number>();
	const paths: string[] = [];
	for (const path of pagePaths) {
		const folder = path.split('/')[1]!;
		if (!path.slice(1).includes('/')) paths.push(path);
		else pagesIn.set(folder, (pagesIn.get(folder) ?? 0) + 1);
	}
	for (const [folder, pages] of pagesIn) paths.push(pages === 1 ? `/${folder}/` : `/${folder}/*`);
	return paths.sort();
}

const block = (path: string, headers: Headers) =>
	[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** dist/_headers, which Netlify and Cloudflare Pages send (README "Deploying"), for these pages. */
export function headersFile(pagePaths: string[]): string {
	return `${[
		'# Response headers for Netlify and Cloudflare Pages, written by the build from src/site/host-headers.ts.\n' +
			'# GitHub Pages cannot send headers; the same policy, less frame-ancestors, is in every\n' +
			'# page\'s <meta http-equiv="content-security-policy">. Other hosts: README "Deploying".',
		block('/*', everyResponse),
		block('/_astro/*', fingerprinted),
		'# Every page: the headers a document needs.',
		...documentPaths(pagePaths).map((path) => block(path, documentHeaders)),
	].join('\n\n')}\n`;
}
