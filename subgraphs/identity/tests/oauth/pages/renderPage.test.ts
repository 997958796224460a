import { describe, expect, it } from 'vitest';
import { loginPage } from '../../../src/oauth/pages/loginPage.js';
import { escapeHtml } from '../../../src/oauth/pages/renderPage.js';

describe('sign-in pages', () => {
  it('escape everything that comes from a request', () => {
    expect(escapeHtml(`<script>"x"&'y'</script>`)).toBe('&#60;script&#62;&#34;x&#34;&#38;&#39;y&#39;&#60;/script&#62;');
    const html = loginPage({ action: '/oidc/interaction/u1/login', clientName: '<b>Evil</b>', email: '"><script>', failed: true, stylesheetHref: '/s.css' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('value="&#34;&#62;&#60;script&#62;"');
  });
});
