import type { Credits } from './credits';
import { reportToFrom } from './report';

/**
 * Names and wording used across the site chrome, and the one setting a build takes from its
 * environment besides its address: where readers report errors (src/site/report.ts). Content lives
 * in content/, not here. Read at build time only: browser code gets what it needs from the HTML.
 */
export const site = {
	title: 'Governing Cybersecurity, Explained',
	/** "An annotated guide to chapter 5 of the CAC’s 2023 book on …": its facts from content (the site index's `tagline`). */
	tagline: ({ chapters, book }: Credits) => `An annotated guide to ${chapters} of ${book.compiler}’s ${book.year} book on ${book.subject}`,
	/**
	 * What every printed sheet says at its foot, beside its number: whose page it is, from content
	 * (print.css lays it out; src/integrations/running-foot.ts puts it there).
	 */
	runningFoot: ({ analysis, book }: Credits) =>
		`${site.title}: an independent explainer, not affiliated with ${analysis.publisherShort} or ${book.compiler}. Site text ${site.licence.text}.`,
	licence: {
		text: 'CC BY 4.0',
		name: 'Creative Commons Attribution 4.0 International',
		url: 'https://creativecommons.org/licenses/by/4.0/',
	},
	/** SITE_ISSUES_URL or SITE_REPORT_EMAIL, or undefined when the build was given neither. */
	reportTo: reportToFrom(process.env),
} as const;
