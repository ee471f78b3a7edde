/**
 * The recipes this tab started, kept in sessionStorage so a reload can resume them: which recipe,
 * its settings (scenario, persona, interval, source) and when it started. Where it got to is not
 * kept here: that comes from the server's records (recipe-resume.ts).
 */
import type { RunOptions } from './recipe-runner.ts';

export interface SavedRun {
  recipeId: string;
  options: RunOptions;
  startedAt: number;
  /** The user paused or stopped it: a reload keeps it so. */
  halted?: 'paused' | 'stopped';
}

const KEY = 'playground.recipes';
/** Enough for a working session; the oldest go first. */
const MAX_SAVED = 20;

function all(): Record<string, SavedRun> {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, SavedRun>;
  } catch {
    return {};
  }
}

function write(runs: Record<string, SavedRun>): void {
  const newest = Object.entries(runs)
    .sort(([, a], [, b]) => b.startedAt - a.startedAt)
    .slice(0, MAX_SAVED);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(Object.fromEntries(newest)));
  } catch {
    // storage unavailable or full: the run still works, it just does not survive a reload
  }
}

export function saveRun(run: SavedRun): void {
  write({ ...all(), [run.options.flowId]: run });
}

export function savedRun(rootFlowId: string): SavedRun | undefined {
  return typeof sessionStorage === 'undefined' ? undefined : all()[rootFlowId];
}

export function updateSavedRun(rootFlowId: string, change: Partial<SavedRun>): void {
  const runs = all();
  if (runs[rootFlowId]) write({ ...runs, [rootFlowId]: { ...runs[rootFlowId], ...change } });
}
