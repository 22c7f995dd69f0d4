/**
 * The one script every page loads: the theme button and the search opener, which only enhance
 * markup that works without JavaScript. Everything else loads when it is needed: the reading
 * tools where a page has them, search on first open. One entry script, rather than one per
 * component, keeps a chapter page at a handful of requests (budgets in bench/summary.md).
 */
import { initSearchOpener } from './search-opener';
import { initThemeToggle } from './theme-toggle';

initThemeToggle();
initSearchOpener();

// The reading tools wait until the page has loaded and the browser is idle: none is needed to
// read, so their download and start-up never delay the first paint of the text.
if (document.querySelector('[data-cite-this], [data-term-cards], a.permalink')) {
	const start = () => void import('./reading-tools').then(({ initPageTools }) => initPageTools());
	const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1000 }) : setTimeout(start, 0));
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}
