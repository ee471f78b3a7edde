/**
 * The same-device page for mobile browser sources (Android_Chrome, iOS_Safari, Mobile_Browser, …):
 * iAM Smart is on the phone showing this page, so instead of a QR code it offers "Open iAM Smart".
 * Here that opens the simulated app in the same tab; the real deep link is shown beside it for a
 * phone with the iAM Smart test app. After the user acts, the app hands over to the Callback, like
 * the QR page does for a desktop browser.
 */
import { esc } from './html.ts';
import type { SimTexts } from './sim-texts.ts';

export function brokerBody(t: SimTexts, phoneUrl: string, deepLink: string): string {
  return (
    `<h1>${esc(t.title)}</h1>` +
    `<p data-testid="broker-same-device">${esc(t.sameDevice)}</p>` +
    `<p><a class="open-app" data-testid="broker-open-app" data-deep-link="${esc(deepLink)}" href="${esc(phoneUrl)}">${esc(t.openApp)}</a></p>` +
    `<p class="muted" data-testid="qr-waiting">${esc(t.waiting)}</p>` +
    `<p class="muted">${esc(t.openRealApp)} <a data-testid="broker-deep-link" href="${esc(deepLink)}">${esc(deepLink)}</a></p>`
  );
}
