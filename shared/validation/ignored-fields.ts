/**
 * Leniency where the real API's behaviour is unknown: a field the catalogue marks `x-ignored` is
 * accepted, not used, and reported (docs/sandbox-contract.md: the sandbox's decisions). The sandbox
 * sends these as `x-sandbox-warnings`, or as a 400 D20001 to clients that asked to be strict.
 */
import type { EndpointId } from '../catalogue/endpoint.ts';
import { endpoint } from '../catalogue/lookup.ts';
import type { FieldError } from './validate.ts';
import { EN_PROBLEMS, wordProblem, type Problem } from './problems.ts';

/** The top-level fields of `body` that are ignored for a flow from `source`. */
export function ignoredFields(id: EndpointId, body: Record<string, unknown>, source: string): FieldError[] {
  const out: FieldError[] = [];
  for (const [name, schema] of Object.entries(endpoint(id).request.properties ?? {})) {
    const rule = schema['x-ignored'];
    if (!rule || body[name] === undefined || rule.unlessSource.includes(source)) continue;
    const problem: Problem = { code: 'ignored_for_source', params: { name, source, reason: rule.reason } };
    out.push({ path: name, message: wordProblem(EN_PROBLEMS, name, problem), ...problem });
  }
  return out;
}
