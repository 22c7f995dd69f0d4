// The two element ids that tie a term link to its card in the page's own HTML. A term link names
// the definition in aria-describedby (screen readers announce it, with or without JavaScript),
// and the card script finds the card around that definition: no other form of the glossary id
// travels from the build to the browser.

/** The card (a popover) for glossary term `id`, rendered once on each page that links the term. */
export const termCardId = (id: string) => `term-card-${id}`;

/** The card's definition, which every link to the term names in aria-describedby. */
export const termDefinitionId = (id: string) => `term-card-${id}-def`;
