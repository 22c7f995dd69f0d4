import { checkReferences } from './check';
import { ContentError } from './problems';
import { readContent, type ContentModel } from './read';

/**
 * Reads content/, validates shapes and cross-references, and returns the model, or throws one
 * ContentError listing every problem with its file and line. Called once per build from
 * astro.config.mjs; the term linker and the content check share its result.
 */
export function loadContent(contentDir: string): ContentModel {
	const { model, problems } = readContent(contentDir);
	problems.push(...checkReferences(model));
	if (problems.length > 0) throw new ContentError(problems);
	return model;
}
