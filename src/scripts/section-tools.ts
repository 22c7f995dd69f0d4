/**
 * The tools only chapter section pages have, loaded by src/scripts/every-page.ts where a page has
 * notes or an "On this page" list, and started on loading: links that open the note or legend they
 * point into, and the list's current heading.
 */
import { initOpenTarget } from './open-target';
import { initPageContents } from './page-contents';

initOpenTarget();
initPageContents();
