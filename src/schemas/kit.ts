import { z } from 'astro/zod';
import { prose } from './prose-text';
import { idSchema } from './ids';
import { passageLink } from './chapter';

/**
 * Who is speaking in a passage, as a student is asked to tell: the book, the analysis, or this site
 * (a <Context> block or a <Note> of any kind). The build checks each answer against the block the
 * passage sits in (src/markdown/rehype-anchors.ts), so a kit cannot teach a wrong label.
 */
export const kitVoiceSchema = z.enum(['book', 'analysis', 'site']);
export type KitVoice = z.infer<typeof kitVoiceSchema>;

/** The length of one class in the lesson plans, in minutes: the timings of each class add up to it. */
export const CLASS_MINUTES = 50;

const text = (min: number) => prose(z.string().min(min));

/** One timed step of a class: what the class does, and for how long. */
const stepSchema = z
	.object({
		/** Whole minutes; a class's steps add up to CLASS_MINUTES (src/content/check.ts). */
		minutes: z.number().int().positive(),
		/** What the teacher and students do, in a sentence or two. */
		activity: text(10),
	})
	.strict();
const classSchema = z.array(stepSchema).min(2, 'give a class at least two timed steps');

/**
 * A section's teaching kit, content/teach/<chapter>/<slug>.yaml, for the section page of the same
 * id (content/sections/<chapter>/<slug>.mdx). Shown at /teach/<chapter>/<slug>/, with its student
 * handout at …/handout/. The section's own "Questions for discussion" are gathered by the page, not
 * typed again here.
 */
export const kitSchema = z
	.object({
		/** What a student can do after the class: exactly three, each starting with a verb. */
		objectives: z.array(text(20)).length(3, 'give exactly three learning objectives'),
		/**
		 * Self-check questions, four to six. Each answer explains itself in a few sentences and links to
		 * the paragraph that holds it ("/chapter-5/overview/#p-…", the ¶ beside a paragraph shows it);
		 * a link that leads nowhere stops the build, naming its line here.
		 */
		questions: z
			.array(z.object({ question: text(10), answer: text(40), link: passageLink }).strict())
			.min(4, 'give at least four self-check questions')
			.max(6, 'give at most six self-check questions: a handout holds them on one sheet'),
		/**
		 * "Whose words?": passages of this section shown without their label. `passage` is a paragraph
		 * id of the section page, `voice` who is speaking there (checked against the block it sits in),
		 * `clue` how a reader can tell, shown with the answer.
		 */
		exercise: z
			.array(
				z
					.object({
						passage: idSchema.startsWith('p-', 'write a paragraph id, e.g. "p-cary-argues-that-this-idea-is"'),
						voice: kitVoiceSchema,
						clue: text(20),
					})
					.strict(),
			)
			.min(3, 'give at least three passages to label')
			.max(5, 'give at most five passages: the handout holds them on one sheet'),
		/** The same material as one class and as two; each class's steps add up to CLASS_MINUTES. */
		lessons: z
			.object({
				oneClass: classSchema,
				twoClasses: z.object({ first: classSchema, second: classSchema }).strict(),
			})
			.strict(),
	})
	.strict();
export type Kit = z.infer<typeof kitSchema>;
