import type { Kit, KitVoice } from '../schemas/kit';

// What a teaching kit's exercises show, as src/data/kits.ts works them out and the components in
// src/components/teach/ render them: here, below both, so a component can name them without
// importing src/data/.

/** A self-check question with its link, and where the link lands in words ("“Heading” on the page “Overview”"). */
export type SelfCheckItem = Kit['questions'][number] & { href: string; where: string };

/** One passage of the exercise, as shown: its words, and the answer with the label the page gives it. */
export interface ExerciseItem {
	id: string;
	html: string;
	voice: KitVoice;
	/** The label the section page shows on the passage: "The analysis (Cary, CSIS)", "Correction". */
	pageLabel: string;
	clue: string;
}
