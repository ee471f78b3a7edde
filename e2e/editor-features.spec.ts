// A playground server per worker (fixtures/index.ts), so parallel workers never share its sandbox client.
import { test, expect } from './fixtures/index.ts';
import { WorkbenchPage } from './pages/workbench-page.ts';

// The request editor registers only the Monaco contributions it uses
// (web/src/features/workbench/monaco-features.ts); this spec checks that the ones users rely on
// still work: schema completion, undo, marker messages on hover, find, format and folding.

test('the request editor completes schema fields, undoes, shows marker hovers, finds and folds', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.open();
  await wb.pick('auth');
  await wb.editorReady();

  // Completion of a schema property name.
  await wb.typeBody('{"');
  await page.keyboard.press('Control+Space');
  const suggest = wb.editor.locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest).toContainText('source');
  await page.keyboard.press('Escape');

  // Undo goes back to the text before the last edit.
  await wb.typeBody('{"lang": "en-US"}');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => wb.editorText()).not.toContain('en-US');

  // A marker's message on hover, over the wrongly typed value.
  await wb.typeBody('{"source": 42}');
  await expect(wb.problems).toContainText('must be a string');
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'must be a string' });
  await expect(async () => {
    // Looked up each time: Monaco re-renders the line's spans as tokens and markers arrive.
    const value = (await wb.editor.locator('.view-line span span').filter({ hasText: '42' }).first().boundingBox())!;
    await page.mouse.move(value.x + 1, value.y + value.height / 2);
    await page.mouse.move(value.x + 3, value.y + value.height / 2);
    await expect(hover).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 10_000 });

  // Find widget.
  await wb.editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+F');
  await expect(wb.editor.locator('.find-widget.visible')).toBeVisible();
  await page.keyboard.press('Escape');

  // Format spreads a one-line object over several lines (typed Enter could accept a suggestion
  // instead), then folding hides its inner lines (Ctrl+Shift+[ on the first line).
  await wb.typeBody('{"source": "PC_Browser", "lang": "en-US", "scope": "eidapi_auth"}');
  await page.keyboard.press('Escape');
  const lines = wb.editor.locator('.view-line');
  await expect(lines).toHaveCount(1);
  await page.keyboard.press('Shift+Alt+F');
  await expect.poll(() => lines.count()).toBeGreaterThanOrEqual(5);
  const before = await lines.count();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+Shift+BracketLeft');
  await expect.poll(() => lines.count()).toBeLessThanOrEqual(before - 2);
});
