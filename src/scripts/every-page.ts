/**
 * The one script every page loads, kept to what must work at once: the theme button and the search
 * opener, each only enhancing markup that works without JavaScript. It starts once the page is
 * loaded and painted (src/site/every-page-loader.ts), so the page paints as its copy without
 * JavaScript would. The rest loads where its markup is, when it is needed, so a page without
 * islands ships about 1 KB (issue 27's budget: 1.5 KB,
 * tests/build/page-weight.test.ts): search when the reader reaches for it; the phone menu's Escape
 * once it is open; what the page's address changes (src/scripts/page-address.ts) only where it
 * changes something; the reading tools where a page has them. One entry script, rather than one per
 * component, keeps a chapter page at a handful of requests (bench/summary.md).
 */
import { initSearchOpener } from './search-opener';
import { initThemeToggle } from './theme-toggle';

initThemeToggle();
initSearchOpener();

// The phone's Menu needs its script (Escape, a tap elsewhere closes it) only once it is open.
document.querySelector('[data-site-menu]')?.addEventListener('toggle', () => void import('./site-menu'), { once: true });

// At once where the build knew no address (a reader may print straight away) or the reader
// arrived at a passage; otherwise when the address gets one, or when a ¶ is pressed (src/scripts/reading-tools.ts).
const address = () => import('./page-address');
if (location.hash || document.querySelector('[data-site-address], [data-cite-path]')) void address();
else addEventListener('hashchange', address, { once: true });

// The reading tools wait until the page has loaded and the browser is idle: none is needed to
// read, so their download and start-up never delay the first paint of the text; and each tool's
// code waits for its first use (src/scripts/reading-tools.ts). Section pages also get their own
// small tools (notes, "On this page"), which no other page downloads.
const reading = document.querySelector('[data-cite-this], [data-term-cards], a.permalink');
const section = document.querySelector('[data-page-contents], .note');
const tools = [reading && (() => import('./reading-tools')), section && (() => import('./section-tools'))];
// The page's own loader starts this script after the load event (src/site/every-page-loader.ts), so
// they start at the next idle moment; were it ever started sooner, they still wait for the load.
// Safari has no requestIdleCallback: there they start straight away (from a task of their own).
const startTools = () =>
	('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(() => tools.forEach((load) => load && void load()));
if (document.readyState === 'complete') startTools();
else addEventListener('load', startTools, { once: true });
