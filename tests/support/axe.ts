import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The axe rules whose outcome depends on the colours a scheme paints: text contrast, and links told from text. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe's WCAG A and AA violations on the page as it is now, one line each. Both colour schemes
 * paint the same document (only `prefers-color-scheme` styles differ), so light is checked
 * against every rule and dark against the colour rules: about half of axe's time on a page, which
 * the rest would spend finding the same names, roles and landmarks again.
 */
export async function axeViolations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
	const axe = new AxeBuilder({ page });
	const results = await (colorScheme === 'light' ? axe.withTags(wcagTags) : axe.withRules(colourRules)).analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join(', ')}`,
	);
}
