/** Names and wording used across the site chrome. Content lives in content/, not here. */
export const site = {
	title: 'Governing Cybersecurity, Explained',
	tagline: 'An annotated guide to chapter 5 of the CAC’s 2023 book on China as a “cyber powerhouse”',
	licence: { text: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
