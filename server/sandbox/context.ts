/** Everything a sandbox handler needs, built once per sandbox instance by index.ts. */
import type { Config, SandboxClient, SandboxSettings } from '../config.ts';
import type { Logger } from '../log.ts';
import { clientNow, type MovableClock } from './clock.ts';
import type { TokenIssuer } from './crypto/tokens.ts';
import type { SandboxStore } from './store/types.ts';

export interface SandboxContext {
  settings: SandboxSettings;
  /** Origin the sandbox is reached at (config.publicUrl); QR and callback URLs start with it + /sandbox. */
  publicUrl: string;
  clients: readonly SandboxClient[];
  store: SandboxStore;
  clock: MovableClock;
  tokens: TokenIssuer;
  /** The token key, reused to derive stable access tokens. */
  tokenKey: Uint8Array;
  log: Logger;
}

export function sandboxBase(ctx: SandboxContext): string {
  return `${ctx.publicUrl.replace(/\/+$/, '')}/sandbox`;
}

export function nowFor(ctx: SandboxContext, clientId: string): Promise<number> {
  return clientNow(ctx.clock, ctx.store, clientId);
}

export function findClient(ctx: SandboxContext, id: string): SandboxClient | undefined {
  return ctx.clients.find((c) => c.id === id);
}

export type { Config };
