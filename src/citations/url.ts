/**
 * How each citation style writes an address. Apart from src/citations/format.ts so that "Cite this"
 * can complete an address in the browser without loading the citation builders.
 */

/** Each style's name for a citation; the same union as CitationStyle in format.ts. */
type UrlStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const withoutProtocol = (url: string) => url.replace(/^https?:\/\//, '');

/** MLA 9 leaves out "http://" and "https://"; the other styles write the address in full. */
export const citationUrl = (style: UrlStyle, url: string) => (style === 'mla' ? withoutProtocol(url) : url);
