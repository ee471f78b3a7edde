/**
 * Insert example, made to work here rather than copied from the documentation: the playground's
 * own `/callback?flow=<new id>` as `redirect` (so the callback comes back and the flow id is known
 * before sending), the UI language as `lang`, and the newest token that fits the endpoint.
 */
import { endpoint, type EndpointId } from '../../../../shared/catalogue/index.ts';
import { useSettingsStore } from '../../app/settings-store.ts';
import { useFlowsStore } from '../flows/flows-store.ts';
import { useSandboxClockStore } from '../phone/sandbox-clock-store.ts';
import { stepBody } from '../recipes/request-body.ts';
import { newFlowId, playgroundCallbackUrl } from '../../../../shared/inspector/flow-id.ts';
import { loadCandidates } from './token-candidates.ts';
import { rankTokens } from './rank-tokens.ts';

/** The newest token that fits `id` by the catalogue's chaining rules, if any flow holds one. */
export async function bestTokenFor(id: EndpointId): Promise<string | undefined> {
  const spec = endpoint(id);
  if (!spec.tokenFrom) return undefined;
  const clock = useSandboxClockStore();
  const now = clock.known ? clock.now : Date.now();
  const ranked = rankTokens(spec, await loadCandidates(useFlowsStore(), now).catch(() => []), now);
  return ranked.find((r) => r.fits)?.token;
}

export async function exampleFor(id: EndpointId): Promise<Record<string, unknown>> {
  const token = await bestTokenFor(id);
  return stepBody(id, { redirect: playgroundCallbackUrl(location.origin, newFlowId()), token, lang: useSettingsStore().lang });
}
