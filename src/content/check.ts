import { linkNames } from '../schemas/glossary';
import type { ContentModel, GlossaryEntry, Located } from './read';
import type { Problem } from './problems';

type Collection = 'glossary' | 'sources' | 'chapters';

const fixFor: Record<Collection, string> = {
	glossary: 'use the file name (without .md) of an entry in content/glossary/, or add that entry',
	sources: 'use an id listed in content/sources.yaml, or add the source there',
	chapters: 'use a chapter id listed in content/book/chapters.yaml',
};

/** Every id that one collection's entries point at in another, checked in one pass. */
export function checkReferences(model: ContentModel): Problem[] {
	const problems: Problem[] = [];
	const known: Record<Collection, Set<string>> = {
		glossary: new Set(model.glossary.keys()),
		sources: new Set(model.sources.keys()),
		chapters: new Set(model.chapters.keys()),
	};

	function expect<T>(entry: Located<T>, field: string, ids: readonly string[] | string | undefined, target: Collection) {
		const list = ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
		list.forEach((id, i) => {
			if (known[target].has(id)) return;
			const path = typeof ids === 'string' ? [field] : [field, i];
			problems.push({
				file: entry.file,
				line: entry.lineOf(path),
				field: typeof ids === 'string' ? field : `${field}[${i}]`,
				message: `unknown ${target === 'sources' ? 'source' : target === 'glossary' ? 'glossary term' : 'chapter'} id "${id}"`,
				fix: fixFor[target],
			});
		});
	}

	for (const e of model.glossary.values()) {
		expect(e, 'related', e.value.related, 'glossary');
		expect(e, 'sources', e.value.sources, 'sources');
	}
	for (const e of model.timeline) {
		expect(e, 'terms', e.value.terms, 'glossary');
		expect(e, 'sources', e.value.sources, 'sources');
	}
	const withSources: Located<{ sources: string[] }>[] = [...model.book, ...model.chapters.values(), ...model.pages];
	for (const e of withSources) expect(e, 'sources', e.value.sources, 'sources');

	const orders = new Map<string, Located<{ id: string }>>();
	for (const e of model.sections) {
		expect(e, 'chapter', e.value.chapter, 'chapters');
		expect(e, 'sources', e.value.sources, 'sources');
		const chapter = model.chapters.get(e.value.chapter);
		if (chapter && e.value.bookSection !== undefined && !chapter.value.sections.some((s) => s.number === e.value.bookSection)) {
			problems.push({
				file: e.file,
				line: e.lineOf(['bookSection']),
				field: 'bookSection',
				message: `chapter "${chapter.value.id}" has no section ${e.value.bookSection}`,
				fix: `list the section under "${chapter.value.id}" in content/book/chapters.yaml`,
			});
		}
		const key = `${e.value.chapter}#${e.value.order}`;
		const first = orders.get(key);
		if (first) {
			problems.push({
				file: e.file,
				line: e.lineOf(['order']),
				field: 'order',
				message: `order ${e.value.order} is already used by ${first.file}`,
				fix: 'give each page of a chapter its own order number',
			});
		} else orders.set(key, e);
	}
	problems.push(...nameClashes(model.glossary.values()));
	problems.push(...redirectPages(model));
	return problems;
}

/** A moved anchor must start from and lead to chapter pages that exist; their ids are checked as each page is built (rehype-anchors). */
function redirectPages(model: ContentModel): Problem[] {
	const pages = new Set(model.sections.map((s) => `/${s.value.id}/`));
	const fix = `use the path of a chapter page, e.g. "${[...pages][0] ?? '/chapter-5/overview/'}"`;
	return model.redirects.flatMap((r) => {
		const target = r.to.startsWith('#') ? r.page : r.to.slice(0, r.to.indexOf('#'));
		const problems: Problem[] = [];
		if (!pages.has(r.page)) problems.push({ file: r.file, line: r.line, field: 'page', message: `no chapter page is published at "${r.page}"`, fix });
		if (target !== r.page && !pages.has(target)) problems.push({ file: r.file, line: r.line, field: 'to', message: `no chapter page is published at "${target}"`, fix });
		return problems;
	});
}

/** Two auto-linked terms claiming one name would make the term linker's links ambiguous. */
function nameClashes(glossary: Iterable<Located<GlossaryEntry>>): Problem[] {
	const problems: Problem[] = [];
	const owner = new Map<string, string>();
	for (const entry of glossary) {
		const t = entry.value;
		if (!t.autolink) continue;
		for (const { text, caseSensitive, field } of linkNames(t)) {
			const key = caseSensitive ? text : text.toLowerCase();
			const other = owner.get(key);
			if (other === t.id) continue;
			if (other) {
				problems.push({
					file: entry.file,
					line: entry.lineOf(field),
					field: field.join('.'),
					message: `"${text}" is also a name of "${other}", so the term linker cannot tell them apart`,
					fix: `remove it from one of the two entries, or set "autolink: false" on one and link it with <Term id="…">`,
				});
			} else owner.set(key, t.id);
		}
	}
	return problems;
}
