/**
 * 4. Front end (SIZE-1, SIZE-2, TTI-1): gzip sizes from dist/web, and the median time to an
 * interactive endpoint list at 1× and 4× CPU over five cold runs each, 1× and 4× alternating.
 */
import { startBenchServer } from './bench-server.ts';
import { BENCH_PORTS } from './loopback-guard.ts';
import { bundleSizes } from './bundle-size.ts';
import { interactiveMs, launch } from './interactive-time.ts';
import { firstEditorUseBytes } from './wire-bytes.ts';
import { median, round } from './stats.ts';
import type { Row, Section } from './result-row.ts';

const RUNS = 5;

export async function frontEnd(): Promise<Section> {
  const sizes = bundleSizes();
  if (!sizes) return { name: 'Front end', rows: [], notes: ['dist/web/index.html is missing: run `npm run build` first'] };
  const rows: Row[] = [
    {
      id: 'SIZE-1',
      metric: 'first page JS+CSS (index.html closure), gzip',
      value: round(sizes.initialKb, 1),
      unit: 'KB',
      target: '≤ 150 KB',
      pass: sizes.initialKb <= 150,
      gate: { key: 'first page gzip KB', better: 'lower' },
      note: sizes.initialFiles.join(' '),
    },
    {
      id: 'SIZE-2',
      metric: `lazy editor chunks (${sizes.editorFiles.length} files), gzip`,
      value: round(sizes.editorKb, 1),
      unit: 'KB',
      baseline: { label: 'first page KB', value: round(sizes.initialKb, 1) },
      target: '≤ 1,126 KB (Monaco JSON-only)',
      pass: sizes.editorKb <= 1126,
      gate: { key: 'editor chunks gzip KB', better: 'lower' },
      note: sizes.editorFiles.join(' '),
    },
  ];
  const server = await startBenchServer(BENCH_PORTS.frontEnd);
  const browser = await launch();
  try {
    await interactiveMs(browser, `${server.url}/`, 1); // warm the server and the OS file cache
    const wire = await firstEditorUseBytes(browser, server.url);
    const mb = (n: number) => round(n / 1e6, 3);
    rows.push(
      {
        id: 'SIZE-3',
        metric: `first use of the editor, bytes on the wire, Chromium (br), ${wire.requests} requests`,
        value: mb(wire.browserBytes),
        unit: 'MB',
        baseline: { label: 'uncompressed MB', value: mb(wire.identityBytes) },
        target: '≤ 1.0 MB (issue 18)',
        pass: wire.browserBytes <= 1e6,
        gate: { key: 'editor first use br MB', better: 'lower' },
        note: `Monaco chunk ${round(wire.editorJsBrowserBytes / 1e3, 0)} KB on the wire; headers included; the SSE stream left out`,
      },
      {
        id: 'SIZE-3',
        metric: 'the same requests with Accept-Encoding: gzip',
        value: mb(wire.gzipBytes),
        unit: 'MB',
        baseline: { label: 'uncompressed MB', value: mb(wire.identityBytes) },
        target: '≤ 1.2 MB (issue 18)',
        pass: wire.gzipBytes <= 1.2e6,
        gate: { key: 'editor first use gzip MB', better: 'lower' },
      },
    );
    const times: Record<number, number[]> = { 1: [], 4: [] };
    for (let i = 0; i < RUNS; i++)
      for (const rate of i % 2 ? [4, 1] : [1, 4]) times[rate].push(await interactiveMs(browser, `${server.url}/`, rate));
    const t1 = median(times[1]);
    const t4 = median(times[4]);
    rows.push(
      {
        id: 'TTI-1',
        metric: `navigation → endpoint list clickable, 1× CPU (median of ${RUNS})`,
        value: round(t1, 0),
        unit: 'ms',
        target: '≤ 800 ms',
        pass: t1 <= 800,
        note: `runs ${times[1].map((t) => round(t, 0)).join(', ')}`,
      },
      {
        id: 'TTI-1',
        metric: `navigation → endpoint list clickable, 4× CPU (median of ${RUNS})`,
        value: round(t4, 0),
        unit: 'ms',
        baseline: { label: '1× ms', value: round(t1, 0) },
        target: '≤ 2,000 ms',
        pass: t4 <= 2000,
        note: `runs ${times[4].map((t) => round(t, 0)).join(', ')}`,
      },
    );
  } finally {
    await browser.close();
    await server.stop();
  }
  return {
    name: 'Front end',
    rows,
    notes: [
      'a fresh browser context per run (cold HTTP cache); throttling via CDP Emulation.setCPUThrottlingRate',
      'SIZE-3: the page and its workers load through a counting forwarder; 1 MB = 10^6 bytes',
    ],
  };
}
