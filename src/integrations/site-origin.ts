import type { AstroIntegration } from 'astro';
import { originReport, type OriginResolution } from '../site/origin';

/**
 * Says once per build which address the site was built for and where it came from, or that it has
 * none and what that leaves out (src/site/origin.ts). A build for the wrong address is easy to
 * miss in a host's log, so the line is a warning whenever the address is missing or local.
 */
export function siteOriginReport(resolution: OriginResolution): AstroIntegration {
	return {
		name: 'explainer:site-origin',
		hooks: {
			'astro:build:start': ({ logger }) => {
				for (const { level, message } of originReport(resolution)) logger[level](message);
			},
		},
	};
}
