import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { AstroIntegrationLogger } from 'astro';
import { reportChannel, reportHref, reportToFrom } from '../../src/site/report';
import { reportAddress } from '../../src/integrations/report-address';

const page = { title: 'Laying the Foundation for Cybersecurity', url: 'https://example.org/chapter-5/laying-the-foundation/' };

describe('where "Report an error on this page" sends readers', () => {
	it('takes a GitHub repository’s issues address, or an email address, and the issues address wins', () => {
		expect(reportToFrom({ SITE_ISSUES_URL: 'https://github.com/owner/repo/issues/' })).toBe('https://github.com/owner/repo/issues');
		expect(reportToFrom({ SITE_REPORT_EMAIL: 'errors@example.org' })).toBe('mailto:errors@example.org');
		expect(reportToFrom({ SITE_ISSUES_URL: 'https://git.example.org/o/r/issues', SITE_REPORT_EMAIL: 'errors@example.org' })).toBe(
			'https://git.example.org/o/r/issues',
		);
		// Empty values, as the workflow passes for a repository without issues, count as unset.
		expect(reportToFrom({ SITE_ISSUES_URL: '', SITE_REPORT_EMAIL: ' ' })).toBeUndefined();
		expect(reportToFrom({})).toBeUndefined();
	});

	it('refuses an address it cannot prefill, saying what to set instead', () => {
		expect(() => reportToFrom({ SITE_ISSUES_URL: 'https://github.com/owner/repo' })).toThrow(
			/SITE_ISSUES_URL .*issues address.*SITE_REPORT_EMAIL/,
		);
		expect(() => reportToFrom({ SITE_ISSUES_URL: 'http://github.com/owner/repo/issues' })).toThrow(/SITE_ISSUES_URL/);
		expect(() => reportToFrom({ SITE_REPORT_EMAIL: 'errors at example.org' })).toThrow(/SITE_REPORT_EMAIL .*not an email address/);
	});

	it('prefills a new issue with the page’s title, address and passage', () => {
		const href = new URL(reportHref('https://github.com/owner/repo/issues', { ...page, passage: 'p-the-cac-wants-industry-and' }));
		expect(`${href.origin}${href.pathname}`).toBe('https://github.com/owner/repo/issues/new');
		expect(href.searchParams.get('title')).toBe('Error on “Laying the Foundation for Cybersecurity”');
		expect(href.searchParams.get('body')).toContain(`Page: ${page.url}\nPassage: ${page.url}#p-the-cac-wants-industry-and\n`);
	});

	it('prefills an email with spaces and line breaks encoded as mail programs read them', () => {
		const href = reportHref('mailto:errors@example.org', page);
		expect(href.startsWith('mailto:errors@example.org?subject=Error%20on%20')).toBe(true);
		expect(href).not.toContain('+');
		expect(decodeURIComponent(href.split('&body=')[1]!)).toMatch(
			/^Page: https:\/\/example\.org\/chapter-5\/laying-the-foundation\/\n\nWhat is wrong:/,
		);
	});

	it('names the tracker, or the email address, for the About page to link', () => {
		expect(reportChannel('https://github.com/owner/repo/issues')).toEqual({
			kind: 'tracker',
			href: 'https://github.com/owner/repo/issues',
			text: 'issue tracker',
		});
		expect(reportChannel('mailto:errors@example.org')).toEqual({
			kind: 'email',
			href: 'mailto:errors@example.org',
			text: 'errors@example.org',
		});
	});

	it('says in the build log where reports go, and warns when they go nowhere', () => {
		const log = () => ({ info: vi.fn(), warn: vi.fn() });
		const run = (to: string | undefined, logger: ReturnType<typeof log>) =>
			(reportAddress(to).hooks['astro:build:start'] as (o: { logger: AstroIntegrationLogger }) => void)({
				logger: logger as unknown as AstroIntegrationLogger,
			});
		const none = log();
		run(undefined, none);
		expect(none.warn).toHaveBeenCalledWith(expect.stringMatching(/No address for error reports.*SITE_ISSUES_URL.*SITE_REPORT_EMAIL/));
		const some = log();
		run('https://github.com/owner/repo/issues', some);
		expect(some.info).toHaveBeenCalledWith(expect.stringContaining('a new issue at https://github.com/owner/repo/issues'));
		expect(some.warn).not.toHaveBeenCalled();
	});

	it('is the repository’s own issues in the GitHub Pages build, and only when it has them', () => {
		const workflow = parse(readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8')) as {
			jobs: { build: { steps: { run?: string; env?: Record<string, string> }[] } };
		};
		const build = workflow.jobs.build.steps.find((s) => s.run?.trim() === 'npm run build');
		expect(build?.env?.SITE_ISSUES_URL).toBe(
			"${{ github.event.repository.has_issues && format('{0}/{1}/issues', github.server_url, github.repository) || '' }}",
		);
	});
});
