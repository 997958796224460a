import { describe, expect, it } from 'vitest';
import { loginPage } from '../../../src/oauth/pages/loginPage.js';
import { messagePage } from '../../../src/oauth/pages/messagePage.js';
import { secondFactorPage } from '../../../src/oauth/pages/secondFactorPage.js';

describe('the login page with upstream providers', () => {
  it('puts one escaped "Continue with" form per provider after the password form', () => {
    const html = loginPage({
      action: '/oidc/interaction/u1/login',
      clientName: 'Web',
      stylesheetHref: '/s.css',
      upstreams: [
        { label: 'Google', action: '/oidc/interaction/u1/upstream/google' },
        { label: '<i>Git</i>Hub', action: '/oidc/interaction/u1/upstream/github' },
      ],
    });
    const actions = [...html.matchAll(/<form method="post" action="([^"]+)"/g)].map((match) => match[1]);
    expect(actions).toEqual(['/oidc/interaction/u1/login', '/oidc/interaction/u1/upstream/google', '/oidc/interaction/u1/upstream/github']);
    expect(html).toContain('>Continue with Google</button>');
    expect(html).toContain('>Continue with &#60;i&#62;Git&#60;/i&#62;Hub</button>');
  });

  it('has no upstream forms when none is configured', () => {
    expect(loginPage({ action: '/a', clientName: 'Web', stylesheetHref: '/s.css' }).match(/<form/g)).toHaveLength(1);
  });
});

describe('the second-factor page', () => {
  it('takes TOTP and backup codes in one text field, and says so when a code was wrong', () => {
    const options = { action: '/oidc/interaction/u1/mfa', abortAction: '/oidc/interaction/u1/abort', clientName: 'Web', stylesheetHref: '/s.css' };
    const html = secondFactorPage(options);
    expect(html).toContain('<input id="code" type="text" name="code"');
    expect(html).toContain('autocomplete="one-time-code"');
    expect(html).not.toContain('pattern=');
    expect(html).not.toContain('role="alert"');
    expect(secondFactorPage({ ...options, failed: true })).toContain('<p role="alert">That code is not correct.');
  });
});

describe('the message page', () => {
  it('offers an escaped way back when given one', () => {
    const html = messagePage({ title: 'T', text: 'x', link: { href: '/oidc/interaction/u"1', text: 'Back <now>' }, stylesheetHref: '/s.css' });
    expect(html).toContain('<a href="/oidc/interaction/u&#34;1">Back &#60;now&#62;</a>');
  });
});
