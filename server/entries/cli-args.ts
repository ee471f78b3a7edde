/**
 * The command line of `iamsmart-sandbox` and `iamsmart-playground`: --port N, --host H,
 * --config FILE, --help. Anything else is refused with what to type instead (rule 4: no crash).
 */
import type { CommandLine } from '../config.ts';

export type Parsed = { ok: true; cli: CommandLine; help: boolean } | { ok: false; message: string };

export function usage(command: string, what: string): string {
  return [
    `${command}: ${what}`,
    '',
    `usage: ${command} [--port N] [--host H] [--config FILE]`,
    '  --port N        port to listen on (default: PORT, else 8787)',
    '  --host H        address to listen on (default: HOST, else 127.0.0.1)',
    '  --config FILE   a playground.config.json: sandbox clients, environments, settings',
    '',
    'Every setting can also come from the environment; see docs/configuration.md in the package.',
  ].join('\n');
}

export function parseArgs(argv: readonly string[]): Parsed {
  const cli: CommandLine = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
        : [argv[i], undefined];
    if (flag === '--help' || flag === '-h') {
      help = true;
      continue;
    }
    if (flag !== '--port' && flag !== '--host' && flag !== '--config')
      return { ok: false, message: `unknown argument '${argv[i]}'; expected --port N, --host H or --config FILE` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
      return { ok: false, message: `${flag} needs a value` };
    if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        return { ok: false, message: `--port must be a whole number from 0 to 65535, got '${value}'` };
      cli.port = port;
    } else if (flag === '--host') cli.host = value;
    else cli.configFile = value;
  }
  return { ok: true, cli, help };
}
