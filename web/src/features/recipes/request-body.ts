/**
 * The body of one recipe step (and of Insert example): the catalogue's example, with the
 * playground's callback as `redirect`, the real token of the earlier step, the UI language as
 * `lang`, and (for a login that a chain follows) the scopes the chained calls need, else the
 * sandbox answers 400 D20012.
 */
import { endpoint, type EndpointId, type InitiationId, type Scope } from '../../../../shared/catalogue/index.ts';

export function scopeFor(chain: readonly InitiationId[]): string {
  const scopes = new Set<Scope>(['eidapi_auth']);
  for (const id of chain) {
    const needed = endpoint(id).tokenFrom?.scopesAnyOf?.[0];
    if (needed) scopes.add(needed);
  }
  return [...scopes].join(' ');
}

export function stepBody(
  id: EndpointId,
  opts: { redirect: string; token?: string; chain?: readonly InitiationId[]; lang?: string },
): Record<string, unknown> {
  const spec = endpoint(id);
  const props = (spec.request.properties ?? {}) as Record<string, unknown>;
  const body = structuredClone(spec.example) as Record<string, unknown>;
  if ('redirect' in props) {
    body.redirect = opts.redirect;
    delete body.redirectURI;
  }
  if ('token' in props && opts.token) body.token = opts.token;
  if ('lang' in props && opts.lang) body.lang = opts.lang;
  if (id === 'auth' && opts.chain?.length) body.scope = scopeFor(opts.chain);
  return body;
}
