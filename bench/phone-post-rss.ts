/**
 * RSS of the real server (child process, HTTP) around a 300 MB chunked POST to the simulated
 * phone's form (issue 13 D7, docs/quality-targets.md REL-1): the form is capped at 4 KB, so the
 * server must answer 413 early and its memory must not follow the upload. Read from
 * /proc/<pid>/status: VmRSS before and after, and VmHWM (the peak, reset just before) during.
 */
import { request } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { startBenchServer } from './bench-server.ts';
import { BENCH_PORTS } from './loopback-guard.ts';
import { CLIENT_HEADERS, initiationBody } from './sandbox-calls.ts';

export interface PhonePostFigures {
  beforeMb: number;
  afterMb: number;
  peakMb: number;
  status: number;
  /** Bytes the client had written when the answer (or the close) came. */
  sentMb: number;
  answeredMs: number;
}

const TOTAL = 300 << 20;
const CHUNK = Buffer.alloc(64 << 10, 0x61);

function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Streams up to 300 MB as chunked; stops writing as soon as the server answers or closes. */
function chunkedPost(url: string): Promise<{ status: number; sent: number; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let sent = 0;
    let done = false;
    const finish = (status: number) => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sent, ms: performance.now() - started });
    };
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' } },
      (res) => {
        res.resume();
        finish(res.statusCode ?? 0);
      },
    );
    req.on('error', () => finish(0));
    const pump = () => {
      while (!done && sent < TOTAL) {
        sent += CHUNK.byteLength;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!done) req.end();
    };
    req.write('persona=');
    pump();
  });
}

export async function phonePostRss(): Promise<PhonePostFigures> {
  const server = await startBenchServer(BENCH_PORTS.compiledRss);
  try {
    const pid = server.child.pid!;
    const body = JSON.stringify(initiationBody('auth', server.url));
    // Warm the code paths (a few flows, one phone page), as memory.ts does.
    let ticket = '';
    for (let i = 0; i < 50; i++) {
      const res = await fetch(`${server.url}/sandbox/iamsmart/v2/request/auth`, { method: 'POST', headers: CLIENT_HEADERS, body });
      ticket = new URL(((await res.json()) as { url: string }).url).pathname.split('/').pop()!;
    }
    await (await fetch(`${server.url}/sandbox/sim/app/${ticket}`)).text();
    await new Promise((r) => setTimeout(r, 1000));
    // Resets VmHWM to the current RSS, so the peak below is the upload's alone.
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const before = memory(pid);
    const answer = await chunkedPost(`${server.url}/sandbox/sim/app/${ticket}/reject`);
    await new Promise((r) => setTimeout(r, 1500));
    const after = memory(pid);
    return {
      beforeMb: before.rss,
      afterMb: after.rss,
      peakMb: after.hwm,
      status: answer.status,
      sentMb: answer.sent / 2 ** 20,
      answeredMs: answer.ms,
    };
  } finally {
    await server.stop();
  }
}
