import { validate, type FieldError } from '../../../../shared/validation/validate.ts';
import { problemText } from '../../../../shared/validation/problem-text.ts';
import type { Lang } from '../../../../shared/catalogue/values.ts';
import { endpoint, EXAMPLE_TOKEN, type EndpointId } from '../../../../shared/catalogue/index.ts';
import { locatePath, type TextRange } from './json-locate.ts';

/** A message pinned to the editor lines of the field it concerns. */
export interface EditorMarker {
  range: TextRange;
  message: string;
  /** `validate` = shared/validation in the browser; `server` = the errors of the last response; `placeholder` = a documentation value that cannot work here. */
  source: 'validate' | 'server' | 'syntax' | 'placeholder';
  severity: 'error' | 'warning';
  path: string;
}

export type ParsedInput = { ok: true; value: unknown } | { ok: false; message: string };

export function parseInput(text: string): ParsedInput {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Markers for `errors`, worded in `lang` where the problem has a validator code (problem-text.ts). */
export function toMarkers(text: string, errors: FieldError[], source: EditorMarker['source'], lang: Lang = 'en-US'): EditorMarker[] {
  return errors.map((e) => ({ range: locatePath(text, e.path), message: problemText(e, lang), source, severity: 'error', path: e.path }));
}

/** The shared validator's errors for the editor's text (the problems the server would answer), in `lang`. */
export function validationMarkers(id: EndpointId, text: string, lang: Lang = 'en-US'): EditorMarker[] {
  const parsed = parseInput(text);
  if (!parsed.ok) return [];
  return toMarkers(text, validate(id, parsed.value), 'validate', lang);
}

/** The documentation's example redirect: a real site, so a callback sent there never reaches the playground. */
const EXAMPLE_REDIRECT = endpoint('auth').example.redirect;

export type PlaceholderNote = { kind: 'token' } | { kind: 'redirect'; url: string };

/**
 * Values copied from the documentation that the server accepts but that cannot work here: the
 * placeholder token (valid-looking, never issued) and the example site as `redirect`. Warnings,
 * so "No problems found" is never said of a request that cannot succeed.
 */
export function placeholderMarkers(text: string, say: (note: PlaceholderNote) => string): EditorMarker[] {
  const parsed = parseInput(text);
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') return [];
  const body = parsed.value as Record<string, unknown>;
  const warn = (path: string, note: PlaceholderNote): EditorMarker => ({
    range: locatePath(text, path),
    message: say(note),
    source: 'placeholder',
    severity: 'warning',
    path,
  });
  const out: EditorMarker[] = [];
  if (body.token === EXAMPLE_TOKEN) out.push(warn('token', { kind: 'token' }));
  for (const key of ['redirect', 'redirectURI'])
    if (body[key] === EXAMPLE_REDIRECT) out.push(warn(key, { kind: 'redirect', url: String(body[key]) }));
  return out;
}

/** Reads `errors: [{path, message, code?, params?}]` out of a 4xx body, ignoring anything malformed. */
export function serverFieldErrors(body: unknown): FieldError[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is FieldError =>
      typeof e === 'object' && e !== null && typeof (e as FieldError).path === 'string' && typeof (e as FieldError).message === 'string',
  );
}
