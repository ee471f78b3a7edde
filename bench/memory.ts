/**
 * 3. Memory (PERF-7, T-S12, REL-3, REL-1): RSS after 100,000 pending transactions and after they
 * expire and are swept, measured in a child process so the bench's own allocations do not count;
 * and the real server's RSS around a 300 MB chunked POST to the phone's form.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { round } from './stats.ts';
import { compiledRss } from './compiled-rss.ts';
import { phonePostRss } from './phone-post-rss.ts';
import type { Section } from './result-row.ts';

interface Figures {
  created: number;
  errors: number;
  createMs: number;
  clockStatus: number;
  left: number;
  start: { rssMb: number; heapMb: number; externalMb: number };
  full: { rssMb: number; heapMb: number; externalMb: number };
  swept: { rssMb: number; heapMb: number };
  settled: { rssMb: number; heapMb: number };
  settleMs: number;
}

function runChild(count: number): Promise<Figures> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/memory-child.ts', String(count)], {
      cwd: resolve(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolveRun(JSON.parse(line) as Figures);
      } catch {
        reject(new Error(`memory child failed (${code}): ${err || out}`));
      }
    });
  });
}

export async function memory(): Promise<Section> {
  const f = await runChild(100_000);
  const server = await compiledRss(100_000);
  const compiled = server?.idleMb;
  const phone = await phonePostRss();
  const rssBack = f.settled.rssMb / f.start.rssMb;
  const r = (n: number) => round(n, 1);
  // Heap and external memory (the packed transactions live in a Buffer outside the JS heap).
  const perTx = ((f.full.heapMb + f.full.externalMb - f.start.heapMb - f.start.externalMb) * 2 ** 20) / Math.max(1, f.created);
  const back = f.swept.heapMb / f.start.heapMb;
  return {
    name: 'Memory (child process, --expose-gc)',
    rows: [
      {
        id: 'PERF-7',
        metric: 'RSS idle (sandbox + playground built, warmed)',
        value: r(f.start.rssMb),
        unit: 'MB',
        target: '≤ 80 MB',
        pass: f.start.rssMb <= 80,
      },
      {
        id: 'PERF-7',
        metric: 'RSS idle, compiled server (node dist/…/index.js), warmed',
        value: compiled === undefined ? 'n/a' : r(compiled),
        unit: 'MB',
        baseline: { label: 'in-process under tsx MB', value: r(f.start.rssMb) },
        target: '≤ 80 MB',
        pass: compiled !== undefined && compiled <= 80,
        note:
          compiled === undefined
            ? 'run `npm run build` first'
            : 'no tsx or bench harness in the process; 200 initiations + polls over HTTP first',
      },
      {
        id: 'REL-3',
        metric: `RSS of the compiled server holding ${server?.created ?? 0} pending transactions (HTTP)`,
        value: server === undefined ? 'n/a' : r(server.pendingMb),
        unit: 'MB',
        baseline: { label: 'RSS idle MB', value: r(compiled ?? 0) },
        target: '≤ 150 MB (PERF-7 after 100k requests)',
        pass: server !== undefined && server.pendingMb <= 150 && server.errors === 0,
        gate: { key: 'compiled RSS 100k pending MB', better: 'lower' },
        note:
          server === undefined
            ? 'run `npm run build` first'
            : `initiated by autocannon (c=32) from the bench process in ${round(server.createMs / 1000, 1)} s, ${server.errors} errors; the server's process alone (/proc/<pid>/status)`,
      },
      {
        id: 'REL-3',
        metric: `RSS after ${f.created} pending transactions, in-process (tsx, load generator in the same heap)`,
        value: r(f.full.rssMb),
        unit: 'MB',
        baseline: { label: 'RSS idle MB', value: r(f.start.rssMb) },
        note: `heap ${r(f.full.heapMb)} MB, external ${r(f.full.externalMb)} MB, ~${round(perTx, 0)} B/transaction; created in ${round(f.createMs / 1000, 1)} s, ${f.errors} errors`,
      },
      {
        id: 'T-S12',
        metric: 'heap after expiry + sweep / heap idle',
        value: round(back, 2),
        unit: 'ratio',
        baseline: { label: 'heap idle MB', value: r(f.start.heapMb) },
        target: '≤ 1.10',
        pass: back <= 1.1,
        gate: { key: 'heap swept/idle', better: 'lower' },
        note: `RSS after sweep ${r(f.swept.rssMb)} MB (the allocator keeps pages; heap is the honest figure); ${f.left} transactions listed after the sweep; clock move ${f.clockStatus}`,
      },
      {
        id: 'REL-3',
        metric: `RSS once settled after ${f.created} transactions are swept / RSS idle`,
        value: round(rssBack, 2),
        unit: 'ratio',
        baseline: { label: 'RSS idle MB', value: r(f.start.rssMb) },
        target: '≤ 1.10 (issue 13)',
        pass: rssBack <= 1.1,
        gate: { key: 'RSS settled/idle', better: 'lower' },
        note: `RSS ${r(f.full.rssMb)} MB full → ${r(f.swept.rssMb)} MB right after the sweep (${round(f.swept.rssMb / f.start.rssMb, 2)}×) → ${r(f.settled.rssMb)} MB ${round(f.settleMs / 1000, 1)} s later, idle, once V8's memory reducer has returned the pages; heap ${r(f.full.heapMb)} → ${r(f.settled.heapMb)} MB`,
      },
      {
        id: 'REL-1',
        metric: '300 MB chunked POST to the phone form: RSS growth (after − before)',
        value: r(phone.afterMb - phone.beforeMb),
        unit: 'MB',
        baseline: { label: 'RSS before MB', value: r(phone.beforeMb) },
        target: '≤ 10 MB, refused early (issue 13 D7)',
        pass: phone.afterMb - phone.beforeMb <= 10 && phone.status === 413,
        note: `answer ${phone.status} after ${round(phone.answeredMs, 0)} ms, ${round(phone.sentMb, 1)} MB sent by then; peak during the upload ${r(phone.peakMb)} MB (VmHWM)`,
      },
    ],
    notes: [
      'the phone-form row runs the real server (tsx, child process, HTTP) on port 8815 and reads /proc/<pid>/status',
      'the clock is moved through the control API past the pending timeout plus the 18-minute retention; the sweeper interval is set to 200 ms for the run',
    ],
  };
}
