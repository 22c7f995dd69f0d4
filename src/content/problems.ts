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

/** Thrown when content is wrong; its message lists every problem, one per paragraph. */
export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		const plural = problems.length === 1 ? 'problem' : 'problems';
		super(`Content has ${problems.length} ${plural}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
