import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as <meta ... /> and scoped attributes it controls.
		'void-style': 'off',
		'no-trailing-whitespace': 'off',
		// Quotation marks come from <q>; typographic apostrophes are the site's style.
		'no-inline-style': 'error',
		// Every <title> ends with the site name and is never cut (src/layouts/BaseLayout.astro), so
		// titles of long law names run past the rule's 70 characters; browsers shorten them at the end.
		'long-title': 'off',
		// The timeline strip is a list of links drawn in SVG (src/components/TimelineStrip.astro),
		// where <ol> and <li> cannot go: its items are SVG groups with the listitem role.
		'prefer-native-element': ['error', { exclude: ['list', 'listitem'] }],
	},
});

describe('HTML of every built page', () => {
	requireDist();
	for (const { path, file } of htmlPages(distDir)) {
		it(`${path} has no validation errors`, async () => {
			// Astro emits one <style> for its <astro-island> element before the first island, wherever
			// that island sits in <body>; it is Astro's, not ours, so it is left out of the check.
			const html = readHtml(file).replace(/<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/, '');
			const report = await validator.validateString(html, file);
			const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
			expect(errors).toEqual([]);
		});
	}
});
