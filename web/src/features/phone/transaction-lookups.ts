/**
 * One-off reads of the sandbox's record of a running request (control API `transactions`, which the
 * server does not record as exchanges): the code the simulated phone shows, and the `code` an app
 * receives on its redirect (App-to-App polls must carry it). Called once when needed, never on a timer.
 */
import { getTransactions } from './control-api.ts';
import { findTransaction, type TransactionKey } from './find-transaction.ts';

export async function readPhoneCode(env: string, key: TransactionKey): Promise<string | undefined> {
  const r = await getTransactions(env);
  const code = r.ok ? findTransaction(r.value, key)?.hkic : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** The `code` in the Callback URL the sandbox would send the app to. */
export async function readAppCode(env: string, key: TransactionKey): Promise<string | undefined> {
  const r = await getTransactions(env);
  return codeInCallback(r.ok ? findTransaction(r.value, key)?.callbackUrl : undefined);
}

export function codeInCallback(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url, location.origin).searchParams.get('code') ?? undefined;
  } catch {
    return undefined;
  }
}
