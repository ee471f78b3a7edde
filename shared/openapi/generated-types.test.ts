/**
 * What a partner gets from `openapi-typescript /openapi.json`: it must compile under --strict, make
 * `redirect` + `redirectURI` together a type error (and neither one), and carry the decrypted result
 * types, equal both ways to the ones the sandbox builds its results with (shared/catalogue/results.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApi } from './build-openapi.ts';

const RESULTS = resolve('shared/catalogue/results.ts');

const TYPE_TEST = `
import type { components, paths } from './api.ts';
import type * as Shared from ${JSON.stringify(RESULTS)};

type Body<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
type Auth = Body<'/iamsmart/v2/request/auth'>;
type AnonymousSigning = Body<'/iamsmart/v2/request/signing-anonymous'>;

export const byRedirect: Auth = { source: 'PC_Browser', redirect: 'https://yourapp.com/callback' };
export const byAlias: Auth = { source: 'iOS', redirectURI: 'your-app://auth', lang: 'zh-HK' };
// @ts-expect-error redirect and redirectURI together
export const both: Auth = { source: 'PC_Browser', redirect: 'https://a.example/cb', redirectURI: 'https://a.example/cb' };
// @ts-expect-error neither redirect nor redirectURI
export const neither: Auth = { source: 'PC_Browser' };
// @ts-expect-error redirect and redirectURI together, on an anonymous endpoint too
export const bothAnonymous: AnonymousSigning = { source: 'PC_Browser', name: 'n', fileHash: 'f', redirect: 'https://a.example/cb', redirectURI: 'https://a.example/cb' };
// @ts-expect-error an unknown source
export const badSource: Auth = { source: 'Windows', redirect: 'https://a.example/cb' };

type PollOk = paths['/iamsmart/v2/callback/client']['post']['responses'][200]['content']['application/json'];
export const data: PollOk['data'] = 'header.key.iv.ciphertext.tag';

type S = components['schemas'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const same: [
  Same<S['AuthResult'], Shared.AuthResult>,
  Same<S['FormFillingResult'], Shared.FormFillingResult>,
  Same<S['AnonymousFormFillingResult'], Shared.AnonymousFormFillingResult>,
  Same<S['SigningResult'], Shared.SigningResult>,
  Same<S['PdfSigningResult'], Shared.PdfSigningResult>,
  Same<S['CcicResult'], Shared.CcicResult>,
  Same<S['DecryptedResult'], Shared.DecryptedResult>,
] = [true, true, true, true, true, true, true];
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    allowImportingTsExtensions: true,
    types: [],
    skipLibCheck: true,
  },
  files: ['api.ts', 'type-test.ts'],
};

const dir = mkdtempSync(join(tmpdir(), 'openapi-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openapi-typescript output', () => {
  it('compiles under --strict and types the redirect rule and the results as the sandbox has them', async () => {
    writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(buildOpenApi() as never)));
    writeFileSync(join(dir, 'type-test.ts'), TYPE_TEST);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
