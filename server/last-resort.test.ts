import { describe, expect, it } from 'vitest';
import { installLastResort } from './last-resort.ts';
import { memoryLogger, registerSecret } from './log.ts';

describe('installLastResort', () => {
  it('logs a stray rejection and exception, redacted and without a stack, instead of ending the process', () => {
    const log = memoryLogger();
    registerSecret('last-resort-secret-value');
    const remove = installLastResort(log);
    try {
      process.emit('unhandledRejection', new Error('lost last-resort-secret-value'), Promise.resolve());
      process.emit('uncaughtException', { toString: null } as unknown as Error);
    } finally {
      remove();
    }
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toContain('Error: lost [REDACTED]');
    expect(log.lines[0]).not.toContain('last-resort-secret-value');
    expect(log.lines[0]).not.toContain('at ');
    expect(log.lines[1]).toContain('still serving');
  });
});
