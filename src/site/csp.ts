import { createHash } from 'node:crypto';
import { EVERY_PAGE_LOADER } from './every-page-loader';
import { THEME_INIT_SCRIPT } from './theme-init';

/**
 * The site's Content-Security-Policy, one source for both places it is delivered: the <meta> tag
 * on every page (BaseLayout; all GitHub Pages can do) and the `_headers` file that Netlify and
 * Cloudflare Pages send (written by the build from src/site/host-headers.ts).
 *
 * The site has no inline scripts but two fixed ones, so scripts need no 'unsafe-inline': 'self'
 * allows the bundled files, a hash each allows THEME_INIT_SCRIPT and EVERY_PAGE_LOADER (the
 * theme before the first paint, the every-page script after it), and 'wasm-unsafe-eval' lets
 * Pagefind compile its WebAssembly search engine (nothing else is eval'd). Styles are files only;
 * scripts that move a card set CSSOM properties, which CSP does not restrict. Nothing is fetched
 * from another host, so every source is 'self'.
 */
const scriptHashes = [THEME_INIT_SCRIPT, EVERY_PAGE_LOADER]
	.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`)
	.join(' ');

const directives: [string, string][] = [
	['default-src', "'self'"],
	['script-src', `'self' ${scriptHashes} 'wasm-unsafe-eval'`],
	['style-src', "'self'"],
	['img-src', "'self'"],
	['font-src', "'self'"],
	['connect-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
];

/** For <meta http-equiv>: browsers ignore frame-ancestors there and log an error if it is present. */
export const metaPolicy = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** For a response header, which can also refuse to let other sites frame the pages. */
export const headerPolicy = `${metaPolicy}; frame-ancestors 'none'`;
