/**
 * The one inline script on every page. It must run before first paint, so a chosen theme never
 * flashes the other one; as an external file it would cost a render-blocking request. Kept as a
 * string so the Content-Security-Policy can allow exactly this text by its hash (src/site/csp.ts):
 * changing a character here changes the hash, and the policy follows.
 */
export const THEME_INIT_SCRIPT =
	"try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
