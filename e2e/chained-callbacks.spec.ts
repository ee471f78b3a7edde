/**
 * Authentication → Signing with the user acting on the simulated phone beside the timeline
 * (issue 12): each approval sends the browser back through the sandbox's Callback, and each
 * callback lands on its own flow (the signing callback on the chained flow, not the login's),
 * with its state checked and no warning. A reload mid-recipe picks the recipe up again from what
 * the server knows (auto-polling, the persona who logged in) and it finishes.
 */
import { test, expect } from './fixtures/index.ts';
import { FlowsPage } from './pages/flows-page.ts';
import { RecipeJourney } from './pages/recipe-journey.ts';
import { expectSignatureValid } from './pages/recipe-results.ts';
import { collectConsoleErrors } from './setup/console-errors.ts';

const PERSONA = 'lee-ka-ho';

let consoleErrors: string[] = [];
test.beforeEach(({ page }) => {
  consoleErrors = collectConsoleErrors(page);
});
test.afterEach(() => {
  expect(consoleErrors, 'console errors (CSP violations included)').toEqual([]);
});

test('Auth → Signing on the phone panel: both callbacks on their own flows, no state warning; a reload mid-recipe resumes it', async ({
  page,
}) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  await page.getByTestId('recipe-interval').fill('250');
  const rootId = await flows.run('auth-signing');

  await flows.approveAs(PERSONA);
  const root = flows.timeline(rootId);
  await expect(root.getByTestId('callback-state-ok')).toBeVisible();
  const chained = RecipeJourney.step(page, 1);
  await expect(chained.getByTestId('hkic-response')).toBeVisible();
  const childId = (await chained.getAttribute('data-testid'))!.replace('flow-timeline-', '');
  await expect(chained.getByTestId('poll-outcome-pending').first()).toBeVisible();

  await page.reload();
  await expect(flows.recipeState).toHaveText('running');
  const child = flows.timeline(childId);
  const polled = await FlowsPage.pendingPolls(child);
  await expect.poll(() => FlowsPage.pendingPolls(child), 'auto-polling goes on after the reload').toBeGreaterThan(polled);
  await expect(flows.phone.getByTestId('phone-fixed-persona')).toBeVisible();

  await flows.act('approve');
  await flows.finished();
  await expect(flows.stepOutcome(1)).toHaveAttribute('data-outcome', 'collected');
  await expect(child.getByTestId('timeline-callback')).toHaveCount(1);
  await expect(child.getByTestId('callback-state-ok')).toBeVisible();
  await expect(root.getByTestId('timeline-callback')).toHaveCount(1);
  await expect(page.getByTestId('callback-problems')).toHaveCount(0);
  await expectSignatureValid(
    child,
    await RecipeJourney.step(page, 1)
      .getByTestId('hkic-response')
      .innerText()
      .then((t) => /\d{4}/.exec(t)![0]),
  );
});
