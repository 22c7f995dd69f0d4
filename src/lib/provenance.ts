/** Who is speaking in a passage. Labels are shown in text, so the marks never rely on colour. */
export const provenance = {
	book: { label: 'The book', legend: 'What chapter 5 of the CAC’s book says, including its phrases in quotation marks.' },
	analysis: { label: 'The analysis', legend: 'What Dakota Cary’s analysis argues.' },
	context: { label: 'Context', legend: 'Background this site adds, with its sources.' },
} as const;
export type ProvenanceKind = keyof typeof provenance;

export const noteKinds = {
	correction: 'Correction',
	update: 'Update',
	context: 'Context note',
} as const;
export type NoteKind = keyof typeof noteKinds;
