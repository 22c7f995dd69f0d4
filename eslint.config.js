// @ts-check
import js from '@eslint/js';
import { configs as astroConfigs } from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { configs as tsConfigs } from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * The house rules that keep data flowing one way (README.md, "Where things live"): each folder of
 * src/ is a layer and may import only from the layers below it, browser code never reaches for
 * build-time modules or Node, and no two modules import each other, however indirectly.
 *
 * Layers, lowest first. A folder may import from its own layer and any lower one.
 */
const layers = [
	['schemas'], // zod shapes of content/
	['site'], // config, URLs, CSP, labels, dates: no content, no DOM
	['content', 'glossary', 'citations', 'search'], // reading content/, term matching, citations, search logic
	['markdown', 'drawing'], // rehype plugins; layouts drawn at build time (the map, the timeline strip, a chapter's picture)
	['data', 'integrations'], // astro:content access for pages; build hooks
	['islands', 'scripts'], // browser: Preact islands and plain scripts
	['components', 'layouts', 'pages'], // static HTML
];

/** Code that runs in the reader's browser (or in both places), so never Node or astro:content. */
const browserCode = ['src/scripts/**', 'src/islands/**', 'src/search/**', 'src/citations/**'];

/** @param {string} name */
const folder = (name) => `./src/${name}`;
const upwardZones = layers.slice(0, -1).flatMap((layer, i) =>
	layer.map((name) => ({
		target: folder(name),
		from: layers
			.slice(i + 1)
			.flat()
			.map(folder),
		message: `src/${name}/ sits below that folder in the data flow (eslint.config.js, "layers"): move the shared code down instead.`,
	})),
);

/**
 * Components and layouts render what they are given: a page looks facts up in the site index
 * (src/data/site-index.ts) and passes them as props, and what no page renders with props (MDX
 * components, the header, head metadata) reads the same index from Astro.locals.siteIndex.
 */
const renderOnlyZones = ['components', 'layouts'].map((name) => ({
	target: folder(name),
	from: folder('data'),
	message: `src/${name}/ renders props and imports nothing from src/data/: let the page look it up in the site index (src/data/site-index.ts, siteIndex()) and pass it as a prop, or read Astro.locals.siteIndex where no page renders the component (see src/middleware.ts); a shape it needs goes in a lower layer (src/glossary/term-card.ts, src/site/kit-items.ts).`,
}));

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.output/', 'bench/'] },
	js.configs.recommended,
	...tsConfigs.recommended,
	...astroConfigs['flat/recommended'],
	importX.flatConfigs.recommended,
	importX.flatConfigs.typescript,
	{
		languageOptions: { globals: { ...globals.node }, ecmaVersion: 'latest', sourceType: 'module' },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver()],
			// Virtual modules Astro provides at build time.
			'import-x/core-modules': ['astro:content', 'astro:middleware'],
		},
		rules: {
			// ignoreExternal: a cycle needs our own modules, and not following packages halves the lint's time.
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
			'import-x/no-restricted-paths': ['error', { zones: [...upwardZones, ...renderOnlyZones] }],
			// One rule for packages: whatever src/ or the Astro config imports (at build time or in the
			// browser, types included) is a dependency; what only tests and tooling import is a devDependency.
			'import-x/no-extraneous-dependencies': [
				'error',
				{ devDependencies: ['tests/**', 'eslint.config.js', '*.config.{js,mjs,ts}'], includeTypes: true },
			],
			// Type-only imports of these packages resolve through their "types" entries; virtual: modules
			// are made at build time by this project's Vite plugins (src/integrations/running-foot.ts).
			'import-x/no-unresolved': ['error', { ignore: ['^astro:', '^hast$', '^virtual:'] }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['astro.config.mjs'],
		// The config runs at build time, like src/content and src/markdown, so its imports are dependencies.
		rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: false, includeTypes: true }] },
	},
	{
		files: browserCode,
		languageOptions: { globals: { ...globals.browser } },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['node:*'], message: 'Browser code cannot use Node modules; do this at build time and pass the result in the page.' },
						{ group: ['astro:*'], message: 'Browser code cannot read collections; pages pass what it needs in their HTML.' },
						{ group: ['**/site/csp'], message: 'The CSP module hashes with node:crypto at build time.' },
						{
							group: ['**/site/config'],
							message: 'The site config reads the build environment; pages pass what browser code needs in their HTML.',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// One way in: a page reads the content's ordered lists (sections, chapters, glossary A–Z, the
		// timeline, the book) from the site index, which reads them once per build.
		files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/data/collections'],
							importNames: ['sectionsInOrder', 'glossaryAlphabetical', 'timelineInOrder', 'theBook', 'chaptersInOrder'],
							message: 'Read the ordered lists from the site index (src/data/site-index.ts): `const index = await siteIndex();`.',
						},
					],
				},
			],
		},
	},
);
