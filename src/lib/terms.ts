import type { GlossaryTerm } from '../schemas/glossary';

export const kindLabels: Record<GlossaryTerm['kind'], { singular: string; plural: string }> = {
	agency: { singular: 'Agency', plural: 'Agencies' },
	law: { singular: 'Law', plural: 'Laws' },
	regulation: { singular: 'Regulation', plural: 'Regulations' },
	programme: { singular: 'Programme', plural: 'Programmes' },
	platform: { singular: 'Platform', plural: 'Platforms' },
	concept: { singular: 'Concept', plural: 'Concepts' },
	organisation: { singular: 'Organisation', plural: 'Organisations' },
	publication: { singular: 'Publication', plural: 'Publications' },
};
