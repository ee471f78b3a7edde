/** A process's resident memory as the kernel counts it (/proc/<pid>/status), in MB. */
import { readFileSync } from 'node:fs';

export function processRssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}
