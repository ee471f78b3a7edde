/**
 * The sandbox's public test client (docs/sandbox-contract.md §2): test-only credentials, published in
 * the README, never a real secret. Written once here because the sandbox's default configuration
 * (server/config.ts), the Playwright fixtures and the tests that check the secret never reaches a
 * page all need the same values. The SPA never imports this: the browser holds no secret.
 */
export const PUBLIC_TEST_CLIENT = {
  id: 'sandbox-client',
  secret: '73616e64626f782d746573742d6f6e6c792d7365637265742d6b65792d303031',
  /** The sample redirects of Fill Easy's docs and demo. */
  redirects: ['https://www.yourwebsite.com/callback', 'https://yourapp.com/callback'],
  /** The docs' sample app scheme. */
  appSchemes: ['your-app'],
} as const;
