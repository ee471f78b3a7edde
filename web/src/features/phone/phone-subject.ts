/** What the simulated phone acts on: one initiation, and what the sandbox says about it. */
import type { FlowStatus, FlowTransaction } from '../../../../shared/inspector/records.ts';
import type { PhoneTarget } from './control-api.ts';

export interface PhoneSubject {
  env: string;
  flowId?: string;
  token?: string;
  /** The initiation's `url`: the QR page, or a deep link for app sources. */
  url?: string;
  /** A chained call acts for the persona who logged in: that persona, once known. */
  fixedPersona?: string;
  /** The redirect the flow's login sent (where the browser returns once the user has acted). */
  redirect?: string;
  /** Finds `redirect` when it was not known yet (the flow's records still loading). */
  findRedirect?: () => Promise<string | undefined>;
  transaction?: FlowTransaction;
  /** The inspector's status of the flow (tells a collected result from one nobody polled yet). */
  flowStatus?: FlowStatus;
}

/** The control API's handle on the subject: its token, else the ticketID of its url. */
export function controlTarget(s: PhoneSubject | undefined, ticketID: string | undefined): PhoneTarget | undefined {
  if (s?.token) return { token: s.token };
  return ticketID ? { ticketID } : undefined;
}
