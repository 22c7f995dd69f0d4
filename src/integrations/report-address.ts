import type { AstroIntegration } from 'astro';
import type { ReportTo } from '../site/report';

/**
 * Says in the build's output where "Report an error on this page" sends readers, so a build made
 * without an address (src/site/report.ts) never goes out unnoticed: its pages offer no way to
 * report an error (and do not say why: that is for whoever builds them), and the log says how to
 * give them an address.
 */
export function reportAddress(reportTo: ReportTo | undefined): AstroIntegration {
	return {
		name: 'explainer:report',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (reportTo)
					logger.info(
						`"Report an error on this page" opens ${reportTo.startsWith('mailto:') ? 'an email to' : 'a new issue at'} ${reportTo.replace(/^mailto:/, '')}`,
					);
				else
					logger.warn(
						'No address for error reports: pages offer no way to report an error. Set SITE_ISSUES_URL (a GitHub repository\'s issues address) or SITE_REPORT_EMAIL to give one (README, "Reporting errors").',
					);
			},
		},
	};
}
