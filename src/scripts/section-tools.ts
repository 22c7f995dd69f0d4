/**
 * The tools only chapter section pages have, loaded by src/scripts/every-page.ts where a page has
 * notes: links that open the note or legend they point into.
 */
import { initOpenTarget } from './open-target';

export function initSectionTools(): void {
	initOpenTarget();
}
