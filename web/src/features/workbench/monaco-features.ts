/**
 * The editor contributions the request editor uses, instead of `monaco-editor/features/register.all`
 * (which also brings the diff editor, inline completions, sticky scroll, code lens, colour picker,
 * rename, quick access and more, ~200 KB gzip we never show). Kept: completion (suggest widget and
 * snippets), hover (schema docs and marker messages), find / replace, folding, format, bracket
 * matching, comment toggling, multi-cursor, word highlight and word/line editing commands, the
 * context menu and clipboard actions, go-to-next-error. Undo/redo is part of the core editor.
 */
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// The suggest widget itself: register.all only gets it through inline completions, which we leave out.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
