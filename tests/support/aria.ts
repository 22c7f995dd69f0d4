import type { Locator } from 'playwright-core';

/**
 * The names of every node of one role in a part of the page, in order, as a screen reader lists
 * them: read from Playwright's ARIA snapshot, YAML in which a line with ": " in it is quoted, and a
 * node with children ends in ":".
 */
export async function heardNames(locator: Locator, role: string): Promise<string[]> {
	const tree = await locator.ariaSnapshot();
	return [...tree.matchAll(new RegExp(`^\\s*- '?${role} "(.*)"'?:?$`, 'gm'))].map((m) => m[1]!);
}
