/**
 * A flow you can explain on a projector (issue 15): a finished Authentication → Form Filling flow,
 * run from the recipes, reads as a sequence diagram with four lanes, its pending polls folded into
 * one row, a one-line explanation and a documentation link on every step; the SVG export is a valid
 * SVG document that carries every step's text.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/index.ts';
import { FlowsPage } from './pages/flows-page.ts';
import { RecipeJourney } from './pages/recipe-journey.ts';

const LANES = ['Browser', 'Your server / playground', 'Fill Easy', 'iAM Smart app'];

test('a finished Authentication → Form Filling flow: four lanes, folded polls, an explanation and a doc link on every step, an SVG with every step', async ({
  page,
}) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('approve-after-polls');
  await page.getByTestId('recipe-after-polls').fill('3');
  await page.getByTestId('recipe-interval').fill('250');
  const rootId = await flows.run('auth-formfilling');
  await flows.finished();

  const diagram = flows.timeline(rootId).getByTestId('flow-diagram');
  await expect(diagram.getByTestId('lane')).toHaveText(LANES);
  // Scrolls inside its own box, reachable by keyboard.
  await expect(diagram).toHaveAttribute('tabindex', '0');
  await expect(diagram).toHaveAttribute('role', 'region');

  // The chained Form Filling was answered 202 three times before its 200: one folded row.
  const folded = RecipeJourney.step(page, 1).getByTestId('timeline-poll-run');
  await expect(folded).toHaveCount(1);
  await expect(folded).toHaveAttribute('data-polls', '3');
  await expect(folded.getByTestId('poll-run-summary')).toHaveText(/^polled 3×, [\d.]+(–[\d.]+)? ?s apart$/);

  const steps = page.getByTestId('flow-step');
  const n = await steps.count();
  expect(n, 'initiation, QR or notification, polls, result for each of the two flows').toBeGreaterThanOrEqual(8);
  const texts: string[] = [];
  for (const step of await steps.all()) {
    const explanation = step.getByTestId('step-explanation');
    await expect(explanation).not.toBeEmpty();
    await expect(step.getByTestId('step-lanes')).toHaveText(/^(Browser|Your server \/ playground|Fill Easy|iAM Smart app) → /);
    const doc = step.getByTestId('step-doc');
    await expect(doc).toHaveAttribute('href', /^\/\?endpoint=[a-z-]+#endpoint-docs$/);
    texts.push((await explanation.textContent())!.trim());
  }
  expect(new Set(texts).size, 'the steps are explained, not one sentence repeated').toBeGreaterThan(4);

  // The documentation link lands on the endpoint's documentation in the workbench.
  const docHref = await steps.first().getByTestId('step-doc').getAttribute('href');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = readFileSync((await download.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.localName,
      ns: root.namespaceURI,
      lanes: [...doc.querySelectorAll('[data-lane]')].map((e) => e.textContent),
      steps: [...doc.querySelectorAll('g.step desc')].map((e) => e.textContent),
      external: [...doc.querySelectorAll('[href]')].map((e) => e.getAttribute('href')).filter((h) => h && !h.startsWith('#')),
    };
  }, svg);
  expect(parsed.error, 'the SVG parses as XML').toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
  expect(parsed.external, 'self-contained').toEqual([]);
  expect(parsed.lanes).toEqual(expect.arrayContaining(LANES));
  expect(parsed.steps).toEqual(texts);

  await page.goto(docHref!);
  await expect(page.getByTestId('endpoint-details')).toBeVisible();
  await expect(page.getByTestId('endpoint-details')).toBeInViewport();
});

test('the diagram is live: a running flow folds its polls as they come, and a narrow screen scrolls the diagram, not the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.scenario('manual');
  await page.getByTestId('recipe-interval').fill('250');
  const id = await flows.run('formfilling-anonymous');
  const run = flows.timeline(id).getByTestId('timeline-poll-run');
  await expect.poll(async () => Number(await run.getAttribute('data-polls')), 'the folded row counts up').toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await flows.act('approve');
  await flows.finished();
  await expect(flows.timeline(id).getByTestId('poll-outcome-collected')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});
