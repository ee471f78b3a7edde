import { describe, expect, it } from 'vitest';
import { compactDecrypt } from 'jose';
import { endpoint } from '../../shared/catalogue/index.ts';
import { deriveJweKey } from '../../shared/crypto/jwe-key.ts';
import { TEST_CLIENT } from '../config.ts';
import { CLIENT, ORIGIN, PLAYGROUND, qualityServer } from '../testing/quality-server.ts';

const FLOWS = 200;

interface Persona {
  id: string;
  enName: string;
}

describe('200 concurrent flows through the proxy', () => {
  it('REL-3: every flow gets its own result, for its own persona: none lost, duplicated or crossed', async () => {
    const q = qualityServer();
    const personas = ((await (await q.request('/sandbox/_control/personas', { headers: CLIENT })).json()) as { personas: Persona[] })
      .personas;
    expect(personas.length).toBeGreaterThanOrEqual(6);
    const spec = endpoint('formfilling-anonymous');
    const key = await deriveJweKey(TEST_CLIENT.secret);

    const run = async (i: number) => {
      const persona = personas[i % personas.length];
      const flowId = `load-${i}`;
      const body = { ...spec.example, redirect: `${ORIGIN}/callback?flow=${flowId}`, profileFields: ['enName', 'idNo'] };
      delete (body as Record<string, unknown>).redirectURI;
      const init = await q.post(`/proxy/sandbox${spec.path}`, body, {
        ...PLAYGROUND,
        'x-sandbox-scenario': 'approve-after-polls=1',
        'x-sandbox-persona': persona.id,
      });
      expect(init.status, await init.clone().text()).toBe(200);
      const { token } = (await init.json()) as { token: string };
      let poll: Response;
      let polls = 0;
      do {
        poll = await q.post(`/proxy/sandbox${endpoint('poll').path}`, { token }, PLAYGROUND);
        polls += 1;
      } while (poll.status === 202 && polls < 5);
      expect(poll.status).toBe(200);
      const { data } = (await poll.json()) as { data: string };
      const plain = JSON.parse(new TextDecoder().decode((await compactDecrypt(data, key)).plaintext)) as {
        formFilling: { enName?: unknown };
      };
      return { i, flowId, token, data, persona, polls, enName: JSON.stringify(plain.formFilling.enName) };
    };

    const results = await Promise.all(Array.from({ length: FLOWS }, (_, i) => run(i)));
    expect(results).toHaveLength(FLOWS);
    expect(new Set(results.map((r) => r.token)).size).toBe(FLOWS);
    expect(new Set(results.map((r) => r.data)).size).toBe(FLOWS);
    for (const r of results) {
      expect(r.polls).toBe(2);
      // The decrypted name is this flow's persona's, and no other persona's.
      const surname = r.persona.enName.split(',')[0];
      expect(r.enName).toContain(surname);
      for (const other of personas)
        if (other.id !== r.persona.id && !other.enName.startsWith(surname)) expect(r.enName).not.toContain(other.enName.split(',')[0]);
    }
    // Each flow id the proxy recorded holds its own initiation and its two polls.
    const flows = q.server.playground.inspector.flows;
    for (const r of results.slice(0, 20)) expect((await flows.get(r.flowId))?.exchanges.length).toBe(3);
    await q.server.close();
  });
});
