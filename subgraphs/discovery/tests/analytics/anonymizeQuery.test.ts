import { describe, expect, it } from 'vitest';
import { anonymizeQuery, MAX_LOGGED_QUERY_LENGTH } from '../../src/analytics/anonymizeQuery.js';

describe('anonymizeQuery', () => {
  it('normalises: NFKC, lower case, one space between words, trimmed', () => {
    expect(anonymizeQuery('  The   DARK\tKnight\n ')).toBe('the dark knight');
    // Full-width letters and digits, a ligature, the ideographic space.
    expect(anonymizeQuery('ＢＬＡＤＥ\u3000ＲＵＮＮＥＲ ２０４９ ﬁlm')).toBe('blade runner 2049 film');
    expect(anonymizeQuery('Amélie')).toBe('amélie');
  });

  it('turns controls and format characters into spaces', () => {
    expect(anonymizeQuery('heat\u0000wave\u200B2')).toBe('heat wave 2');
  });

  it('answers the empty string for empty, blank or non-string input', () => {
    expect(anonymizeQuery('')).toBe('');
    expect(anonymizeQuery(' \t\n ')).toBe('');
    expect(anonymizeQuery(undefined)).toBe('');
    expect(anonymizeQuery(42)).toBe('');
  });

  it('masks e-mail addresses', () => {
    expect(anonymizeQuery('movies Jane.Doe+films@Example.co.uk likes')).toBe('movies <email> likes');
    expect(anonymizeQuery('mail to bob@localhost please')).toBe('mail to <email> please');
    expect(anonymizeQuery('josé@correo.es')).toBe('<email>');
  });

  it('masks URLs, with a scheme, with www. or a bare domain with a path', () => {
    expect(anonymizeQuery('see https://example.com/users/jane?id=42 now')).toBe('see <url> now');
    expect(anonymizeQuery('WWW.Example.com/profile')).toBe('<url>');
    expect(anonymizeQuery('letterboxd.com/janedoe/list/faves')).toBe('<url>');
    expect(anonymizeQuery('ftp://host/x')).toBe('<url>');
  });

  it('keeps a bare domain without a path: a platform, not a person', () => {
    expect(anonymizeQuery('netflix.com originals')).toBe('netflix.com originals');
  });

  it('masks @handles but not a lone @', () => {
    expect(anonymizeQuery('films liked by @Jane_Doe99 and @jane.doe.')).toBe('films liked by <handle> and <handle>.');
    expect(anonymizeQuery('cats @ home')).toBe('cats @ home');
  });

  it('masks runs of five or more digits', () => {
    expect(anonymizeQuery('order 1234567 status')).toBe('order <number> status');
    expect(anonymizeQuery('account 12345')).toBe('account <number>');
    expect(anonymizeQuery('tt0111161')).toBe('tt<number>');
    expect(anonymizeQuery('１２３４５６')).toBe('<number>');
  });

  it('masks phone numbers written in groups', () => {
    expect(anonymizeQuery('call 555-123-4567')).toBe('call <number>');
    expect(anonymizeQuery('+1 (555) 123-4567 ok')).toBe('<number> ok');
    expect(anonymizeQuery('+44 20 7946 0958')).toBe('<number>');
    expect(anonymizeQuery('555 123 4567')).toBe('<number>');
    expect(anonymizeQuery('555.123.4567')).toBe('<number>');
    // Four-digit groups that are not years.
    expect(anonymizeQuery('9123-4567')).toBe('<number>');
  });

  it('keeps years, short numbers and lists of years', () => {
    expect(anonymizeQuery('Blade Runner 2049')).toBe('blade runner 2049');
    expect(anonymizeQuery('2001: a space odyssey')).toBe('2001: a space odyssey');
    expect(anonymizeQuery('top 10 2019')).toBe('top 10 2019');
    expect(anonymizeQuery('2001 2010 2046')).toBe('2001 2010 2046');
    expect(anonymizeQuery('1984 (1956)')).toBe('1984 (1956)');
    expect(anonymizeQuery('best of 1990-1999')).toBe('best of 1990-1999');
    expect(anonymizeQuery('rated 7.5 4k 1080p')).toBe('rated 7.5 4k 1080p');
    expect(anonymizeQuery('ocean\'s 11 12 13')).toBe('ocean\'s 11 12 13');
  });

  it(`cuts to ${MAX_LOGGED_QUERY_LENGTH} characters after masking, never inside a mask or a surrogate pair`, () => {
    expect(anonymizeQuery('a'.repeat(1000))).toBe('a'.repeat(MAX_LOGGED_QUERY_LENGTH));
    const emoji = anonymizeQuery('🎬'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_LOGGED_QUERY_LENGTH);
    // The address starts at 196: it is masked, and the mask does not fit, so it goes whole.
    expect(anonymizeQuery(`${'b'.repeat(195)} jane@example.com`)).toBe('b'.repeat(195));
    // A long address straddling the cut is masked, not half kept.
    const straddling = anonymizeQuery(`${'c'.repeat(150)} ${'jane'.repeat(30)}@example.com tail`);
    expect(straddling).toBe(`${'c'.repeat(150)} <email> tail`);
  });

  it('is idempotent, which is how the store tells an anonymised query', () => {
    const samples = [
      'The Dark Knight',
      'call +1 (555) 123-4567 or jane@example.com',
      'see https://example.com/u/jane @handle 2049',
      '<email> <url> <number> <handle> typed by hand',
      `${'d'.repeat(197)} 123456`,
      'ＡＢＣ ﬁ İstanbul 🎬',
    ];
    for (const sample of samples) {
      const once = anonymizeQuery(sample);
      expect(anonymizeQuery(once), sample).toBe(once);
    }
  });

  it('drops private-use characters, which could pose as masks', () => {
    expect(anonymizeQuery('a\uE000b\uE003c')).toBe('a b c');
  });
});
