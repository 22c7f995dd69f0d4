/**
 * The header's theme button. Each press visibly changes the page until it comes back to the
 * system setting: from System it switches to the other scheme (dark on a light phone), then to the
 * system's own scheme as a fixed choice (so an automatic dark mode at night no longer changes it),
 * then back to System. The button is named by what the next press does ("Use dark theme").
 * The choice is kept on the device; THEME_INIT_SCRIPT (src/site/theme-init.ts) applies it before
 * first paint. The button is hidden in the HTML: without JavaScript the page follows the system.
 */
type Scheme = 'light' | 'dark';
type Choice = Scheme | 'system';

const labels: Record<Choice, string> = { light: 'Use light theme', dark: 'Use dark theme', system: 'Use system theme' };
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const systemScheme = (): Scheme => (systemDark.matches ? 'dark' : 'light');

const read = (): Choice => {
	try {
		const saved = localStorage.getItem('theme');
		return saved === 'light' || saved === 'dark' ? saved : 'system';
	} catch {
		return 'system';
	}
};

/** System → the other scheme → the system's scheme, chosen → System. */
export function nextChoice(current: Choice, system: Scheme): Choice {
	const other: Scheme = system === 'dark' ? 'light' : 'dark';
	if (current === 'system') return other;
	if (current === other) return system;
	return 'system';
}

export function initThemeToggle(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (!button) return;
	let current = read();
	const show = () => {
		if (current === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = current;
		button.textContent = labels[nextChoice(current, systemScheme())];
	};
	button.hidden = false;
	show();
	button.addEventListener('click', () => {
		current = nextChoice(current, systemScheme());
		try {
			if (current === 'system') localStorage.removeItem('theme');
			else localStorage.setItem('theme', current);
		} catch {
			// Private windows may refuse storage; the choice then lasts for this page only.
		}
		show();
	});
	// The system can switch scheme while the page is open (automatic dark mode at night).
	systemDark.addEventListener('change', show);
}
