import { checkReferences } from './check';
import { ContentError } from './problems';
import { readContent, type ContentModel } from './read';

/**
 * Reads content/, validates shapes, bodies and cross-references, and returns the model, or throws
 * one ContentError listing every problem with its file and line. Called once per build from
 * astro.config.mjs, before Astro starts; the term linker and the content check share its result.
 */
export function loadContent(contentDir: string): ContentModel {
	const { model, problems, unreadable, invalid } = readContent(contentDir);
	// With a file that could not be parsed, its entries are missing and every reference to them would
	// be reported too: fix the syntax first, then the references are checked.
	if (!unreadable) problems.push(...checkReferences(model, invalid));
	if (problems.length > 0) throw new ContentError(problems);
	return model;
}
