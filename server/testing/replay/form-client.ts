/**
 * A form-based API client, the way Fill Easy's own demo playground (and many partner back offices)
 * talk to the API: one text box per field, a "fill with samples" button, and a body built from the
 * boxes. Test helper for form-client-replay.test.ts; the rules are the ones such a client follows:
 * an empty box is left out, a list box is split at commas (trimmed, empties dropped), a JSON box is
 * parsed (and sent as typed if it does not parse), a choice box starts at its first choice.
 */
import type { EndpointId } from '../../../shared/catalogue/index.ts';

export type BoxKind = 'text' | 'choice' | 'list' | 'json';

export interface Box {
  key: string;
  kind: BoxKind;
  /** What "fill with samples" types in; none leaves the box empty. */
  sample?: string;
  choices?: readonly string[];
}

export interface Form {
  endpoint: EndpointId;
  boxes: readonly Box[];
}

/** The boxes after "fill with samples": choices at their first option, other boxes at their sample (or empty). */
export function fillSamples(form: Form): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const box of form.boxes) typed[box.key] = box.kind === 'choice' ? (box.choices?.[0] ?? '') : (box.sample ?? '');
  return typed;
}

function valueOf(box: Box, typed: string): unknown {
  if (typed.trim() === '') return undefined;
  switch (box.kind) {
    case 'list':
      return typed
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    case 'json':
      try {
        return JSON.parse(typed) as unknown;
      } catch {
        return typed;
      }
    default:
      return typed;
  }
}

/** The JSON body the client sends for what is typed in the boxes. */
export function bodyOf(form: Form, typed: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const box of form.boxes) {
    const value = valueOf(box, typed[box.key] ?? '');
    if (value !== undefined) body[box.key] = value;
  }
  return body;
}
