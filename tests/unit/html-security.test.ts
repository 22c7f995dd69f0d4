import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { inlineHandlers, javascriptUrls, unsafeOutboundLinks } from '../support/html-security';

// The checks tests/build/security.test.ts runs on every built page, shown to fail on the markup
// they exist to catch (the build itself has none, so it cannot show that).

const page = (body: string) => ({ path: '/glossary/cac/', tree: fromHtml(`<!doctype html><title>t</title><body>${body}`) });

describe('HTML security checks (tests/support/html-security.ts)', () => {
	it('names outbound links without noopener or noreferrer, on <a> and <area>, in new tabs too', () => {
		const problems = unsafeOutboundLinks(
			page(`
				<a href="https://example.org/">no rel</a>
				<a href="//example.org/" rel="noopener" target="_blank">protocol-relative, new tab</a>
				<a href="http://example.org/" rel="external noreferrer">external</a>
				<map name="m"><area href="https://example.org/" alt="x"></map>
				<a href="https://example.org/" rel="license noopener noreferrer">fine</a>
				<a href="/about/">own</a><a href="../sources/#x">own</a><a href="#top">own</a><a href="mailto:a@example.org">mail</a>
			`),
		);
		expect(problems).toEqual([
			'/glossary/cac/: <a href="https://example.org/"> lacks rel noopener and noreferrer',
			'/glossary/cac/: <a href="//example.org/" rel="noopener" target="_blank"> lacks rel noreferrer',
			'/glossary/cac/: <a href="http://example.org/" rel="external noreferrer"> lacks rel noopener',
			'/glossary/cac/: <area href="https://example.org/"> lacks rel noopener and noreferrer',
		]);
	});

	it('names every inline event-handler attribute, whatever its case', () => {
		const problems = inlineHandlers(
			page(
				'<img src="x.png" alt="" onerror="alert(1)"><button type="button" ONCLICK="x()">b</button><svg onload="x()"></svg><p data-onclick="fine">p</p>',
			),
		);
		expect(problems).toHaveLength(3);
		expect(problems[0]).toBe('/glossary/cac/: <img src="x.png" onError="alert(1)"> has an inline event handler (onError)');
		expect(problems.join('\n')).toMatch(/onClick/);
		expect(problems.join('\n')).toMatch(/onLoad/);
	});

	it('names javascript: URLs in href, src, action and formaction, however they are disguised', () => {
		const problems = javascriptUrls(
			page(`
				<a href="javascript:alert(1)">a</a>
				<a href=" JavaScript:alert(1)">b</a>
				<a href="java&#x09;script:alert(1)">c</a>
				<iframe src="javascript:x" title="f"></iframe>
				<form action="javascript:x"><button formaction="javascript:y">go</button></form>
				<a href="/javascript-guide/">fine</a><a href="https://example.org/?q=javascript:">fine</a>
			`),
		);
		expect(problems).toHaveLength(6);
		expect(problems.every((p) => p.startsWith('/glossary/cac/: <'))).toBe(true);
	});
});
