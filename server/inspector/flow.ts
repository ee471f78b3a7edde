/** Flows: one initiation and everything that follows from it (docs/playground-api.md, "Flows"). */
export type { CallbackProblem, CallbackRecord, Flow, FlowStatus } from '../../shared/inspector/records.ts';

/** The ticket id in an initiation's `url`: the QR page `/sim/qr/<id>` or a deep link `?ticketID=<id>`. */
export function ticketFromInitiation(body: unknown): string | undefined {
  const url = body && typeof body === 'object' ? (body as { url?: unknown }).url : undefined;
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    const id = u.searchParams.get('ticketID') ?? /\/sim\/(?:qr|app)\/([^/?#]+)/.exec(u.pathname)?.[1];
    return id && id.length <= 128 ? decodeURIComponent(id) : undefined;
  } catch {
    return undefined;
  }
}
