/**
 * Issue 12: the inspector keeps what a person is looking at. A finished flow's page stays whole
 * while 3,000 other exchanges go through the proxy (sent from the test runner, as another tab or
 * a script would), and so does the page after a reload, which rebuilds it from the server alone.
 */
import { test, expect, type Page } from '@playwright/test';
import { FlowsPage } from './pages/flows-page.ts';

const OTHERS = 3_000;
const AT_ONCE = 25;
/** Shaped like a sandbox token (so it passes validation) but signed by nobody: 401, and no flow has it. */
const STRANGER =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJub2JvZHkiLCJjaWQiOiJzYW5kYm94LWNsaWVudCJ9.c2lnbmVkLWJ5LW5vYm9keS1hdC1hbGwtMDAwMDAwMDA';

/** Every entry of every timeline on the page, in order: what a person sees as the flow's steps. */
async function steps(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="flow-timeline-"] [data-testid^="timeline-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
}

test('a finished flow keeps every step on its open page and after a reload while 3,000 other exchanges pass', async ({
  page,
  request,
  baseURL,
}) => {
  // Sending 3,000 requests is the work itself, not waiting: it needs more than the default 30 s on a busy runner.
  test.setTimeout(120_000);
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('approve');
  const id = await flows.run('auth-formfilling');
  await flows.finished();
  // The last steps may still be arriving after the recipe says done: take them once they hold still.
  let before: string[] = [];
  await expect
    .poll(
      async () => {
        const now = await steps(page);
        const settled = now.length > 0 && JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return settled;
      },
      { message: 'the finished family shows its steps', intervals: [700] },
    )
    .toBe(true);
  const family = (await (await request.get(`/api/flows/${id}`)).json()) as { exchanges: string[] };

  // Plain fetch from the runner, counted here and checked once: 3,000 Playwright request steps
  // and 6,000 expect steps would make the runner's own bookkeeping the slow part.
  const headers = { 'x-playground': '1', 'content-type': 'application/json', origin: baseURL!, 'sec-fetch-site': 'same-origin' };
  const answers = new Map<string, number>();
  for (let sent = 0; sent < OTHERS; sent += AT_ONCE) {
    const batch = Array.from({ length: AT_ONCE }, () =>
      fetch(`${baseURL}/proxy/sandbox/iamsmart/v2/callback/client`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ token: STRANGER }),
      }).then(async (res) => {
        await res.arrayBuffer();
        const key = `${res.status} ${res.headers.get('x-playground-exchange-id') ? 'recorded' : 'not recorded'}`;
        answers.set(key, (answers.get(key) ?? 0) + 1);
      }),
    );
    await Promise.all(batch);
  }
  expect(Object.fromEntries(answers), 'the sandbox refuses each token, and the proxy records each call').toEqual({
    '401 recorded': OTHERS,
  });
  const { exchanges: latest } = (await (await request.get('/api/exchanges?limit=500')).json()) as { exchanges: { flowId?: string }[] };
  expect(latest.filter((e) => e.flowId === undefined).length, 'the others were recorded, apart from the flow').toBeGreaterThan(0);

  await expect.poll(() => steps(page), { message: 'the open page still shows every step' }).toEqual(before);
  for (const x of family.exchanges)
    expect((await request.get(`/api/exchanges/${x}`)).status(), `exchange ${x} of the flow is still kept`).toBe(200);

  await page.reload();
  await expect.poll(() => steps(page), { message: 'the reloaded page shows every step again' }).toEqual(before);
});
