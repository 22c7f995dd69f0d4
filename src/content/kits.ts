import type { KitVoice } from '../schemas/kit';
import type { ContentModel } from './read';

/**
 * A paragraph that content outside a chapter page relies on: an answer's link, an exercise's
 * passage. Each is checked as its page compiles (src/markdown/rehype-anchors.ts), where the
 * paragraph ids and the block each paragraph sits in are known, and a problem names this line.
 */
export interface PassageReference {
	/** The chapter page, as a site path without the base: "/chapter-5/overview/". */
	page: string;
	/** The paragraph id on it: "p-…". */
	id: string;
	/** Who must be speaking there, when the reference says so (an exercise's answer). */
	voice?: KitVoice;
	file: string;
	line: number;
	field: string;
}

/** Every paragraph the teaching kits point at: their answers' links and their exercises' passages. */
export function passageReferences(model: Pick<ContentModel, 'kits'>): PassageReference[] {
	return model.kits.flatMap(({ value: kit, file, lineOf }) => [
		...kit.questions.map((q, i): PassageReference => {
			const [path = '', id = ''] = q.link.split('#');
			return { page: path, id, file, line: lineOf(['questions', i, 'link']), field: `questions[${i}].link` };
		}),
		...kit.exercise.map(
			(item, i): PassageReference => ({
				page: `/${kit.id}/`,
				id: item.passage,
				voice: item.voice,
				file,
				line: lineOf(['exercise', i, 'passage']),
				field: `exercise[${i}].passage`,
			}),
		),
	]);
}
