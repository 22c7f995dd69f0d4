/**
 * The footer's "Report an error on this page" link (SiteFooter.astro) is prefilled with the page's
 * address at build time. This adds the passage the reader came from or copied a link to: the id in
 * the address (#p-…, a heading, a note), kept current as the address changes, and read again just
 * before the link is used, so a reader who pressed a ¶ reports that paragraph.
 */
import { reportHref } from '../site/report';

export function initReportLink(): void {
	const link = document.querySelector<HTMLAnchorElement>('a[data-report-to]');
	if (!link) return;
	const update = () => {
		const id = decodeURIComponent(location.hash.slice(1)).split(':~:')[0]!;
		const passage = id && document.getElementById(id) ? id : undefined;
		link.href = reportHref(link.dataset.reportTo!, {
			title: link.dataset.reportTitle ?? document.title,
			url: `${location.origin}${location.pathname}`,
			passage,
		});
	};
	update();
	addEventListener('hashchange', update);
	for (const type of ['pointerdown', 'focus', 'contextmenu']) link.addEventListener(type, update);
}
