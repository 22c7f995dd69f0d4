/**
 * The one script every page loads: the theme button and the search opener, which only enhance
 * markup that works without JavaScript. Everything else loads when it is needed: the reading
 * tools where a page has them, search on first open. One entry script, rather than one per
 * component, keeps a chapter page at a handful of requests (budgets in bench/summary.md).
 */
import { initSearchOpener } from '../lib/search-opener';
import { initThemeToggle } from './theme-toggle';

initThemeToggle();
initSearchOpener();

if (document.querySelector('[data-cite-this], [data-term-cards-root], a.permalink')) {
	void import('./page-tools').then(({ initPageTools }) => initPageTools());
}
