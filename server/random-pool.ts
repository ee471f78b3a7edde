/**
 * CSPRNG bytes drawn 4 KB at a time: one randomFillSync (a system call) per many identifiers
 * instead of a randomBytes call each, which profiles showed at 5–10% of a request's CPU in both
 * the sandbox (ids, codes, JWE IVs) and the inspector (exchange and flow ids). Each byte is
 * handed out once.
 */
import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(4096);
let poolAt = pool.length;

export function randomByte(): number {
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  return pool[poolAt++];
}

/** `n` fresh CSPRNG bytes from the pool. */
export function randomPoolBytes(n: number): Buffer {
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) out[i] = randomByte();
  return out;
}
