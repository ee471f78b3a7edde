/** The words for a refused Send and for a JSON syntax problem, in the UI language. */
import type { SendRefusal } from './workbench-store.ts';
import type { SyntaxProblem } from './json-syntax.ts';
import type { WorkbenchKey } from './messages.ts';

type Say = (key: WorkbenchKey, params?: Record<string, string | number>) => string;

export function describeSyntax(p: SyntaxProblem, t: Say): string {
  return t(`syntax.${p.code}`, { line: p.line, column: p.column, after: p.after ?? '' });
}

export function describeRefusal(r: SendRefusal, t: Say): string {
  return r.kind === 'syntax' ? describeSyntax(r.problem, t) : t('send.notObject');
}
