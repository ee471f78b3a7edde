/**
 * HAR 1.2 export of the exchange log (http://www.softwareishard.com/blog/har-12-spec/). Built from
 * the stored exchanges, which hold no secret; `redact` runs once more over every entry. Built one
 * page of the log and one entry at a time, so the export never holds the whole log parsed (D9).
 */
import { redact } from '../log.ts';
import type { Exchange } from './exchange.ts';
import type { ExchangeStore } from './inspector-store.ts';

type HarHeader = { name: string; value: string };

function headers(h: Record<string, string>): HarHeader[] {
  return Object.entries(h).map(([name, value]) => ({ name, value }));
}

function text(body: unknown): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function entry(e: Exchange, publicUrl: string) {
  const query = e.request.query ?? '';
  const url = `${publicUrl}/proxy/${e.env}${e.request.path}${query ? `?${query}` : ''}`;
  const reqText = text(e.request.body);
  const resText = text(e.response?.body);
  return {
    startedDateTime: e.startedAt,
    time: e.timings.totalMs,
    request: {
      method: e.request.method,
      url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headers(e.request.headers),
      queryString: [...new URLSearchParams(query)].map(([name, value]) => ({ name, value })),
      ...(reqText ? { postData: { mimeType: e.request.headers['content-type'] ?? 'application/json', text: reqText } } : {}),
      headersSize: -1,
      bodySize: reqText.length,
    },
    response: {
      status: e.response?.status ?? 0,
      statusText: e.error?.message ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headers(e.response?.headers ?? {}),
      content: { size: resText.length, mimeType: e.response?.headers['content-type'] ?? 'application/json', text: resText },
      redirectURL: e.response?.headers['location'] ?? '',
      headersSize: -1,
      bodySize: resText.length,
    },
    cache: {},
    timings: { send: 0, wait: e.timings.upstreamMs ?? e.timings.totalMs, receive: 0 },
    comment: [e.endpointId, e.flowId && `flow ${e.flowId}`, e.error?.code].filter(Boolean).join(' · '),
  };
}

/** Oldest first, as HAR viewers expect. */
export async function buildHar(log: Pick<ExchangeStore, 'page'>, publicUrl: string): Promise<string> {
  const entries: string[] = [];
  let before: string | undefined;
  do {
    const page = await log.page(500, before);
    for (const json of page.items) entries.push(redact(JSON.stringify(entry(JSON.parse(json) as Exchange, publicUrl))));
    before = page.next;
  } while (before !== undefined);
  const creator = JSON.stringify({ name: 'iamsmart-playground', version: '0.1.0' });
  return `{"log":{"version":"1.2","creator":${creator},"entries":[${entries.reverse().join(',')}]}}`;
}
