/**
 * A one-off read of the sandbox's record of a running request (control API `transactions`, which
 * the server does not record as exchanges): the `code` an app receives on its redirect, which
 * App-to-App polls must carry when no phone action in this page has seen it. Called once, when a
 * poll answers 400 for want of it; never on a timer. (The code the phone shows comes with the flow.)
 */
import { getTransactions } from './control-api.ts';
import { findTransaction, type TransactionKey } from './find-transaction.ts';

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
