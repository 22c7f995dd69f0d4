import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// .github/workflows/pages.yml, read as GitHub reads it. A project site is served under
// /<repo>/: if an edit dropped SITE_BASE (or its trailing "/"), every link and asset would point
// at the host's root and the published site would break while every other test still passed.

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	needs?: string | string[];
	permissions?: Record<string, string>;
	environment?: { name: string; url?: string };
	steps: Step[];
}
interface Workflow {
	on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
	concurrency?: { group: string };
	jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8')) as Workflow;
const build = workflow.jobs.build!;
const deploy = workflow.jobs.deploy!;

const stepIndex = (job: Job, test: (s: Step) => boolean) => {
	const i = job.steps.findIndex(test);
	expect(i, 'step not found').toBeGreaterThanOrEqual(0);
	return i;
};
const action = (name: string) => (s: Step) => s.uses?.split('@')[0] === name;
const runs = (command: string) => (s: Step) => s.run?.trim() === command;

/** A value with `${{ steps.<id>.outputs.<key> }}` filled in from `outputs`, as Actions would. */
const evaluate = (value: string, id: string, outputs: Record<string, string>) =>
	value.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (_, step: string, key: string) => {
		expect(step).toBe(id);
		expect(outputs, `configure-pages has no output "${key}"`).toHaveProperty(key);
		return outputs[key]!;
	});

describe('GitHub Pages workflow (.github/workflows/pages.yml)', () => {
	it('runs on pushes to main and by hand, one deployment at a time', () => {
		expect(workflow.on.push?.branches).toContain('main');
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.concurrency?.group).toBeTruthy();
	});

	it('sets up Node from .nvmrc with the npm cache, then builds with npm ci and npm run build', () => {
		const node = build.steps[stepIndex(build, action('actions/setup-node'))]!;
		expect(node.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
		const install = stepIndex(build, runs('npm ci'));
		const buildStep = stepIndex(build, runs('npm run build'));
		expect(stepIndex(build, action('actions/checkout'))).toBeLessThan(install);
		expect(install).toBeLessThan(buildStep);
	});

	it('builds with SITE_BASE from configure-pages\' base_path plus "/", and SITE_URL from its origin', () => {
		const pages = build.steps[stepIndex(build, action('actions/configure-pages'))]!;
		expect(pages.id).toBeTruthy();
		const buildIndex = stepIndex(build, runs('npm run build'));
		expect(build.steps.indexOf(pages)).toBeLessThan(buildIndex);
		const env = build.steps[buildIndex]!.env ?? {};
		expect(env.SITE_BASE).toMatch(/\.outputs\.base_path\s*\}\}\/$/);
		expect(env.SITE_URL).toMatch(/\.outputs\.origin\s*\}\}$/);

		// What the build then gets, for a project site and for a user site or custom domain.
		const project = { base_path: '/explainer', origin: 'https://octocat.github.io' };
		expect(evaluate(env.SITE_BASE!, pages.id!, project)).toBe('/explainer/');
		expect(evaluate(env.SITE_URL!, pages.id!, project)).toBe('https://octocat.github.io');
		expect(evaluate(env.SITE_BASE!, pages.id!, { base_path: '', origin: 'https://example.org' })).toBe('/');
	});

	it('uploads dist/ after the build', () => {
		const upload = stepIndex(build, action('actions/upload-pages-artifact'));
		expect(build.steps[upload]!.with?.path).toMatch(/^(\.\/)?dist\/?$/);
		expect(stepIndex(build, runs('npm run build'))).toBeLessThan(upload);
	});

	it('deploys from a separate job with Pages and id-token write access, in the github-pages environment', () => {
		expect([deploy.needs].flat()).toContain('build');
		expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
		expect(deploy.environment?.name).toBe('github-pages');
		const step = deploy.steps[stepIndex(deploy, action('actions/deploy-pages'))]!;
		expect(deploy.environment?.url).toBe(`\${{ steps.${step.id}.outputs.page_url }}`);
	});
});
