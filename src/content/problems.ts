/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface Problem {
	/** Path relative to the project root, e.g. "content/glossary/mlps.md". */
	file: string;
	/** 1-based line, or 0 when the problem concerns the whole file. */
	line: number;
	/** The field or component attribute at fault, e.g. "sources[1]". */
	field?: string;
	message: string;
	/** What to do about it. */
	fix: string;
}

export function formatProblem(p: Problem): string {
	const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
	const field = p.field ? ` (${p.field})` : '';
	return `${where}${field}: ${p.message}\n    fix: ${p.fix}`;
}

/** Problems a message lists in full; past these, an editor fixes the first ones and builds again. */
const SHOWN = 30;

/** Thrown when content is wrong; its message lists the problems, one per paragraph (the first 30). */
export class ContentError extends Error {
	readonly problems: Problem[];
	/** Where Astro's MDX compiler says the error is ("Location: file:line:column"), when it is in the file being compiled. */
	readonly line?: number;
	readonly column?: number;
	/**
	 * `compiling`: the file a Markdown plugin was compiling when it found the problems. When they all
	 * lie in it, the error carries their first line, which Astro then shows as the location instead of 0:0.
	 */
	constructor(problems: Problem[], compiling?: string) {
		const plural = problems.length === 1 ? 'problem' : 'problems';
		const rest = problems.length - SHOWN;
		const more = rest > 0 ? `\n\n…and ${rest} more. Fix the ones above and build again.` : '';
		super(`Content has ${problems.length} ${plural}:\n\n${problems.slice(0, SHOWN).map(formatProblem).join('\n\n')}${more}\n`);
		this.name = 'ContentError';
		this.problems = problems;
		if (compiling && problems.length > 0 && problems.every((p) => p.file === compiling && p.line > 0)) {
			this.line = problems[0]!.line;
			this.column = 1;
		} else if (compiling && problems.length > 0 && problems.every((p) => p.file === problems[0]!.file && p.line > 0)) {
			// The problems lie in another file (a redirect in content/redirects.yaml found while a page
			// compiles). Astro's MDX plugin sets `loc` to the page being compiled, which would print
			// "Location: page.mdx:0:0"; this keeps the location on the file and line at fault.
			const loc = { file: problems[0]!.file, line: problems[0]!.line, column: 1 };
			Object.defineProperty(this, 'loc', { get: () => loc, set: () => {}, enumerable: true });
		}
	}
}
