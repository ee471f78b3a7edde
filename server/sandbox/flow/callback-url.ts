/**
 * The Callback URL iAM Smart would open once the user has acted: the QR page sends the browser
 * there, the simulated phone sends app sources there, and the control API shows it so that tests
 * without a UI can follow it (or read the App-to-App `code` from it).
 */
import { endpoint } from '../../../shared/catalogue/index.ts';
import type { Transaction } from '../store/types.ts';

export function callbackUrl(base: string, tx: Transaction): string | null {
  if (tx.status === 'pending') return null;
  const q = new URLSearchParams({ service: tx.service, state: tx.state });
  if (tx.service !== 'auth') q.set('businessID', tx.businessID);
  if ((tx.status === 'approved' || tx.status === 'collected') && tx.code) q.set('code', tx.code);
  else if (tx.errorCode) q.set('errorCode', tx.errorCode);
  else return null;
  q.set('source', tx.source);
  return `${base}${endpoint('callback').path}?${q.toString()}`;
}
