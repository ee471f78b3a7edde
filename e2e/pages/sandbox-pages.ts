/**
 * Page objects of the sandbox's simulated iAM Smart: the QR page a browser source is sent to, and
 * the simulated phone (docs/sandbox-contract.md §8). Selectors are the sandbox pages' data-testids.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The iAM Smart QR page: `url` of a browser-source initiation, /sandbox/sim/qr/<ticketID>. */
export class QrPage {
  readonly qr: Locator;

  constructor(
    readonly page: Page,
    readonly url: string,
    readonly ticketID: string,
  ) {
    this.qr = page.getByTestId('qr-code');
  }

  async open(): Promise<this> {
    await this.page.goto(this.url);
    await expect(this.qr).toBeVisible();
    return this;
  }

  /** A real QR: an <svg> or <img> (or one inside the testid) with a nonzero rendered size. */
  async expectRealQr(): Promise<void> {
    const image = this.qr
      .locator(
        'xpath=self::*[local-name()="svg" or local-name()="img" or local-name()="canvas"] | .//*[local-name()="svg" or local-name()="img" or local-name()="canvas"]',
      )
      .first();
    await expect(image).toBeVisible();
    // Polled: the page refreshes itself while the user has not acted, so one read can meet the old
    // document going away (a null box) rather than a QR of no size.
    const side = async () => {
      const box = await image.boundingBox();
      return Math.min(box?.width ?? 0, box?.height ?? 0);
    };
    await expect.poll(side, { message: 'QR width and height' }).toBeGreaterThan(50);
  }

  /** The deep link the QR encodes (`hk.gov.iamsmart.testapp://<kind>?ticketID=`), as the page states it. */
  async deepLink(): Promise<string> {
    return (await this.qr.getAttribute('data-deep-link')) ?? (await this.qr.getAttribute('aria-label')) ?? '';
  }

  /** The link to the simulated phone for this ticket. */
  phoneLink(): Locator {
    return this.page.getByTestId('qr-open-phone');
  }

  /**
   * Once the user has acted, the page refreshes itself to the Callback, which redirects to the
   * client's `redirect`: waits until the browser has left the sandbox for `urlPattern`.
   */
  async waitForReturn(urlPattern: string | RegExp, timeout = 10_000): Promise<void> {
    await this.page.waitForURL(urlPattern, { timeout });
  }
}

/** The simulated phone: /sandbox/sim/app/<ticketID>. */
export class PhonePage {
  readonly approveButton: Locator;
  readonly rejectButton: Locator;
  readonly cancelButton: Locator;
  readonly personaSelect: Locator;
  readonly hkicCode: Locator;

  constructor(
    readonly page: Page,
    readonly sandboxUrl: string,
    readonly ticketID: string,
  ) {
    this.approveButton = page.getByTestId('phone-approve');
    this.rejectButton = page.getByTestId('phone-reject');
    this.cancelButton = page.getByTestId('phone-cancel');
    this.personaSelect = page.getByTestId('persona-select');
    this.hkicCode = page.getByTestId('hkic-code');
  }

  get url(): string {
    return `${this.sandboxUrl}/sim/app/${encodeURIComponent(this.ticketID)}`;
  }

  async open(): Promise<this> {
    await this.page.goto(this.url);
    await expect(this.approveButton).toBeVisible();
    return this;
  }

  async choosePersona(id: string): Promise<void> {
    await this.personaSelect.selectOption(id);
    await expect(this.personaSelect).toHaveValue(id);
  }

  /** The 4-digit identification code the phone shows for signing. */
  async hkic(): Promise<string> {
    await expect(this.hkicCode).toHaveText(/\d{4}/);
    return (/\d{4}/.exec(await this.hkicCode.innerText()) ?? [''])[0];
  }

  /** Approves (as `persona` when given). The phone then shows the outcome, or, for app sources, goes to the redirect. */
  async approve(persona?: string): Promise<void> {
    if (persona) await this.choosePersona(persona);
    await this.approveButton.click();
  }

  async reject(): Promise<void> {
    await this.rejectButton.click();
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }

  /** The outcome the phone shows after acting (browser sources stay on the phone page). */
  async expectStatus(status: 'approved' | 'rejected' | 'cancelled' | 'timed_out'): Promise<void> {
    await expect(this.page.getByTestId('phone-status')).toHaveAttribute('data-status', status);
  }
}
