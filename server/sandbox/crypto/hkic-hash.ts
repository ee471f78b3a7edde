/**
 * HKICHash (docs/api-facts.md §5.8): SHA-256 of the HKID identification without its check digit, e.g. of
 * "G996963". The docs show hex, the official library Base64; both are accepted.
 */
import { createHash } from 'node:crypto';

export function hkicHashMatches(given: string, identification: string): boolean {
  const digest = createHash('sha256').update(identification.trim(), 'utf8').digest();
  return given === digest.toString('hex') || given === digest.toString('base64');
}
