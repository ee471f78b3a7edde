import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

function installed(name: string): number[] {
  const v = lock.packages[`node_modules/${name}`]?.version;
  if (!v) throw new Error(`${name} is not in package-lock.json`);
  return v.split('-')[0].split('.').map(Number);
}

function atLeast(v: number[], floor: number[]): boolean {
  for (let i = 0; i < floor.length; i++) if ((v[i] ?? 0) !== floor[i]) return (v[i] ?? 0) > floor[i];
  return true;
}

describe('dependency floor', () => {
  it('SEC-10: hono, @hono/node-server and jose are at or above the advisory floors', () => {
    expect(atLeast(installed('hono'), [4, 12, 34])).toBe(true);
    const node = installed('@hono/node-server');
    expect(node[0] >= 2 || atLeast(node, [1, 19, 13])).toBe(true);
    expect(installed('jose')[0]).toBeGreaterThanOrEqual(6);
  });

  it('compares versions part by part', () => {
    expect(atLeast([4, 12, 34], [4, 12, 34])).toBe(true);
    expect(atLeast([4, 9, 99], [4, 12, 0])).toBe(false);
    expect(atLeast([5, 0, 0], [4, 12, 34])).toBe(true);
  });
});
