import { resolve } from 'node:path';
import { checkReferences } from './check';
import { ContentError } from './problems';
import { readContent, type ContentModel } from './read';

/**
 * Reads content/, validates shapes, bodies and cross-references, and returns the model, or throws
 * one ContentError listing every problem with its file and line. Reads afresh on every call; a
 * build reads through `contentModel`, once.
 */
export function loadContent(contentDir: string): ContentModel {
	const { model, problems, unreadable, invalid } = readContent(contentDir);
	// With a file that could not be parsed, its entries are missing and every reference to them would
	// be reported too: fix the syntax first, then the references are checked.
	if (!unreadable) problems.push(...checkReferences(model, invalid));
	if (problems.length > 0) throw new ContentError(problems);
	return model;
}

/**
 * The models read in this process, by content folder. Astro evaluates astro.config.mjs and
 * src/content.config.ts in two module graphs, so a variable of this module would exist twice and
 * each would read content/ again; the process is one, so the models live on globalThis.
 */
const registryKey = Symbol.for('cyber-powerhouse-ch5-explainer/content-model');
const registry = (): Map<string, ContentModel> =>
	((globalThis as { [registryKey]?: Map<string, ContentModel> })[registryKey] ??= new Map());

/**
 * The content model of this build, read and checked once per process: astro.config.mjs asks first,
 * before Astro starts (a bad id stops the build there), and the collections' loaders
 * (src/content/loaders.ts) get the same model.
 */
export function contentModel(contentDir: string): ContentModel {
	const dir = resolve(contentDir);
	const known = registry().get(dir);
	if (known) return known;
	const model = loadContent(dir);
	registry().set(dir, model);
	return model;
}

/** Reads content/ again after an edit (`astro dev`), for every later `contentModel`; throws as loadContent does. */
export function reloadContentModel(contentDir: string): ContentModel {
	const dir = resolve(contentDir);
	const model = loadContent(dir);
	registry().set(dir, model);
	return model;
}
