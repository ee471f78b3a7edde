/**
 * One-line JSON logs on stderr. `redact` runs over every line, so a secret that slips into a
 * message or field is masked before it leaves the process (rule 5: secrets stay on the server).
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const secrets = new Set<string>();

/** Registers a value that must never appear in a log line (client secrets, in every form). */
export function registerSecret(secret: string): void {
  if (secret.length < 8) return;
  secrets.add(secret);
  if (/^[0-9a-fA-F]+$/.test(secret) && secret.length % 2 === 0) secrets.add(Buffer.from(secret, 'hex').toString('base64'));
  secrets.add(Buffer.from(secret, 'utf8').toString('base64'));
}

export function redact(text: string): string {
  let out = text;
  // includes() first: this runs over every proxied body, and a miss is the common case.
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[REDACTED]');
  return out;
}

function write(level: string, message: string, fields?: Record<string, unknown>): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  process.stderr.write(redact(line) + '\n');
}

export const logger: Logger = {
  info: (m, f) => write('info', m, f),
  warn: (m, f) => write('warn', m, f),
  error: (m, f) => write('error', m, f),
};

/** A logger that keeps lines in memory, for tests that assert what was (not) logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (m: string, f?: Record<string, unknown>) => {
    lines.push(redact(JSON.stringify({ level, message: m, ...f })));
  };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}
