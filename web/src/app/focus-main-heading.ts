/**
 * After a route change focus goes to the new view's one h1 (tabindex=-1), WCAG 2.4.3: a screen
 * reader says where the user now is, and Tab carries on from the top of the view rather than from
 * wherever the old page's focused control used to be. Flows and the decoder load on demand, so
 * the heading may appear a moment after the route changed: wait for it, briefly.
 */
export function focusMainHeading(main: HTMLElement, timeoutMs = 3000): void {
  const tryFocus = (): boolean => {
    const h1 = main.querySelector<HTMLElement>('h1');
    if (!h1) return false;
    h1.focus();
    return true;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(stop, timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
}
