import { getCollection, type CollectionEntry } from 'astro:content';
import type { Passage } from '../markdown/page-data';
import { voiceOf } from '../markdown/passages';
import type { Kit } from '../schemas/kit';
import type { ExerciseItem, SelfCheckItem } from '../site/kit-items';
import { withBase } from '../site/urls';
import { noteKinds, type ProvenanceKind } from '../site/labels';
import { compiledSections, type CompiledSection } from './collections';

// A teaching kit is its YAML (content/teach/) joined to its section as compiled: the exercise's
// passages, the answers' targets and the questions for discussion all come from what
// rehype-anchors recorded while the section page compiled, so a kit shows what the page says.
// rehype-anchors has already checked every id a kit names, and every exercise voice.

/** The heading under which a section page lists its questions for discussion (README, "Writing content"). */
export const DISCUSSION_SECTION = 'questions-for-discussion';

export interface KitPage {
	kit: CollectionEntry<'kits'>;
	section: CompiledSection;
}

/** Every section that has a kit, in the chapter's order. */
export async function kitsInOrder(): Promise<KitPage[]> {
	const kits = new Map((await getCollection('kits')).map((k) => [k.id, k]));
	return (await compiledSections()).flatMap((section) => {
		const kit = kits.get(section.entry.id);
		return kit ? [{ kit, section }] : [];
	});
}

/** The routes of a kit's two pages, the kit and its handout: one per section that has a kit. */
export async function kitRoutes() {
	return (await kitsInOrder()).map((page) => {
		const [chapter, section] = page.kit.id.split('/');
		return { params: { chapter, section }, props: { page } };
	});
}

/** Where a link of a kit lands: its section, the paragraph, and the heading it sits under. */
export interface LinkTarget {
	section: CompiledSection;
	passage: Passage;
	/** The text of the h2 the paragraph sits under, if any. */
	heading?: string;
}

/** The paragraph a "/chapter/slug/#p-…" link names, among the compiled sections. */
export function linkTarget(sections: readonly CompiledSection[], link: string): LinkTarget {
	const [path = '', id = ''] = link.split('#');
	const section = sections.find((s) => `/${s.entry.id}/` === path);
	const passage = section?.pageData.passages[id];
	// Unreachable after the build's checks (rehype-anchors); a clear message beats an undefined.
	if (!section || !passage) throw new Error(`${link}: no such paragraph (rehype-anchors should have stopped the build)`);
	return { section, passage, heading: section.headings.find((h) => h.depth === 2 && h.slug === passage.section)?.text };
}

/** A kit's self-check questions as the kit shows them: each with its link and where that link lands, in words. */
export function selfCheckItems(
	questions: Kit['questions'],
	sections: readonly CompiledSection[],
	own: CompiledSection,
	base: string,
): SelfCheckItem[] {
	return questions.map((q) => {
		const target = linkTarget(sections, q.link);
		const where = [
			target.heading ? `“${target.heading}”` : 'the opening',
			target.section.entry.id === own.entry.id ? undefined : `on the page “${target.section.entry.data.shortTitle}”`,
		]
			.filter(Boolean)
			.join(' ');
		return { ...q, href: withBase(base, q.link), where };
	});
}

/** The section's questions for discussion, as compiled: each with its id and words. */
export function discussionQuestions(section: CompiledSection): { id: string; html: string }[] {
	return Object.entries(section.pageData.passages)
		.filter(([, p]) => p.section === DISCUSSION_SECTION && !p.block)
		.map(([id, p]) => ({ id, html: p.html }));
}

/** The exercise's passages, each with the label its page shows (`provenance`: the site index's, which names the works). */
export function exerciseItems(page: KitPage, provenance: Record<ProvenanceKind, { label: string }>): ExerciseItem[] {
	return page.kit.data.exercise.map((item) => {
		const passage = page.section.pageData.passages[item.passage]!;
		// The declared voice has been checked against the block (rehype-anchors); this is the same voice.
		const voice = voiceOf(passage) ?? item.voice;
		const pageLabel =
			passage.block === 'note'
				? `${passage.note ? noteKinds[passage.note] : 'Note'}, a note from this site`
				: provenance[passage.block ?? 'context'].label;
		return { id: item.passage, html: passage.html, voice, pageLabel, clue: item.clue };
	});
}
