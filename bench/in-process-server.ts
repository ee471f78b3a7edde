/** The app built in this process (no socket), with the same lifted sandbox limits as the bench server. */
import { createServer, type Server } from '../server/app.ts';
import { testConfig } from '../server/config.ts';
import { memoryLogger } from '../server/log.ts';

export function inProcessServer(sandbox: Partial<ReturnType<typeof testConfig>['sandbox']> = {}): Server {
  const base = testConfig();
  const config = testConfig({ sandbox: { ...base.sandbox, initsPerMinute: 100_000_000, maxLiveTransactions: 5_000_000, ...sandbox } });
  return createServer({ config, log: memoryLogger() });
}
