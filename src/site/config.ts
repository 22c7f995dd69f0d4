import { reportToFrom } from './report';

/**
 * Names and wording used across the site chrome, and the one setting a build takes from its
 * environment besides its address: where readers report errors (src/site/report.ts). Content lives
 * in content/, not here. Read at build time only: browser code gets what it needs from the HTML.
 */
export const site = {
	title: 'Governing Cybersecurity, Explained',
	tagline: 'An annotated guide to chapter 5 of the CAC’s 2023 book on China as a “cyber powerhouse”',
	licence: {
		text: 'CC BY 4.0',
		name: 'Creative Commons Attribution 4.0 International',
		url: 'https://creativecommons.org/licenses/by/4.0/',
	},
	/** SITE_ISSUES_URL or SITE_REPORT_EMAIL, or undefined when the build was given neither. */
	reportTo: reportToFrom(process.env),
} as const;
