import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { API, harness, REDIRECT, type Harness } from '../../testing/test-harness.ts';

async function start(h: Harness, body: Record<string, unknown>, path = 'auth') {
  const init = await h.call(`${API}/request/${path}`, { source: 'PC_Browser', redirect: REDIRECT, ...body });
  const list = (await (await h.get('/_control/transactions')).json()) as { transactions: { ticketID: string }[] };
  return { token: init.body.token as string, ticketID: list.transactions.at(-1)!.ticketID };
}

const form = (persona?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: persona ? `persona=${persona}` : '',
});

describe('simulated iAM Smart pages', () => {
  it('shows a real QR code of the deep link, a phone link, and follows the transaction by its same-origin script, no timed meta refresh', async () => {
    const h = harness();
    const { ticketID } = await start(h, {});
    const res = await h.sandbox.app.request(`/sim/qr/${ticketID}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('data-testid="qr-code"');
    expect(html).toContain(`data-deep-link="hk.gov.iamsmart.testapp://auth?ticketID=${ticketID}"`);
    expect(html).toContain(
      await QRCode.toString(`hk.gov.iamsmart.testapp://auth?ticketID=${ticketID}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    );
    expect(html).toContain(`href="/sandbox/sim/app/${ticketID}"`);
    expect(html).toContain('<script src="/sandbox/sim/waiting.js" defer></script>');
    expect(html).toContain('<body data-waiting>');
    // The only timed refresh is the fallback without scripts.
    expect(html.replace(/<noscript>.*?<\/noscript>/g, '')).not.toContain('http-equiv="refresh"');
    expect(html).not.toMatch(/<script>/);
    const script = await h.sandbox.app.request('/sim/waiting.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain("hasAttribute('data-waiting')");
  });

  it('sends the browser from the QR page to the callback once the user has acted', async () => {
    const h = harness();
    const { ticketID } = await start(h, {});
    await h.sandbox.app.request(`/sim/app/${ticketID}/approve`, form('lee-ka-ho'));
    const html = await (await h.sandbox.app.request(`/sim/qr/${ticketID}`)).text();
    expect(html).toMatch(
      /content="0;url=\/sandbox\/iamsmart\/v2\/callback\/redirect\?service=auth&amp;state=[A-Za-z0-9]{36}&amp;code=[a-f0-9]{32}/,
    );
    const list = (await (await h.get('/_control/transactions')).json()) as { transactions: { persona: string }[] };
    expect(list.transactions[0].persona).toBe('lee-ka-ho');
  });

  it('shows the phone with who asks, the document, the 4 digits, the persona picker and three buttons, in zh-HK', async () => {
    const h = harness();
    const { ticketID } = await start(
      h,
      { lang: 'zh-HK', name: '申請表', fileHash: 'a'.repeat(64), organisation: 'Sample Org' },
      'signing-anonymous',
    );
    const html = await (await h.sandbox.app.request(`/sim/app/${ticketID}`)).text();
    expect(html).toContain('lang="zh-HK"');
    expect(html).toContain('Sample Org');
    expect(html).toContain('簽署文件');
    expect(html).toContain('data-testid="phone-document">申請表<');
    expect(html).toMatch(/data-testid="hkic-code">\d{4}</);
    for (const id of ['persona-select', 'phone-approve', 'phone-reject', 'phone-cancel']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('批准');
  });

  it('fixes the persona of a chained operation to the one who logged in', async () => {
    const h = harness();
    const token = await h.login(undefined, 'wong-siu-ling');
    const init = await h.call(`${API}/request/formfilling`, { token, source: 'PC_Browser', profileFields: ['enName'] });
    const list = (await (await h.get('/_control/transactions')).json()) as { transactions: { ticketID: string; service: string }[] };
    const ticketID = list.transactions.find((t) => t.service === 'formfilling')!.ticketID;
    const html = await (await h.sandbox.app.request(`/sim/app/${ticketID}`)).text();
    expect(html).toContain('data-fixed="true"');
    expect(html.match(/<option /g)).toHaveLength(1);
    await h.sandbox.app.request(`/sim/app/${ticketID}/approve`, form('lee-ka-ho'));
    const done = await h.call(`${API}/callback/client`, { token: init.body.token });
    expect(done.status).toBe(200);
    const after = (await (await h.get('/_control/transactions')).json()) as { transactions: { service: string; persona: string }[] };
    expect(after.transactions.find((t) => t.service === 'formfilling')!.persona).toBe('wong-siu-ling');
  });

  it('sends an app source to the callback with its code after the user approves', async () => {
    const h = harness();
    const { ticketID } = await start(h, { source: 'android' });
    const res = await h.sandbox.app.request(`/sim/app/${ticketID}/approve`, form());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/sandbox/sim/app/${ticketID}`);
    const html = await (await h.sandbox.app.request(`/sim/app/${ticketID}`)).text();
    expect(html).toMatch(
      /content="0;url=\/sandbox\/iamsmart\/v2\/callback\/redirect\?service=auth&amp;state=\w{36}&amp;code=[a-f0-9]{32}&amp;source=android"/,
    );
    expect(html).toContain('data-testid="phone-continue"');
  });

  it('returns a browser source to the phone page, which then shows the outcome', async () => {
    const h = harness();
    const { ticketID } = await start(h, {});
    const res = await h.sandbox.app.request(`/sim/app/${ticketID}/cancel`, form());
    expect(res.headers.get('location')).toBe(`/sandbox/sim/app/${ticketID}`);
    const html = await (await h.sandbox.app.request(`/sim/app/${ticketID}`)).text();
    expect(html).toContain('data-status="cancelled"');
    expect(html).not.toContain('phone-approve');
  });

  it('answers unknown tickets and odd paths with a 404 page', async () => {
    const h = harness();
    for (const path of ['/sim/qr/nope', '/sim/app/..%2F..%2Fetc', `/sim/qr/${'x'.repeat(5000)}`, '/sim/app/abc/explode']) {
      const res = await h.sandbox.app.request(path, path.endsWith('explode') ? form() : undefined);
      expect(res.status, path).toBe(404);
    }
  });
});

describe('the same-device page of mobile browser sources', () => {
  it('offers "Open iAM Smart" instead of a QR code, and hands over to the callback after the user acts', async () => {
    const h = harness();
    for (const source of ['Android_Chrome', 'iOS_Safari', 'Mobile_Browser']) {
      const { ticketID } = await start(h, { source, lang: 'zh-HK' });
      const html = await (await h.sandbox.app.request(`/sim/qr/${ticketID}`)).text();
      expect(html, source).not.toContain('data-testid="qr-code"');
      expect(html).not.toContain('<svg');
      expect(html).toContain(
        `data-testid="broker-open-app" data-deep-link="hk.gov.iamsmart.testapp://auth?ticketID=${ticketID}" href="/sandbox/sim/app/${ticketID}"`,
      );
      expect(html).toContain('打開「智方便」');
      await h.sandbox.app.request(`/sim/app/${ticketID}/approve`, form());
      const phone = await (await h.sandbox.app.request(`/sim/app/${ticketID}`)).text();
      expect(phone).toMatch(
        /content="0;url=\/sandbox\/iamsmart\/v2\/callback\/redirect\?service=auth&amp;state=[A-Za-z0-9]{36}&amp;code=[a-f0-9]{32}/,
      );
    }
  });

  it('keeps the QR page for PC_Browser', async () => {
    const h = harness();
    const { ticketID } = await start(h, {});
    expect(await (await h.sandbox.app.request(`/sim/qr/${ticketID}`)).text()).toContain('data-testid="qr-code"');
  });
});
