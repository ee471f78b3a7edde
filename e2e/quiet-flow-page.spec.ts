/**
 * An open flow page is live by events, not by polling (issue 12): once a finished flow's page has
 * shown everything, it makes no request of its own while nothing is pending. The requests are
 * counted with page.on('request') over a 10 s window; nothing is timed or asserted about speed.
 */
import { test, expect } from './fixtures/index.ts';
import { finishedFamily } from './setup/finished-family.ts';
import { FlowsPage } from './pages/flows-page.ts';

/** The window the issue measures: long enough that any timer-driven refresh would show. */
const QUIET_WINDOW_MS = 10_000;

test('a finished flow page left open makes at most one request (the event stream) in 10 s', async ({ page, request, baseURL }) => {
  const family = await finishedFamily(request, baseURL!);
  const flows = new FlowsPage(page);
  await flows.openFlow(family.rootId);
  await flows.expectShown(family.rootId, 'collected');
  await flows.expectShown(family.childId, 'collected');
  await expect(flows.timeline(family.childId).getByTestId('personal-data-card')).toBeVisible();
  await expect(flows.phone.getByTestId('sandbox-clock')).toContainText(/\d/);

  const seen: string[] = [];
  const count = (r: { method(): string; url(): string }) => seen.push(`${r.method()} ${new URL(r.url()).pathname}`);
  page.on('request', count);
  // The window is the measurement itself (a quiet page does nothing in it), not a wait for a condition.
  await page.waitForTimeout(QUIET_WINDOW_MS);
  page.off('request', count);

  test.info().annotations.push({ type: 'requests in 10 s', description: String(seen.length) });
  expect(
    seen.filter((r) => r !== 'GET /api/events'),
    `requests in ${QUIET_WINDOW_MS} ms: ${seen.slice(0, 20).join(', ')}`,
  ).toEqual([]);
  expect(seen.length).toBeLessThanOrEqual(1);
  // Still showing every step after the window.
  await expect(flows.timeline(family.rootId).getByTestId('timeline-initiation')).toBeVisible();
  await expect(flows.timeline(family.childId).getByTestId('poll-outcome-collected')).toBeVisible();
});
