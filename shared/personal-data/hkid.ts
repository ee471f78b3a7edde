/**
 * The HKID check digit (the digit in brackets, e.g. A123456(3)), one rule for the sandbox's
 * personas and the playground's result view: letters count A=10 … Z=35, a single-letter prefix is
 * padded in front with a space worth 36; the eight values are weighted 9 down to 2 from the left;
 * check = 11 − (sum mod 11), where 11 is written 0 and 10 is written A.
 */
const IDENTIFICATION = /^([A-Z]{1,2})([0-9]{6})$/;
const FULL_HKID = /^([A-Z]{1,2}[0-9]{6})\(([0-9A])\)$/;
const PADDING_VALUE = 36;
const HIGHEST_WEIGHT = 9;

function letterValue(letter: string): number {
  return letter.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
}

/** The check digit of an identification like `A123456` or `XA112233`; undefined for anything else. */
export function hkidCheckDigit(identification: string): string | undefined {
  const m = IDENTIFICATION.exec(identification);
  if (!m) return undefined;
  const [, prefix, digits] = m;
  const letters = prefix.length === 1 ? [PADDING_VALUE, letterValue(prefix)] : [...prefix].map(letterValue);
  const values = [...letters, ...[...digits].map(Number)];
  const sum = values.reduce((acc, v, i) => acc + v * (HIGHEST_WEIGHT - i), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? '0' : check === 10 ? 'A' : String(check);
}

/** True for an `A123456(3)` style HKID whose check digit is right. */
export function isValidHkid(hkid: string): boolean {
  const m = FULL_HKID.exec(hkid);
  return m !== null && hkidCheckDigit(m[1]) === m[2];
}
