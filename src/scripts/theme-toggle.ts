/**
 * The header's theme button: cycles System → Light → Dark and remembers the choice on the device.
 * The button is hidden in the HTML, because without JavaScript the page simply follows the system
 * setting; THEME_INIT_SCRIPT (src/site/theme-init.ts) applies a saved choice before first paint.
 */
const order = ['system', 'light', 'dark'] as const;
type Theme = (typeof order)[number];

const read = (): Theme => {
	try {
		const saved = localStorage.getItem('theme');
		return saved === 'light' || saved === 'dark' ? saved : 'system';
	} catch {
		return 'system';
	}
};

export function initThemeToggle(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (!button) return;
	const apply = (theme: Theme) => {
		if (theme === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = theme;
		button.textContent = `Theme: ${theme[0]!.toUpperCase()}${theme.slice(1)}`;
	};
	button.hidden = false;
	apply(read());
	button.addEventListener('click', () => {
		const next = order[(order.indexOf(read()) + 1) % order.length]!;
		try {
			if (next === 'system') localStorage.removeItem('theme');
			else localStorage.setItem('theme', next);
		} catch {
			// Private windows may refuse storage; the choice then lasts for this page only.
		}
		apply(next);
	});
}
