import { expect, type Locator, type Page } from '@playwright/test';
import type { EndpointId } from '../../shared/catalogue/index.ts';

/** The workbench as a user drives it: pick, type, send, read. */
export class WorkbenchPage {
  readonly editor: Locator;
  readonly problems: Locator;
  readonly status: Locator;
  readonly body: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('request-editor');
    this.problems = page.getByTestId('editor-problems');
    this.status = page.getByTestId('response-status');
    this.body = page.getByTestId('response-body');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('endpoint-list')).toBeVisible();
  }

  async pick(id: EndpointId): Promise<void> {
    await this.page.getByTestId(`endpoint-${id}`).click();
    await expect(this.page.getByTestId(`endpoint-${id}`)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Monaco has loaded and shows a document. */
  async editorReady(): Promise<void> {
    await expect(this.editor.locator('.view-lines')).toBeVisible();
  }

  async editorText(): Promise<string> {
    return this.editor.locator('.view-lines').innerText();
  }

  /** Replaces the editor's text by typing (Ctrl+A, Delete, type: the way to drive Monaco from Playwright that copes with its auto-closed quotes). */
  async typeBody(text: string): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
  }

  /** Monaco's error squiggles currently on screen. */
  squiggles(): Locator {
    return this.editor.locator('.squiggly-error');
  }

  async send(): Promise<void> {
    await this.page.getByTestId('send').click();
  }

  async showTab(tab: 'response' | 'history' | 'snippets'): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  async insertExample(): Promise<void> {
    await this.page.getByTestId('insert-example').click();
  }

  /** What the response offers after an initiation: QR, Open flow, the phone, Poll, the result. */
  get nextStep(): Locator {
    return this.page.getByTestId('next-step');
  }

  /** The user approves on the simulated phone under the response, as `persona`. */
  async approveAs(persona: string): Promise<void> {
    await this.nextStep.getByTestId('phone-persona').selectOption(persona);
    await expect(this.nextStep.getByTestId('phone-approve')).toContainText('Approve as');
    await this.nextStep.getByTestId('phone-approve').click();
    await expect(this.nextStep.getByTestId('phone-last')).toContainText('HTTP 200');
  }

  async pollUntilDone(): Promise<void> {
    await this.nextStep.getByTestId('poll-until-done').click();
    await expect(this.nextStep.getByTestId('poll-last')).toHaveAttribute('data-outcome', 'collected');
  }
}
