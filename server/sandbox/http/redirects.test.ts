import { describe, expect, it } from 'vitest';
import { TEST_CLIENT, type SandboxClient } from '../../config.ts';
import { isRegisteredRedirect } from './redirects.ts';

const APP_CLIENT: SandboxClient = {
  id: 'app',
  secret: 's',
  redirects: ['https://partner.example.com/cb'],
  appSchemes: ['com.partner.app', 'Partner-App'],
};

describe('registered redirects', () => {
  it('accepts the sample redirects of the Fill Easy docs and demo for the test client', () => {
    for (const r of [
      'https://www.yourwebsite.com/callback',
      'https://yourapp.com/callback',
      'your-app://auth',
      'http://127.0.0.1:3000/cb',
    ]) {
      expect(isRegisteredRedirect(TEST_CLIENT, r), r).toBe(true);
    }
  });

  it('accepts any link of a registered app scheme, case-insensitively, and nothing else', () => {
    expect(isRegisteredRedirect(APP_CLIENT, 'com.partner.app://iamsmart/done?x=1')).toBe(true);
    expect(isRegisteredRedirect(APP_CLIENT, 'partner-app://auth')).toBe(true);
    expect(isRegisteredRedirect(APP_CLIENT, 'com.partner.other://auth')).toBe(false);
    expect(isRegisteredRedirect(APP_CLIENT, 'com.partner.app:auth')).toBe(false);
    expect(isRegisteredRedirect(APP_CLIENT, 'com.partner.app://a b')).toBe(false);
    expect(isRegisteredRedirect(APP_CLIENT, 'https://partner.example.com/cb/other')).toBe(false);
  });

  it('never lets an app scheme stand for the web or a script', () => {
    const greedy: SandboxClient = { id: 'g', secret: 's', redirects: [], appSchemes: ['https', 'http', 'javascript', 'data', 'file'] };
    for (const r of [
      'https://evil.example.com/',
      'http://evil.example.com/',
      'javascript://%0aalert(1)',
      'data://text/html,x',
      'file:///etc/passwd',
    ]) {
      expect(isRegisteredRedirect(greedy, r), r).toBe(false);
    }
  });
});
