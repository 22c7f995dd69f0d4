import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Lighthouse also runs this rule, which axe counts as experimental and leaves off unless asked: a
 * control's visible text must be part of its name (WCAG 2.5.3, Label in Name). A word joiner in each
 * ¶ link once broke it on every section page.
 */
const labelInName = { 'label-content-name-mismatch': { enabled: true } };

/** The axe rules whose outcome depends on the colours a scheme paints: text contrast, and links told from text. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe's WCAG A and AA violations on the page as it is now, one line each. Both colour schemes
 * paint the same document (only `prefers-color-scheme` styles differ), so light is checked
 * against every rule and dark against the colour rules: about half of axe's time on a page, which
 * the rest would spend finding the same names, roles and landmarks again.
 *
 * Two settings cut axe's own overhead, which was half its time on a small page and more than half
 * on the printable chapter (40 s of the two schemes, 16 s with them), and find the same violations:
 * - axe runs in the page itself (`setLegacyMode`), not in parts per frame that a blank page it opens
 *   then joins (which costs a new page and a second copy of axe each time). That way only frames
 *   from another origin go unchecked, and the site can have none: its policy allows nothing but
 *   'self' (src/site/csp.ts). Frames from the site itself are still checked.
 * - Only violations are gathered in full (`resultTypes`): axe still runs every rule on every
 *   element, but no longer builds a selector for each of the thousands of elements that pass.
 */
export async function axeViolations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
	const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'], rules: labelInName }).setLegacyMode();
	const results = await (colorScheme === 'light' ? axe.withTags(wcagTags) : axe.withRules(colourRules)).analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join(', ')}`,
	);
}
