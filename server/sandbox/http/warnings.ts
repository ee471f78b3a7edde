/**
 * What a request sent that the sandbox accepted but did not use (shared/validation/ignored-fields.ts).
 * Collected while a handler runs and sent as the `x-sandbox-warnings` header, a JSON array of
 * `{ path, message }` that the playground's inspector records with the response. A client
 * configured `strict` gets them as a 400 D20001 instead, before the handler changes anything.
 */
import type { FieldError } from '../../../shared/validation/validate.ts';
import { ApiError, badRequest } from './api-error.ts';

export const WARNINGS_HEADER = 'x-sandbox-warnings';

/** Official code D20001 "Parameter not required": the closest the official enum has to "you sent a field that is not used". */
const NOT_REQUIRED = 'D20001';

export class Warnings {
  readonly list: FieldError[] = [];
  constructor(private readonly strict: boolean) {}

  /** Records the warnings; for a strict client, ends the request with them as a 400 instead. */
  add(found: readonly FieldError[]): void {
    if (!found.length) return;
    if (this.strict) {
      throw new ApiError(
        badRequest(
          found.map((w) => ({ path: w.path, message: `${w.message} (this client is strict: leave the field out)` })),
          NOT_REQUIRED,
        ),
      );
    }
    this.list.push(...found);
  }

  /** Adds the header to a handler's response (headers of a fresh Response are mutable). */
  applyTo(res: Response): Response {
    // The header stays the documented `{ path, message }`: it is read by people in the inspector, not worded by the UI.
    if (this.list.length) res.headers.set(WARNINGS_HEADER, JSON.stringify(this.list.map(({ path, message }) => ({ path, message }))));
    return res;
  }
}
