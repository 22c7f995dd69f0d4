/**
 * The reading tools, loaded by src/scripts/every-page.ts as one file when a page has any of them,
 * and started on loading: permalinks and text-fragment links (chapter pages), term cards (every page
 * that links terms), and "Cite this". Each looks for its own markup and does nothing where it finds none.
 */
import { initCiteThis } from './cite-this';
import { initLinks } from './links';
import { initTermCards } from './term-cards';

initLinks();
initTermCards();
initCiteThis();
