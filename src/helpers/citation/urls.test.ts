import { describe, expect, it } from 'vitest';
import { meta } from '../../meta.js';
import { packagePageUrl } from './package-page-url.js';
import { recordPageUrl } from './record-page-url.js';

describe('citation URLs', () => {
  it('name the npm page of one version', () => {
    expect(packagePageUrl('lt-ru-1920', '0.1.0')).toBe('https://www.npmjs.com/package/lt-ru-1920/v/0.1.0');
  });
  it('name the record page of one version under the site, with or without the closing slash', () => {
    const url = 'https://lt-ru-1920.github.io/lt-ru-1920/v/0.1.0/records/event/ratification-lithuania.html';
    expect(recordPageUrl('https://lt-ru-1920.github.io/lt-ru-1920/', '0.1.0', 'event', 'ratification-lithuania')).toBe(url);
    expect(recordPageUrl('https://lt-ru-1920.github.io/lt-ru-1920', '0.1.0', 'event', 'ratification-lithuania')).toBe(url);
  });
  it('derive from package.json through meta', () => {
    expect(recordPageUrl(meta.homepage, meta.version, 'place', 'moscow')).toBe(`${meta.homepage}v/${meta.version}/records/place/moscow.html`);
  });
});
