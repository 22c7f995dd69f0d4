/**
 * The one script every page loads: the theme button, the header menu, the search opener, the
 * report link and, where the build knew no address of its own, the reader's address in citations
 * and printouts; each only enhances markup that works without JavaScript. Everything else loads
 * when it is needed: the reading tools where a page has them, search on first open. One entry
 * script, rather than one per component, keeps a chapter page at a handful of requests (budgets
 * in bench/summary.md).
 */
import { initReportLink } from './report-link';
import { initSearchOpener } from './search-opener';
import { fillSiteAddresses } from './site-address';
import { initSiteMenu } from './site-menu';
import { initThemeToggle } from './theme-toggle';

initThemeToggle();
initSiteMenu();
initSearchOpener();
initReportLink();
// At once, not when idle: a reader may print the page straight away.
fillSiteAddresses();

// The reading tools wait until the page has loaded and the browser is idle: none is needed to
// read, so their download and start-up never delay the first paint of the text. Section pages
// also get their own small tools (notes, "On this page"), which no other page downloads.
const tools = [
	['[data-cite-this], [data-term-cards], a.permalink', () => import('./reading-tools').then(({ initPageTools }) => initPageTools())],
	['[data-page-contents], .note', () => import('./section-tools').then(({ initSectionTools }) => initSectionTools())],
] as const;
const needed = tools.filter(([selector]) => document.querySelector(selector));
if (needed.length > 0) {
	const start = () => needed.forEach(([, load]) => void load());
	const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1000 }) : setTimeout(start, 0));
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}
