/**
 * "Report an error on this page": where reports go, and the prefilled report. The address comes from
 * the build's environment (read once, in src/site/config.ts), never from a guess:
 *
 * - SITE_ISSUES_URL: a GitHub (or GitHub Enterprise) repository's issues address,
 *   https://<host>/<owner>/<repo>/issues. The link opens a new issue, prefilled with its title and
 *   body (GitHub reads both from the address). .github/workflows/pages.yml sets it to the
 *   repository's own issues when the repository has them switched on.
 * - SITE_REPORT_EMAIL: an email address; the link opens a prefilled email.
 *
 * When both are set, SITE_ISSUES_URL wins: reports then stay public and in one place. When neither
 * is, pages offer no way to report and say nothing about it (a reader can do nothing with "this copy
 * takes no reports"); the build log says so instead (src/integrations/report-address.ts).
 */

/** Where reports go: "https://…/issues" or "mailto:someone@example.org". */
export type ReportTo = string;

export interface ReportedPage {
	/** The page's own title. */
	title: string;
	/** The page's address, without a fragment. */
	url: string;
	/** The id of the passage the reader came from or linked to, if any. */
	passage?: string;
}

const issuesPath = /^\/[^/]+\/[^/]+\/issues\/?$/;
const emailAddress = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** The reporting address a build was given, or undefined. Throws on an address it cannot use, naming the fix. */
export function reportToFrom(env: Record<string, string | undefined>): ReportTo | undefined {
	const issues = env.SITE_ISSUES_URL?.trim();
	const email = env.SITE_REPORT_EMAIL?.trim();
	if (issues) {
		const url = URL.parse(issues);
		if (!url || url.protocol !== 'https:' || !issuesPath.test(url.pathname) || url.search || url.hash)
			throw new Error(
				`SITE_ISSUES_URL is "${issues}", but it must be a GitHub repository's issues address, like ` +
					'https://github.com/<owner>/<repo>/issues. For another tracker, set SITE_REPORT_EMAIL instead, or leave both unset.',
			);
		return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
	}
	if (email) {
		if (!emailAddress.test(email))
			throw new Error(`SITE_REPORT_EMAIL is "${email}", which is not an email address like errors@example.org.`);
		return `mailto:${email}`;
	}
	return undefined;
}

/** The report's text: the page's address, the passage if any, and what the reader is asked for. */
export function reportBody(page: ReportedPage): string {
	return [
		`Page: ${page.url}`,
		...(page.passage ? [`Passage: ${page.url}#${page.passage}`] : []),
		'',
		'What is wrong:',
		'',
		'',
		'A source that shows it, if you have one:',
		'',
	].join('\n');
}

/** The link that opens a prefilled report about `page`. */
export function reportHref(to: ReportTo, page: ReportedPage): string {
	const title = `Error on “${page.title}”`;
	const body = reportBody(page);
	if (to.startsWith('mailto:')) {
		// RFC 6068: percent-encoding throughout; a "+" would reach the reader's email as a plus sign.
		return `${to}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
	}
	return `${to}/new?${new URLSearchParams({ title, body })}`;
}

/** Where the About page says reports go: the tracker or the email address, as a link. */
export function reportChannel(to: ReportTo): { kind: 'tracker' | 'email'; href: string; text: string } {
	if (to.startsWith('mailto:')) return { kind: 'email', href: to, text: to.slice('mailto:'.length) };
	return { kind: 'tracker', href: to, text: 'issue tracker' };
}
