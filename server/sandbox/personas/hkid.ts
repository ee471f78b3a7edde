/**
 * The HKID check digit (the digit in brackets, e.g. A123456(3)): letters count A=10 … Z=35, a
 * single-letter prefix is padded with a space worth 36; weights 9..2 from the left over the
 * eight positions; check = 11 − (sum mod 11), where 11 is written 0 and 10 is written A.
 */
const FORMAT = /^([A-Z]{1,2})([0-9]{6})$/;

function letterValue(ch: string): number {
  return ch.charCodeAt(0) - 55;
}

export function hkidCheckDigit(identification: string): string {
  const m = FORMAT.exec(identification);
  if (!m) throw new RangeError('an HKID identification is 1 or 2 capital letters and 6 digits, e.g. A123456');
  const letters = m[1].length === 1 ? [36, letterValue(m[1])] : [letterValue(m[1][0]), letterValue(m[1][1])];
  const values = [...letters, ...m[2].split('').map(Number)];
  const sum = values.reduce((acc, v, i) => acc + v * (9 - i), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? '0' : check === 10 ? 'A' : String(check);
}

/** True for `A123456(3)` style HKIDs whose check digit is right. */
export function isValidHkid(hkid: string): boolean {
  const m = /^([A-Z]{1,2}[0-9]{6})\(([0-9A])\)$/.exec(hkid);
  return m !== null && hkidCheckDigit(m[1]) === m[2];
}
