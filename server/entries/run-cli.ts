/**
 * What both commands do: read the command line, load the config (the command line wins over the
 * environment), start the server, and turn a bad argument or a bad config into one clear line
 * and exit code 2 instead of a stack trace.
 */
import { loadConfig, type CommandLine, type Config } from '../config.ts';
import { logger } from '../log.ts';
import { listen } from '../listen.ts';
import { parseArgs, usage } from './cli-args.ts';

interface Startable {
  app: { fetch: (req: Request) => Response | Promise<Response> };
  close(): Promise<void>;
}

export async function runCli(command: string, what: string, extra: CommandLine, start: (config: Config) => Startable): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${command}: ${parsed.message}\n\n${usage(command, what)}\n`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(`${usage(command, what)}\n`);
    return;
  }
  let config: Config;
  try {
    config = loadConfig(undefined, undefined, { ...extra, ...parsed.cli });
  } catch (err) {
    process.stderr.write(`${command}: ${(err as Error).message}\n`);
    process.exit(2);
  }
  await listen(start(config), config, logger, command);
}
