/**
 * The header's theme button. Each press visibly changes the page until it comes back to the
 * system setting: from System it switches to the other scheme (dark on a light phone), then to the
 * system's own scheme as a fixed choice (so an automatic dark mode at night no longer changes it),
 * then back to System. The button is named by what the next press does ("Use dark theme").
 * The choice is kept on the device; THEME_INIT_SCRIPT (src/site/theme-init.ts) applies it before
 * first paint, so the page's data-theme is where this reads it. The button is hidden in the HTML:
 * without JavaScript the page follows the system. Every page runs this: it is kept short.
 */
type Scheme = 'light' | 'dark';
type Choice = Scheme | 'system';

/** System → the other scheme → the system's scheme, chosen → System. */
export function nextChoice(current: Choice, system: Scheme): Choice {
	const other: Scheme = system === 'dark' ? 'light' : 'dark';
	return current === 'system' ? other : current === other ? system : 'system';
}

export function initThemeToggle(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (!button) return;
	const root = document.documentElement.dataset;
	const systemDark = matchMedia('(prefers-color-scheme: dark)');
	const next = () => nextChoice((root.theme as Scheme | undefined) ?? 'system', systemDark.matches ? 'dark' : 'light');
	const show = () => (button.textContent = `Use ${next()} theme`);
	button.hidden = false;
	show();
	button.addEventListener('click', () => {
		const choice = next();
		if (choice === 'system') delete root.theme;
		else root.theme = choice;
		try {
			if (choice === 'system') localStorage.removeItem('theme');
			else localStorage.setItem('theme', choice);
		} catch {
			// Private windows may refuse storage; the choice then lasts for this page only.
		}
		show();
	});
	// The system can switch scheme while the page is open (automatic dark mode at night).
	systemDark.addEventListener('change', show);
}
