/**
 * The Chinese runs in a line of mixed text, such as a source's title: "网络产品安全漏洞管理规定
 * (工信部联网安〔2021〕66号), text and translation". A run starts and ends on a Han character or a CJK
 * punctuation mark (《》〔〕，), and may hold figures ("〔2021〕66号"). Marked with lang="zh-Hans", a run
 * gets a Chinese font and voice, and is never slanted inside <cite> or <em> (base.css): Chinese has no
 * italic, so a browser would shear the glyphs.
 */
const chineseRun =
	/((?:[\u3000-\u303f\uff00-\uffef]*\p{Script=Han})(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef0-9]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef])?)/u;

/** The text in parts, alternately not Chinese (even indexes, possibly empty) and Chinese (odd). */
export function splitChineseRuns(text: string): string[] {
	return text.split(chineseRun);
}

/**
 * The language tag a work's Chinese is marked with: Traditional characters as zh-Hant, so they get a
 * Traditional Chinese font's glyph forms and voice; every other Chinese work as zh-Hans, the site's default.
 */
export const chineseLangOf = (workLanguage: string): 'zh-Hans' | 'zh-Hant' => (workLanguage === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans');
