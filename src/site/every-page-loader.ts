/**
 * The second inline script on every page. It starts the script every page runs
 * (src/scripts/every-page.ts: the theme button, the search opener, and what loads the rest) once
 * the page has loaded and its first frame is painted: a page then paints as soon as its copy
 * without JavaScript would (issue 27: every page type's mobile LCP at most 1.10× that copy's). As a
 * module script in <head> it was fetched at high priority with the stylesheet, and Lighthouse's
 * simulation put the largest paint after it even on pages with no other script (the glossary
 * index read 1.24×). Nothing a reader needs waits on it: the page reads in full without it, the
 * theme button is hidden until it runs, the search link leads to /search/, the menu opens alone.
 *
 * The module's address is fingerprinted by the build, so it cannot be written here; the layout
 * puts Astro's own <script> for it inside a <template> (BaseLayout.astro), which the browser
 * neither runs nor fetches, and this reads its src from there. The text never changes with a
 * build, so the Content-Security-Policy allows it by one fixed hash (src/site/csp.ts).
 *
 * "Painted" is the browser's own word for it: the first largest-contentful-paint entry (or, where
 * there is none, first-contentful-paint), which is reported once the frame is on screen. A frame
 * the page has asked for (requestAnimationFrame) can still be on its way to the screen when the
 * next task runs, and the script then came before the paint Lighthouse times. It also waits for
 * the load event, so the whole page is parsed before the script looks for what it enhances. A page
 * that is not on screen reports no paint, so a hidden tab starts the script at the load event;
 * so does a browser that reports no paints; and, as a safety net, any page ten seconds after it
 * (a fallback of one second was too short: headless Chromium under Lighthouse sometimes painted a
 * second after the load event, and the script then came first).
 */
// Minified by hand, as every page carries it: d the document, p painted (or never will be), l
// loaded, s the script once started, g starts it, h counts a hidden page as painted.
export const EVERY_PAGE_LOADER =
	"(function(d){var p,l,s,g=function(){if(p&&l&&!s){s=d.createElement('script');s.type='module';" +
	"s.src=d.querySelector('template[data-every-page]').content.firstElementChild.getAttribute('src');d.head.append(s)}}," +
	'h=function(){d.hidden&&(p=1,g())};' +
	"try{var t=PerformanceObserver.supportedEntryTypes,k='largest-contentful-paint';t.indexOf(k)<0&&(k='paint');" +
	't.indexOf(k)<0?p=1:new PerformanceObserver(function(_,o){o.disconnect();p=1;g()}).observe({type:k,buffered:!0})}catch(e){p=1}' +
	"h();addEventListener('visibilitychange',h);" +
	"addEventListener('load',function(){l=1;g();setTimeout(function(){p=1;g()},1e4)})})(document)";
