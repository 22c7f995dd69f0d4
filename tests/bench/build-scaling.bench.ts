import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject, it } from 'vitest';
import { astroBuild } from './build-run';
import { saveRaw } from './raw-results';
import { report } from './report';
import { makeSyntheticProject } from './synthetic-project';

// The whole production build (content checks, term linking, pages, Pagefind) of a temporary
// project copy whose sections and glossary entries are multiplied: ×1 is the real content.
// If build cost is linear in content, time per page stays flat. SCALES=1,10 picks the scales.
const SCALES = (process.env.SCALES ?? '1,10,100').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1);

export interface ScalingRow {
	scale: number;
	sections: number;
	glossaryTerms: number;
	pages: number;
	buildMs: number;
	pagefindMs: number;
	msPerPage: number;
}

it('build scaling: sections and glossary × scale', async () => {
	const { runId } = inject('benchSite');
	const rows: ScalingRow[] = [];
	for (const scale of SCALES) {
		const project = makeSyntheticProject(scale);
		try {
			const b = await astroBuild(project.root, join(project.root, 'dist'));
			rows.push({ scale, sections: project.sections, glossaryTerms: project.glossaryTerms, pages: b.htmlPages, buildMs: b.buildMs, pagefindMs: b.pagefindMs, msPerPage: b.buildMs / b.htmlPages });
			console.log(`bench: ×${scale} built ${b.htmlPages} pages in ${(b.buildMs / 1000).toFixed(1)} s`);
		} finally {
			rmSync(project.root, { recursive: true, force: true });
		}
	}
	saveRaw('build-scaling', runId, rows);
	report(
		'build-scaling',
		'Build scaling (whole astro build of a project copy, content × scale)',
		rows.map((r) => ({
			scale: `×${r.scale}`,
			sections: r.sections,
			'glossary terms': r.glossaryTerms,
			pages: r.pages,
			'build s': (r.buildMs / 1000).toFixed(1),
			'Pagefind s': (r.pagefindMs / 1000).toFixed(1),
			'ms per page': r.msPerPage.toFixed(1),
		})),
	);
});
