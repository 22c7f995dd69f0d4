/**
 * Links the stylesheet at `href` and resolves once the browser has applied it, or at once when a
 * stylesheet the page already has sets the custom property `marker` on the root element (the same
 * rules, linked by the page's HTML). A stylesheet that fails to load resolves too: an unstyled form
 * still works. Lazy chunks cannot import CSS here (src/integrations/preload-helper.ts).
 */
export function stylesheetApplied(href: string, marker: string): Promise<void> {
	if (getComputedStyle(document.documentElement).getPropertyValue(marker)) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const applied = new Promise<void>((resolve) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => resolve(), { once: true });
	});
	document.head.append(link);
	return applied;
}
