import { brokenLinks as broken } from '../../src/integrations/link-check';

/** The build's broken internal links, one line each, for a test's expectation (src/integrations/link-check.ts). */
export const brokenLinks = (dir: string, base = '/'): string[] => broken(dir, base).map((b) => `${b.page}: "${b.href}" → ${b.reason}`);
