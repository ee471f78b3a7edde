/**
 * A recipe run the way a person does it: one click on /flows with the user acting on the phone
 * (scenario "manual"), the sandbox's QR page opened from the flow's link in a new tab, the simulated
 * phone opened from the QR page (or, for a chained step without a url, by its ticketID from the
 * control API, Node-side), and the Callback bringing the QR tab back to /flows/<id>.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { FlowsPage, type RecipeId } from './flows-page.ts';
import { PhonePage, QrPage } from './sandbox-pages.ts';
import { ticketOf } from '../fixtures/sandbox-target.ts';
import type { Sandbox } from '../fixtures/sandbox-fixture.ts';

export class RecipeJourney {
  private constructor(
    readonly flows: FlowsPage,
    readonly sandbox: Sandbox,
    readonly rootId: string,
  ) {}

  /** Opens /flows, picks "the user acts on the phone" and the shortest poll interval, runs `recipe`. */
  static async start(page: Page, sandbox: Sandbox, recipe: RecipeId): Promise<RecipeJourney> {
    const flows = new FlowsPage(page);
    await flows.open();
    await flows.scenario('manual');
    await page.getByTestId('recipe-interval').fill('250');
    return new RecipeJourney(flows, sandbox, await flows.run(recipe));
  }

  get page(): Page {
    return this.flows.page;
  }

  /** Step `index`'s timeline (the root flow first, then its chained calls) on `page`. */
  static step(page: Page, index: number): Locator {
    return page.locator('[data-testid^="flow-timeline-"]').nth(index);
  }

  step(index: number): Locator {
    return RecipeJourney.step(this.page, index);
  }

  /** The 4 digits the initiation's response carried (`hkic`), as the timeline shows them. */
  async hkicShown(index: number): Promise<string> {
    const shown = this.step(index).getByTestId('hkic-response');
    await expect(shown).toHaveText(/\b\d{4}\b/);
    return /\b\d{4}\b/.exec(await shown.innerText())![0];
  }

  /** Clicks the timeline's link to the sandbox QR page (it opens a tab) and checks the QR is real. */
  async openQr(index: number): Promise<QrPage> {
    const link = this.step(index).getByTestId('qr-link');
    const [tab] = await Promise.all([this.page.waitForEvent('popup'), link.click()]);
    const qr = new QrPage(tab, tab.url(), ticketOf(tab.url()));
    await expect(qr.qr).toBeVisible();
    await qr.expectRealQr();
    return qr;
  }

  /** Clicks the QR page's link to the simulated phone (another tab). */
  async phoneFromQr(qr: QrPage): Promise<PhonePage> {
    const [tab] = await Promise.all([qr.page.waitForEvent('popup'), qr.phoneLink().click()]);
    const phone = new PhonePage(tab, this.sandbox.settings.baseUrl, qr.ticketID);
    await expect(phone.approveButton).toBeVisible();
    return phone;
  }

  /**
   * A chained step from a browser source has no url, so no QR page and no phone link: its ticketID
   * comes from the control API (the newest pending `service` of this client acting for `persona`).
   */
  async phoneForChained(service: string, persona: string, hkic?: string): Promise<PhonePage> {
    let ticketID: string | undefined;
    await expect
      .poll(async () => {
        const pending = (await this.sandbox.transactions()).filter(
          (t) => t.service === service && t.status === 'pending' && t.persona === persona && (hkic === undefined || t.hkic === hkic),
        );
        pending.sort((a, b) => Number(b.createdAt) - Number(a.createdAt));
        ticketID = pending[0]?.ticketID as string | undefined;
        return ticketID;
      }, `a pending ${service} for ${persona}`)
      .toBeTruthy();
    return this.sandbox.phone(await this.page.context().newPage(), ticketID!);
  }

  /** Approves on the phone as `persona`; the QR tab (if any) then follows the Callback back to /flows/<root>. */
  async approve(phone: PhonePage, persona: string, qr?: QrPage): Promise<void> {
    await phone.approve(persona);
    // The flows tab polls every 250 ms: by the time the phone page is back, the result may already be collected.
    await expect(phone.page.getByTestId('phone-status')).toHaveAttribute('data-status', /^(approved|collected)$/);
    if (qr) await qr.waitForReturn(new RegExp(`/flows/${this.rootId}$`));
  }
}
