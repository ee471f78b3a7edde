import { describe, expect, it } from 'vitest';
import { parseArgs, usage } from './cli-args.ts';

describe('command line of iamsmart-sandbox / iamsmart-playground', () => {
  it('reads --port, --host and --config, spaced or with =', () => {
    expect(parseArgs(['--port', '8799', '--host', '0.0.0.0', '--config', 'my.json'])).toEqual({
      ok: true,
      help: false,
      cli: { port: 8799, host: '0.0.0.0', configFile: 'my.json' },
    });
    expect(parseArgs(['--port=0', '--config=a=b.json'])).toEqual({ ok: true, help: false, cli: { port: 0, configFile: 'a=b.json' } });
    expect(parseArgs([])).toEqual({ ok: true, help: false, cli: {} });
    expect(parseArgs(['-h'])).toMatchObject({ ok: true, help: true });
  });

  it('refuses what it does not know, saying what to type', () => {
    expect(parseArgs(['--prot', '1'])).toEqual({
      ok: false,
      message: "unknown argument '--prot'; expected --port N, --host H or --config FILE",
    });
    expect(parseArgs(['--port'])).toEqual({ ok: false, message: '--port needs a value' });
    expect(parseArgs(['--port', '--host', 'x'])).toEqual({ ok: false, message: '--port needs a value' });
    expect(parseArgs(['--port', '70000'])).toMatchObject({ ok: false, message: expect.stringContaining('0 to 65535') });
    expect(usage('iamsmart-sandbox', 'the sandbox')).toContain('usage: iamsmart-sandbox [--port N] [--host H] [--config FILE]');
  });
});
