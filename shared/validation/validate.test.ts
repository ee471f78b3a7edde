import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../catalogue/endpoints.ts';
import { validate } from './validate.ts';
import { requestSchema } from '../catalogue/request-schema.ts';
import type { EndpointId } from '../catalogue/endpoint.ts';

function messages(id: EndpointId, body: unknown): string[] {
  return validate(id, body).map((e) => e.message);
}

function withField(id: EndpointId, key: string, value: unknown): Record<string, unknown> {
  const spec = ENDPOINTS.find((e) => e.id === id)!;
  return { ...spec.example, [key]: value };
}

describe('validate', () => {
  it.each(ENDPOINTS.map((e) => [e.id, e] as const))('accepts the documented example of %s', (id, spec) => {
    expect(validate(id, spec.example)).toEqual([]);
  });

  it('names the bad scope and lists the valid ones', () => {
    const [msg] = messages('auth', withField('auth', 'scope', 'eidapi_auth eidapi_login'));
    expect(msg).toBe(
      "scope: 'eidapi_login' is not a valid scope; valid scopes are eidapi_auth, eidapi_profiles, eidapi_formFilling, eidapi_sign, eidapi_fr, eidapi_bulksign",
    );
  });

  it('refuses a scope separated by commas', () => {
    expect(messages('auth', withField('auth', 'scope', 'eidapi_auth,eidapi_sign'))[0]).toMatch(/spaces, not commas/);
  });

  it('refuses a token with two dots missing', () => {
    expect(messages('poll', { token: 'eyJhbGciOiJIUzI1NiJ9' })[0]).toMatch(/^token: must be a compact JWT with exactly two dots.*has 0$/);
  });

  it('refuses a 63-character hash', () => {
    const hash = 'a'.repeat(63);
    expect(messages('signing', withField('signing', 'hash', hash))[0]).toMatch(/^hash: .*64 lower-case hex.*got 63 characters/);
  });

  it('refuses upper-case hex where the docs say lower-case', () => {
    const hash = 'AF8B6F626242F214BE360FA7D412E42DACB2F48BC11BB089019A912930019300';
    expect(messages('signing', withField('signing', 'hash', hash))[0]).toBe('hash: must be lower-case hex: use a-f, not A-F');
    expect(messages('signing-anonymous', withField('signing-anonymous', 'fileHash', hash))).toHaveLength(1);
  });

  it('refuses a PDF hash that is not Base64 of 32 bytes', () => {
    for (const bad of [
      'not base64!',
      'R3fJTKFPwkRw019fLk-L19y91DVgI9hy_G7u6-YiECk=',
      'R3fJTKFPwkRw019fLk+L19y91DVgI9hy/G7u6+YiEC==',
      'af8b6f626242f214be360fa7d412e42dacb2f48bc11bb089019a912930019300',
    ]) {
      expect(messages('pdf-signing', withField('pdf-signing', 'fileHash', bad))[0]).toMatch(/^fileHash: /);
    }
  });

  it('explains an enum value of the wrong case', () => {
    expect(messages('auth', withField('auth', 'lang', 'en-us'))[0]).toBe(
      "lang: 'en-us' is not a valid lang (values are case sensitive: did you mean 'en-US'?); valid values are en-US, zh-HK, zh-CN",
    );
  });

  it('names a missing required field with what it is for', () => {
    expect(messages('signing', { token: ENDPOINTS[2].example.token, source: 'PC_Browser', hash: 'a'.repeat(64) })).toEqual([
      'name: is required (Document title displayed to the user)',
    ]);
  });

  it('refuses unknown fields and suggests the near one', () => {
    expect(messages('poll', { token: ENDPOINTS[0].example.token ?? 'a.b.c', Code: 'x' })[0]).toMatch(
      /^Code: is not a known field; did you mean 'code'\?/,
    );
  });

  it('refuses a wrong type and says what it got', () => {
    expect(messages('auth', withField('auth', 'lang', 5))[0]).toBe('lang: must be a string, got the number 5');
    expect(messages('auth', [])[0]).toBe('(body): must be an object, got an array');
  });

  it('refuses a 1 MB string without echoing it', () => {
    const [msg] = messages('auth', withField('auth', 'redirect', 'https://x/' + 'a'.repeat(1 << 20)));
    expect(msg).toMatch(/^redirect: is 1048586 characters long; at most 2048/);
    expect(msg.length).toBeLessThan(200);
  });

  it('accepts redirectURI as an alias and requires one of the two', () => {
    const { redirect, ...rest } = ENDPOINTS[0].example;
    expect(validate('auth', { ...rest, redirectURI: redirect })).toEqual([]);
    expect(messages('auth', rest)[0]).toMatch(/redirect is required/);
  });

  it('refuses redirect and redirectURI together', () => {
    expect(messages('auth', { ...ENDPOINTS[0].example, redirectURI: ENDPOINTS[0].example.redirect })).toEqual([
      '(body): send redirect or its alias redirectURI, not both',
    ]);
  });

  it('never requires androidActivity, a key name the sandbox chose (the docs give none)', () => {
    expect(messages('formfilling-anonymous', withField('formfilling-anonymous', 'source', 'android'))).toEqual([]);
  });

  it('checks the callback query', () => {
    expect(messages('callback', { service: 'login', state: 'x'.repeat(36), code: 'a'.repeat(32) })[0]).toMatch(
      /^service: 'login' is not a valid service/,
    );
    expect(messages('callback', { service: 'auth', state: 'x'.repeat(36) })[0]).toMatch(/either code .* or errorCode/);
  });

  it('refuses a field asked for twice, naming the repeat, in profileFields and formFields', () => {
    expect(messages('formfilling', withField('formfilling', 'profileFields', ['idNo', 'enName', 'idNo']))).toEqual([
      'profileFields[2]: repeats "idNo"; each item may appear once',
    ]);
    const formData = { formName: 'x', formFields: ['mobileNumber', 'mobileNumber'] };
    expect(messages('formfilling', withField('formfilling', 'formData', formData))).toEqual([
      'formData.formFields[1]: repeats "mobileNumber"; each item may appear once',
    ]);
    expect(messages('formfilling', withField('formfilling', 'profileFields', ['idNo', 'enName']))).toEqual([]);
  });

  it('caps the number of errors it reports', () => {
    const formFields = Array.from({ length: 19 }, (_, i) => `bad${i}`);
    const errors = validate('formfilling', {
      ...ENDPOINTS[1].example,
      formData: { formName: 'x', formFields },
      junk1: 1,
      junk2: 2,
      junk3: 3,
      junk4: 4,
    });
    expect(errors.length).toBeLessThanOrEqual(20);
  });
});

describe('requestSchema', () => {
  it('gives each endpoint a 2020-12 schema with its own $id', () => {
    const ids = new Set(ENDPOINTS.map((e) => requestSchema(e.id).$id));
    expect(ids.size).toBe(ENDPOINTS.length);
    expect(requestSchema('auth').$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
