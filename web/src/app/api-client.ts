/**
 * The SPA's only way to reach the server. Every call carries `x-playground: 1` and JSON content
 * type, which the server requires of state-changing requests (CSRF defence, docs/quality-targets.md SEC-5).
 * The browser never sends credentials: the proxy adds them.
 */
export interface ProxyResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** Raw text when the body is not JSON. */
  text: string;
  ms: number;
  exchangeId?: string;
  flowId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const HEADERS = { 'content-type': 'application/json', 'x-playground': '1' };

async function parse(res: Response): Promise<{ body: unknown; text: string }> {
  const text = await res.text();
  try {
    return { body: text ? JSON.parse(text) : undefined, text };
  } catch {
    return { body: undefined, text };
  }
}

/** Calls the playground's own API (/api/...). Throws ApiError with the server's code on failure. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: HEADERS,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const { body } = await parse(res);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `HTTP ${res.status}`, err?.details);
  }
  return body as T;
}

/**
 * Sends an API request through the proxy: `/proxy/<env><apiPath>`. Never throws for an HTTP
 * status (a 4xx is a result to show); throws only when the server cannot be reached at all.
 */
export async function sendThroughProxy(
  env: string,
  apiPath: string,
  init: { method: string; body?: unknown; query?: Record<string, string>; headers?: Record<string, string> },
): Promise<ProxyResult> {
  const qs = init.query ? `?${new URLSearchParams(init.query)}` : '';
  const started = performance.now();
  const res = await fetch(`/proxy/${encodeURIComponent(env)}${apiPath}${qs}`, {
    method: init.method,
    headers: { ...HEADERS, ...init.headers },
    body: init.body === undefined || init.method === 'GET' ? undefined : JSON.stringify(init.body),
    redirect: 'manual',
  });
  const { body, text } = await parse(res);
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  return {
    status: res.status,
    headers,
    body,
    text,
    ms: Math.round(performance.now() - started),
    exchangeId: res.headers.get('x-playground-exchange-id') ?? undefined,
    flowId: res.headers.get('x-playground-flow-id') ?? undefined,
  };
}
