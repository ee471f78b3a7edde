/**
 * One-line JSON logs on stderr. `redact` runs over every line, so a secret that slips into a
 * message or field is masked before it leaves the process (rule 5: secrets stay on the server).
 * The redaction itself, and the registry of secrets, live in server/redaction/secret-registry.ts.
 */
import { redact } from './redaction/secret-registry.ts';

export { redact, registerSecret } from './redaction/secret-registry.ts';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
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
