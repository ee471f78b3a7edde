/**
 * How Tab behaves in the request editor (WCAG 2.1.2, no keyboard trap): by default Tab moves focus
 * out of Monaco, as everywhere else on the page; Ctrl+M switches Tab to indenting, and then Escape
 * followed by Tab still leaves. One ref, so the editor and its visible hint (RequestEditor.vue)
 * always agree.
 */
import { ref } from 'vue';

/** True: Tab / Shift+Tab move focus. False: Tab indents (Escape, then Tab, leaves). */
export const tabMovesFocus = ref(true);
