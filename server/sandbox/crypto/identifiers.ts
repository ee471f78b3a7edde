/** Random identifiers of a transaction (docs/sandbox-contract.md §5) and the per-client openID. */
import { createHash, createHmac } from 'node:crypto';
import { randomByte, randomPoolBytes } from '../../random-pool.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const ALNUM_CODES = Buffer.from(ALNUM, 'latin1');

/**
 * `length` alphanumerics, uniform (rejection sampling avoids modulo bias). Built in a buffer, not
 * by `+=`: a concatenated string stays a rope of one node per character in memory (~1 KB for a
 * 36-character id kept in the store), a decoded buffer is one flat string.
 */
export function alphanumeric(length: number): string {
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  while (at < length) {
    const b = randomByte();
    if (b < 248) out[at++] = ALNUM_CODES[b % 62];
  }
  return out.toString('latin1');
}

/** 36 alphanumerics, the shape of Fill Easy's state and businessID examples. */
export const newState = (): string => alphanumeric(36);
export const newBusinessId = (): string => alphanumeric(36);
export const newTicketId = (): string => alphanumeric(32);
export const newTransactionId = (): string => randomPoolBytes(16).toString('hex');
/** The authorisation code: 32 hex, like Fill Easy's example. */
export const newAuthCode = (): string => randomPoolBytes(16).toString('hex');

/** The "tokenised account identifier": per client and per person, stable (64 hex, like the recorded ones). */
export function openIdFor(clientId: string, personaId: string): string {
  return createHash('sha256').update(`${clientId}\u0000${personaId}`, 'utf8').digest('hex');
}

/** A stable opaque access token for a login, so repeated polls of one login agree. */
export function accessTokenFor(key: Uint8Array, loginId: string): string {
  return createHmac('sha256', key).update(`access:${loginId}`).digest('hex');
}
