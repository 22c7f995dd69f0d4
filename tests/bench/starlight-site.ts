import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { matches, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { site } from '../../src/site/config';
import { buildEnv } from '../support/build';
import { projectRoot } from './build-run';
import { pageTypes } from './pages';

/**
 * The side-by-side of issue 27: a stock Starlight site with the same text as this one, built from
 * the bench build's own pages (so facts, notes and tables read as a reader gets them), at the same
 * paths. Starlight, and the converters it needs, are installed into a folder of their own under the
 * system's temporary folder, never into this project: with the same Astro as this project and the
 * same Pagefind (an npm override), so the comparison is of the sites, not of their tools. The folder
 * is kept between runs, named by those versions; delete it to install afresh.
 */
export const STARLIGHT_VERSION = '0.42.6';
/** Page types Starlight has an equivalent of: its search lives in every page, and it has no timeline or map. */
export const starlightTypes = ['home', 'section', 'glossary-entry', 'glossary-index'] as const;

const versionOf = (pkg: string) => (JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

function run(command: string, args: string[], cwd: string): Promise<string> {
	return new Promise((resolve, reject) =>
		execFile(command, args, { cwd, env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
			error ? reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${(stderr || stdout).slice(-4000)}`)) : resolve(`${stdout}\n${stderr}`),
		),
	);
}

/** An ES module from the Starlight folder's node_modules (not this project's). */
async function importFrom<T>(dir: string, pkg: string): Promise<T> {
	const pkgDir = join(dir, 'node_modules', pkg);
	const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { exports?: unknown; main?: string };
	const entry = (e: unknown): string | undefined =>
		typeof e === 'string' ? e : e && typeof e === 'object' ? entry((e as Record<string, unknown>)['.'] ?? (e as Record<string, unknown>).import ?? (e as Record<string, unknown>).default) : undefined;
	return (await import(pathToFileURL(join(pkgDir, entry(manifest.exports) ?? manifest.main ?? 'index.js')).href)) as T;
}

/** Installs Starlight once per set of versions; returns its folder. */
async function install(): Promise<string> {
	const astro = versionOf('astro');
	const pagefind = versionOf('pagefind');
	const dir = join(tmpdir(), `bench-starlight-${STARLIGHT_VERSION}-astro-${astro}-pagefind-${pagefind}`);
	if (existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) return dir;
	mkdirSync(dir, { recursive: true });
	const manifest = {
		name: 'bench-starlight',
		private: true,
		type: 'module',
		dependencies: {
			astro,
			'@astrojs/starlight': STARLIGHT_VERSION,
			// For the conversion of this site's HTML to Markdown (hast → mdast → GitHub-flavoured Markdown).
			'hast-util-to-mdast': '^10.1.2',
			'mdast-util-to-markdown': '^2.1.2',
			'mdast-util-gfm': '^3.1.0',
		},
		overrides: { pagefind },
	};
	writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
	console.log(`bench: installing Starlight ${STARLIGHT_VERSION} with Astro ${astro} and Pagefind ${pagefind} into ${dir} …`);
	await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
	return dir;
}

/** Reader-facing chrome of this site that Starlight has its own of, or that shows nothing on screen. */
const dropped = [
	'script',
	'style',
	'template',
	'button',
	'[hidden]',
	'.visually-hidden',
	'.print-only',
	'.term-cards',
	'.cite-this',
	'a.permalink',
	'.anchor-alias',
	'.page-contents',
	'.legend',
	'.pager',
	'.chapter-print-link',
	'.source-list-more',
	'svg',
].join(', ');

/** A page's own content (its <main>, less its title and what Starlight provides itself) as hast. */
function contentOf(html: string): { title: string; description: string; body: Root } {
	const tree = fromHtml(html);
	const main = select('main', tree);
	if (!main) throw new Error('a page without <main>');
	const title = toString(select('h1', main) ?? { type: 'text', value: '' }).trim();
	const description = String(select('meta[name=description]', tree)?.properties.content ?? '');
	// Starlight prints the title as the page's <h1> itself.
	const prune = (node: Element | Root) => {
		node.children = node.children.filter((child: RootContent) => {
			if (child.type !== 'element') return child.type === 'text';
			if (child.tagName === 'h1' || matches(dropped, child)) return false;
			prune(child);
			return true;
		}) as typeof node.children;
	};
	const body: Root = { type: 'root', children: [main] };
	prune(body);
	return { title, description, body };
}

/** The bench build's pages Starlight gets: the home page, every section and every glossary page, by path. */
function pagesToConvert(dist: string): string[] {
	const chapterDirs = readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory() && /^chapter-\d+$/.test(d.name));
	const sections = chapterDirs.flatMap((c) =>
		readdirSync(join(dist, c.name), { withFileTypes: true })
			.filter((d) => d.isDirectory() && d.name !== 'print')
			.map((d) => `/${c.name}/${d.name}/`),
	);
	const glossary = readdirSync(join(dist, 'glossary'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => `/glossary/${d.name}/`);
	return ['/', '/glossary/', ...sections, ...glossary];
}

const yamlString = (s: string) => JSON.stringify(s);

export interface StarlightSite {
	dir: string;
	version: string;
	pages: number;
	buildMs: number;
}

/**
 * Installs Starlight (once), converts the bench build at `dist` to Markdown pages at the same paths
 * (tables as Markdown tables) and builds them; returns the Starlight build's folder.
 */
export async function buildStarlightSite(dist: string): Promise<StarlightSite> {
	const dir = await install();
	// Typed here by what is used: the packages are the Starlight folder's, not this project's.
	const { toMdast } = await importFrom<{ toMdast: (tree: Root) => MdastRoot }>(dir, 'hast-util-to-mdast');
	const { toMarkdown } = await importFrom<{ toMarkdown: (tree: MdastRoot, options: { extensions: unknown[] }) => string }>(dir, 'mdast-util-to-markdown');
	const { gfmToMarkdown } = await importFrom<{ gfmToMarkdown: () => unknown }>(dir, 'mdast-util-gfm');

	const docs = join(dir, 'src/content/docs');
	rmSync(join(dir, 'src'), { recursive: true, force: true });
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	const paths = pagesToConvert(dist);
	for (const path of paths) {
		const { title, description, body } = contentOf(readFileSync(join(dist, path, 'index.html'), 'utf8'));
		const markdown = toMarkdown(toMdast(body), { extensions: [gfmToMarkdown()] });
		const file = path === '/' ? join(docs, 'index.md') : path.endsWith('/glossary/') ? join(docs, 'glossary/index.md') : join(docs, `${path.slice(1, -1)}.md`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\n---\n\n${markdown}`);
	}
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	// A stock configuration: the chapter's sections and the glossary in the sidebar, the glossary folded.
	const chapters = [...new Set(paths.map((p) => /^\/(chapter-\d+)\//.exec(p)?.[1]).filter(Boolean))];
	const sidebar = [
		...chapters.map((c) => ({ label: c!.replace('chapter-', 'Chapter '), items: [{ autogenerate: { directory: c } }] })),
		{ label: 'Glossary', collapsed: true, items: [{ autogenerate: { directory: 'glossary' } }] },
	];
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: ${yamlString(site.title)}, sidebar: ${JSON.stringify(sidebar)} })] });\n`,
	);
	const started = performance.now();
	await run(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], dir);
	const buildMs = performance.now() - started;
	for (const type of starlightTypes) {
		const path = pageTypes.find((p) => p.type === type)!.path;
		if (!existsSync(join(dir, 'dist', path, 'index.html'))) throw new Error(`The Starlight build has no ${path} (${type})`);
	}
	return { dir: join(dir, 'dist'), version: STARLIGHT_VERSION, pages: paths.length, buildMs };
}
