import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroBuildIn, projectWithContent } from '../support/build';
import { contentWith } from './fixture';

// The real build path: `astro build` of a project whose content has one mistake. The checks of
// src/content/ run from astro.config.mjs before Astro starts; those of the Markdown plugins run as
// Astro compiles each page. Either way the build must stop and name the file, the line and a fix.

const section = 'sections/chapter-1/first.mdx';
const passage = '<Analysis>\n\nThe Test Agency enforces the Test Law.\n\n</Analysis>';

/** `astro build` of a copy of the project with this content; the copy is removed once it has run. */
async function buildWith(content: string): Promise<{ code: number; output: string }> {
	const project = projectWithContent(content);
	try {
		return await astroBuildIn(project);
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
}

describe('astro build of broken content', () => {
	it('stops before Astro starts on an unclosed <Book>, naming the file, the line and the fix', { timeout: 120_000 }, async () => {
		const { code, output } = await buildWith(
			contentWith([{ file: section, find: passage, replace: '<Book>\n\nThe Test Agency enforces the Test Law.\n' }]),
		);
		expect(code).not.toBe(0);
		expect(output).toContain('content/sections/chapter-1/first.mdx:14: MDX cannot be read: Expected a closing tag for `<Book>`');
		expect(output).toContain('fix: close it with </Book>');
	});

	it(
		'stops as Astro compiles a page whose two paragraphs open alike, naming the file, both lines and the fix',
		{ timeout: 180_000 },
		async () => {
			const twice =
				'<Analysis>\n\nThe Test Agency enforces the Test Law, says one line.\n\nThe Test Agency enforces the Test Law, says another.\n\n</Analysis>';
			const { code, output } = await buildWith(contentWith([{ file: section, find: passage, replace: twice }]));
			expect(code).not.toBe(0);
			expect(output).toContain('content/sections/chapter-1/first.mdx:18: this passage opens with the same words as the one at line 16');
			expect(output).toContain('fix: reword the opening of one of the two paragraphs');
			// Astro's own "Location:" line points there too, not at 0:0.
			expect(output).toMatch(/Location:\s+\S*content\/sections\/chapter-1\/first\.mdx:18:1/);
		},
	);

	it(
		'stops after the build on a link to an id no page has, in a page or in a chapter’s gist, naming the content file, the line and the fix',
		{ timeout: 180_000 },
		async () => {
			const link = '<Analysis>\n\nThe Test Agency enforces [the law](/chapter-1/second/#nowhere).\n\n</Analysis>';
			const gist = {
				file: 'book/chapters.yaml',
				find: '/chapter-1/second/#p-the-second-section-follows-the-first',
				replace: '/chapter-1/second/#p-gone',
			};
			const { code, output } = await buildWith(contentWith([{ file: section, find: passage, replace: link }, gist]));
			expect(code).not.toBe(0);
			expect(output).toContain('Content has 2 problems');
			expect(output).toContain(
				'content/sections/chapter-1/first.mdx:16 (link): "/chapter-1/second/#nowhere" leads nowhere: /chapter-1/second/ has no id "nowhere"',
			);
			// The home page shows the gist; the line is the point's link in content/book/chapters.yaml.
			expect(output).toContain(
				'content/book/chapters.yaml:17 (link): "/chapter-1/second/#p-gone" leads nowhere: /chapter-1/second/ has no id "p-gone"',
			);
			expect(output).toContain('list it in content/redirects.yaml');
		},
	);

	it(
		'names the line of content/redirects.yaml whose target is not on its page, and Astro’s location says so too',
		{ timeout: 180_000 },
		async () => {
			const edit = { file: 'redirects.yaml', find: "to: '#p-readers-who-follow-a-link-to'", replace: "to: '#p-nowhere'" };
			const { code, output } = await buildWith(contentWith([edit]));
			expect(code).not.toBe(0);
			expect(output).toContain('content/redirects.yaml:2 (to): "#p-nowhere" is not an id on /chapter-1/first/');
			// Not "first.mdx:0:0", the page that was compiling when the redirect was checked.
			expect(output).toMatch(/Location:\s+content\/redirects\.yaml:2:1/);
		},
	);

	it(
		'stops on a teaching kit whose answer leads to no paragraph, or whose exercise gives a passage the wrong voice, naming the kit’s lines',
		{ timeout: 180_000 },
		async () => {
			const kit = 'teach/chapter-1/first.yaml';
			const edits = [
				{
					file: kit,
					find: 'link: /chapter-1/first/#p-the-test-law-was-adopted-in',
					replace: 'link: /chapter-1/first/#p-the-test-law-was-passed-in',
				},
				// An analysis passage, declared to be this site's words.
				{ file: kit, find: 'voice: analysis', replace: 'voice: site' },
			];
			const { code, output } = await buildWith(contentWith(edits));
			expect(code).not.toBe(0);
			expect(output).toContain('Content has 2 problems');
			expect(output).toContain(
				'content/teach/chapter-1/first.yaml:12 (questions[1].link): "/chapter-1/first/#p-the-test-law-was-passed-in" leads nowhere: /chapter-1/first/ has no paragraph "p-the-test-law-was-passed-in"',
			);
			expect(output).toContain(
				'content/teach/chapter-1/first.yaml:23 (exercise[1].passage): the passage "p-the-analysis-expects-the-test-agency" (content/sections/chapter-1/first.mdx:44) is in a <Analysis> block ("The analysis"), so its voice is "analysis", not "site"',
			);
			expect(output).toContain('fix: write voice: analysis if that is what the exercise should teach');
			// Astro's location is the kit's line too, not the page that was compiling.
			expect(output).toMatch(/Location:\s+content\/teach\/chapter-1\/first\.yaml:12:1/);
		},
	);
});
