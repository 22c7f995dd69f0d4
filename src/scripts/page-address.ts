/**
 * What the page's own address changes, loaded by src/scripts/every-page.ts only when it matters:
 * at once where the build knew no address of its own (citations and printouts then show the one the
 * reader is at) or where the reader arrived at a passage (#id), and otherwise when the address gets
 * a passage (a # link followed, or a ¶ pressed: src/scripts/reading-tools.ts). Until then the
 * footer's report link, prefilled at build time with the page's address, is already right.
 */
import { initReportLink } from './report-link';
import { fillSiteAddresses } from './site-address';

fillSiteAddresses();
initReportLink();
