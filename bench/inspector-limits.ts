/**
 * The inspector's limits under load (issue 13 D8, D9): one bench section made of the retention
 * rows (exchange-retention.ts) and the callback-check row (callback-load.ts).
 */
import type { Section } from './result-row.ts';
import { callbackLoad } from './callback-load.ts';
import { exchangeRetention } from './exchange-retention.ts';

export async function inspectorLimits(): Promise<Section> {
  const retention = await exchangeRetention();
  const callbacks = await callbackLoad();
  return {
    name: 'Inspector limits (issue 13 D8, D9; child processes)',
    rows: [...retention.rows, ...callbacks.rows],
    notes: [...retention.notes, ...callbacks.notes],
  };
}
