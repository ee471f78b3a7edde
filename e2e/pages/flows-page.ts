import { expect, type Locator, type Page } from '@playwright/test';
import { isFlowId } from '../../shared/inspector/flow-id.ts';
import type { ScenarioKind } from '../../shared/sandbox/scenario-header.ts';

export type RecipeId =
  | 'auth-formfilling'
  | 'auth-signing'
  | 'auth-pdf-signing'
  | 'auth-reauth'
  | 'formfilling-anonymous'
  | 'signing-anonymous'
  | 'pdf-signing-anonymous';
export type ScenarioChoice = 'manual' | ScenarioKind;

/** The flows view as a user drives it: recipes, the timeline, the simulated phone, the clock. */
export class FlowsPage {
  readonly recipeState: Locator;
  readonly phone: Locator;

  constructor(readonly page: Page) {
    this.recipeState = page.getByTestId('recipe-state');
    this.phone = page.getByTestId('phone-panel');
  }

  async open(): Promise<void> {
    await this.page.goto('/flows');
    await expect(this.page.getByTestId('recipe-panel')).toBeVisible();
  }

  async scenario(choice: ScenarioChoice): Promise<void> {
    await this.page.getByTestId('recipe-scenario').selectOption(choice);
  }

  /** Runs a recipe; returns the root flow id (from the URL the recipe opens). */
  async run(recipe: RecipeId): Promise<string> {
    await this.page.getByTestId(`recipe-${recipe}`).click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/flows/') && isFlowId(url.pathname.slice('/flows/'.length)));
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  /** Opens one flow's page directly, as a bookmark or a reload would. */
  async openFlow(flowId: string): Promise<void> {
    await this.page.goto(`/flows/${flowId}`);
    await expect(this.page.getByTestId('flow-detail')).toBeVisible();
  }

  timeline(flowId: string): Locator {
    return this.page.getByTestId(`flow-timeline-${flowId}`);
  }

  /** The flow's timeline is on screen and its record has reached `status`. */
  async expectShown(flowId: string, status: string): Promise<void> {
    await expect(this.timeline(flowId)).toHaveAttribute('data-status', status);
  }

  /** The phone can act once the initiation has answered. */
  async act(action: 'approve' | 'reject' | 'cancel' | 'expire'): Promise<void> {
    const button = this.page.getByTestId(`phone-${action}`);
    await expect(button).toBeEnabled();
    await button.click();
    await expect(this.page.getByTestId('phone-last')).toContainText('HTTP 200');
  }

  /** The status chip of one flow, as the sandbox reads it (`data-status` is its code, e.g. approved_uncollected). */
  chip(flowId: string): Locator {
    return this.timeline(flowId).getByTestId('flow-status');
  }

  /** Approves on the simulated phone beside the timeline; a chained call acts for the login's persona. */
  async approveAs(persona?: string): Promise<void> {
    if (persona) await this.phone.getByTestId('phone-persona').selectOption(persona);
    await this.act('approve');
  }

  async advanceClock(minutes: 1 | 5 | 18): Promise<void> {
    await this.page.getByTestId(`clock-advance-${minutes}`).click();
  }

  async finished(): Promise<void> {
    await expect(this.page.getByTestId('recipe-status')).toHaveAttribute('data-status', 'done');
  }

  /** How many 202 polls a timeline shows: single rows plus the polls folded into one row (data-polls). */
  static async pendingPolls(timeline: Locator): Promise<number> {
    const single = await timeline.locator('[data-step="poll.pending"]:not(:has([data-polls]))').count();
    const folded = await timeline
      .locator('[data-polls]')
      .evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-polls')), 0));
    return single + folded;
  }

  stepOutcome(index: number): Locator {
    return this.page.getByTestId(`recipe-step-${index}`);
  }
}
