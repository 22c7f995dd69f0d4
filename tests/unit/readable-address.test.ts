import { describe, expect, it } from 'vitest';
import { readableAddress } from '../../src/site/urls';

// Printed source lists give each work's address for a reader to type: a page named in Chinese
// must read as its name, not as rows of %E6%B5%99, and still be the same address.

describe('readableAddress', () => {
	it('shows the letters that escapes of another script spell', () => {
		expect(readableAddress('https://newton.com.tw/wiki/%E6%B5%99%E6%B1%9F%E7%9C%81')).toBe('https://newton.com.tw/wiki/浙江省');
		expect(readableAddress('https://www.chinalawinsight.com/a/%E5%9B%BD%E4%B9%8B%E9%87%8D%E5%99%A8-%E3%80%8A%E5%85%B3/')).toBe(
			'https://www.chinalawinsight.com/a/国之重器-《关/',
		);
	});

	it('keeps escaped what would change the address if typed as a character', () => {
		// A space, a slash, a question mark, a hash and a per cent sign.
		expect(readableAddress('https://example.org/a%20b%2Fc%3Fd%23e%25f')).toBe('https://example.org/a%20b%2Fc%3Fd%23e%25f');
		// Invisible and layout characters: a right-to-left override, a zero-width space, a no-break space.
		expect(readableAddress('https://example.org/%E2%80%AEx%E2%80%8By%C2%A0z')).toBe('https://example.org/%E2%80%AEx%E2%80%8By%C2%A0z');
		// Letters and escapes together: only the letters are shown.
		expect(readableAddress('https://example.org/%E4%B8%AD%20%E5%9B%BD')).toBe('https://example.org/中%20国');
	});

	it('leaves an address alone where the escapes are not UTF-8, or there are none', () => {
		expect(readableAddress('https://example.org/%E6%B5')).toBe('https://example.org/%E6%B5');
		expect(readableAddress('https://example.org/plain/page?x=1#top')).toBe('https://example.org/plain/page?x=1#top');
	});
});
