/**
 * What every kit prints when it stops, and its exit codes: the same words in every language, so
 * docs/integration-kits.md documents them once and the kit test checks them.
 */
import type { OutcomeKind } from './kit-plan.ts';

export const KIT_EXIT = { done: 0, setup: 1, stopped: 2, declined: 3, timedOut: 4, unverified: 5 } as const;

/** The prefix of the last line a stopped kit writes to stderr. */
export const STOPPED = 'stopped: ';

export const OUTCOME_TEXT: Record<OutcomeKind, { text: string; exit: number }> = {
  rejected: { text: 'the user rejected the request', exit: KIT_EXIT.declined },
  cancelled: { text: 'the user cancelled the request', exit: KIT_EXIT.declined },
  timed_out: { text: 'the request timed out before the user acted', exit: KIT_EXIT.timedOut },
};

/** The line a kit prints for each result: `result <step id>: <the decrypted JSON>`. */
export const RESULT_PREFIX = 'result ';

/** Printed with the QR page or app link of a step. */
export const OPEN_URL = 'open this URL: ';
/** Printed instead for a chained step that returns no URL (a browser source: the user is already in the app). */
export const NO_URL = 'no URL for this step: the user approves it in the iAM Smart app they logged in with';

/** Printed before a kit starts polling a step; the kit test approves the step when it sees it. */
export const WAITING = 'waiting for the user';

export const EXIT_CODES_TEXT = [
  `Exit codes: ${KIT_EXIT.done} done; ${KIT_EXIT.setup} setup or network error; ${KIT_EXIT.stopped} the API said stop (400, 401, 410 deleted...);`,
  `${KIT_EXIT.declined} the user rejected or cancelled; ${KIT_EXIT.timedOut} timed out; ${KIT_EXIT.unverified} the result did not decrypt or verify.`,
];
