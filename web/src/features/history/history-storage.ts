/**
 * The browser-side history of sent requests, in localStorage: small, synchronous, survives a
 * reload. Bounded by entry count and by body size, so a few large responses cannot fill the quota.
 */
import type { EndpointId } from '../../../../shared/catalogue/index.ts';

export interface HistoryEntry {
  id: string;
  at: string;
  env: string;
  endpointId: EndpointId;
  method: string;
  path: string;
  /** The editor text as sent. */
  input: string;
  scenario?: string;
  persona?: string;
  status?: number;
  ms?: number;
  /** The response body as text, cut at BODY_LIMIT characters. */
  responseText?: string;
  responseTruncated?: boolean;
  /** A network failure instead of a response. */
  error?: string;
}

export const HISTORY_KEY = 'playground.history';
export const MAX_ENTRIES = 200;
export const BODY_LIMIT = 20_000;

export function loadHistory(storage: Storage | undefined = globalThis.localStorage): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as HistoryEntry[]).filter((e) => e && typeof e.id === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves newest-first entries; when the quota is hit, drops the oldest half and tries again. */
export function saveHistory(entries: HistoryEntry[], storage: Storage | undefined = globalThis.localStorage): HistoryEntry[] {
  let kept = entries.slice(0, MAX_ENTRIES);
  for (;;) {
    try {
      storage?.setItem(HISTORY_KEY, JSON.stringify(kept));
      return kept;
    } catch {
      if (kept.length <= 1) return kept;
      kept = kept.slice(0, Math.ceil(kept.length / 2));
    }
  }
}

export function cutBody(text: string): { responseText: string; responseTruncated: boolean } {
  return { responseText: text.slice(0, BODY_LIMIT), responseTruncated: text.length > BODY_LIMIT };
}

/** Case-insensitive match on endpoint, path, env, status, request and response text. */
export function matches(entry: HistoryEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [entry.endpointId, entry.path, entry.env, String(entry.status ?? ''), entry.input, entry.responseText ?? '', entry.error ?? '']
    .join('\n')
    .toLowerCase()
    .includes(q);
}
