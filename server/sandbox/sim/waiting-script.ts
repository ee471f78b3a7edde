/**
 * The one script of the simulated pages, served same-origin (the CSP allows `script-src 'self'`,
 * never inline): while the user has not acted, a waiting page (QR, same-device) asks for itself
 * again every second without reloading, so the page stays still for a reader and a screen reader
 * (a timed meta refresh fails WCAG 2.2.1 / axe meta-refresh); once the answer is no longer a
 * waiting page (the user acted, or the ticket is gone) it loads that answer, which hands over to
 * the Callback. Without scripts a <noscript> meta refresh keeps the old behaviour.
 */
export const WAITING_SCRIPT_PATH = '/sim/waiting.js';

export const WAITING_SCRIPT = `(function () {
  function tick() {
    fetch(location.href, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        if (doc.body && doc.body.hasAttribute('data-waiting')) setTimeout(tick, 1000);
        else location.replace(location.href);
      }, function () { setTimeout(tick, 1000); });
  }
  setTimeout(tick, 1000);
})();
`;
