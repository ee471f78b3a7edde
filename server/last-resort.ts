/**
 * The process-wide last resort (docs/quality-targets.md REL-2): a promise nobody awaited, or an error
 * thrown outside any request (a timer, a socket callback), is logged — redacted, without a stack —
 * and the server keeps serving. Requests already have Hono's onError; this covers the rest, which
 * on Node 20 would otherwise end the process and every developer's running flows with it.
 */
import type { Logger } from './log.ts';

function describe(reason: unknown): string {
  try {
    return reason instanceof Error ? `${reason.name}: ${reason.message}` : (JSON.stringify(reason) ?? String(reason));
  } catch {
    return 'an unprintable value';
  }
}

/** Installs the handlers; returns a function that removes them (tests). */
export function installLastResort(log: Logger): () => void {
  const onRejection = (reason: unknown) => log.error('unhandled promise rejection; still serving', { error: describe(reason) });
  const onException = (err: unknown) => log.error('uncaught exception outside a request; still serving', { error: describe(err) });
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
