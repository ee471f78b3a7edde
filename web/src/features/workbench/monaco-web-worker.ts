/**
 * Stands in for monaco-editor's `internal/common/workers.js` (vite.config.ts aliases it here).
 * The original, which the JSON language's worker manager imports, also imports every editor
 * contribution for its side effects: that alone put inline completions, sticky scroll, rename,
 * code lens and the rest (~120 KB gzip) back into the lazily loaded JSON mode. This is the same
 * createWebWorker without those imports; the editor features we use are in monaco-features.ts.
 */
import { editor } from 'monaco-editor/editor';

interface WorkerOptions {
  moduleId: string;
  label?: string;
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
  createWorker?: () => Worker;
}

function getWorker(label: string, createWorker?: () => Worker): Worker | Promise<Worker> {
  const env = (globalThis as { MonacoEnvironment?: monacoEnvironment }).MonacoEnvironment;
  if (typeof env?.getWorker === 'function') return env.getWorker('workerMain.js', label);
  if (typeof env?.getWorkerUrl === 'function') return new Worker(env.getWorkerUrl('workerMain.js', label), { name: label, type: 'module' });
  if (createWorker) return createWorker();
  throw new Error('You must define a function MonacoEnvironment.getWorkerUrl or MonacoEnvironment.getWorker');
}

type monacoEnvironment = {
  getWorker?: (id: string, label: string) => Worker | Promise<Worker>;
  getWorkerUrl?: (id: string, label: string) => string;
};

export function createWebWorker<T extends object>(opts: WorkerOptions): editor.MonacoWebWorker<T> {
  const worker = Promise.resolve(getWorker(opts.label ?? 'monaco-editor-worker', opts.createWorker)).then((w) => {
    w.postMessage('ignore');
    w.postMessage(opts.createData);
    return w;
  });
  return editor.createWebWorker<T>({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
}
