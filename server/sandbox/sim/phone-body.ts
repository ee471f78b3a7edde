/** The simulated phone's content: who asks, for what, the document and the 4 digits, the persona picker and the three buttons. */
import { PERSONAS } from '../personas/personas.ts';
import type { Transaction } from '../store/types.ts';
import { esc } from './html.ts';
import { simTexts } from './sim-texts.ts';

export function phoneBody(tx: Transaction, clientName: string, action: string): string {
  const t = simTexts(tx.lang);
  const r = tx.request;
  const parts = [
    `<h1>${esc(t.title)}</h1>`,
    `<p data-testid="phone-request"><strong>${esc(r.organisation ?? r.department ?? clientName)}</strong> ${esc(t.asks)} <span data-testid="phone-service">${esc(t.services[tx.service])}</span></p>`,
  ];
  if (r.service) parts.push(`<p class="muted">${esc(r.service)}</p>`);
  if (r.name) parts.push(`<dl><dt>${esc(t.document)}</dt><dd data-testid="phone-document">${esc(r.name)}</dd></dl>`);
  if (r.formData?.formName)
    parts.push(`<dl><dt>${esc(t.document)}</dt><dd data-testid="phone-document">${esc(r.formData.formName)}</dd></dl>`);
  const fields = [...(r.profileFields ?? []), ...(r.formData?.formFields ?? [])];
  if (fields.length) parts.push(`<dl><dt>${esc(t.fields)}</dt><dd data-testid="phone-fields">${fields.map(esc).join(', ')}</dd></dl>`);
  if (tx.hkic)
    parts.push(`<p>${esc(t.code)}</p><p class="code" data-testid="hkic-code">${esc(tx.hkic)}</p><p class="muted">${esc(t.codeHint)}</p>`);

  if (tx.status !== 'pending') {
    parts.push(
      `<p data-testid="phone-status" data-status="${esc(tx.status)}">${esc(t.statuses[tx.status] ?? tx.status)}</p><p>${esc(t.done)}</p>`,
    );
    return parts.join('');
  }
  const fixed = tx.fixedPersonaId;
  const options = PERSONAS.filter((p) => !fixed || p.id === fixed)
    .map(
      (p, i) =>
        `<option value="${esc(p.id)}"${(fixed ? p.id === fixed : i === 0) ? ' selected' : ''}>${esc(p.enName)} ${esc(p.chName)}</option>`,
    )
    .join('');
  const picker = `<label>${esc(fixed ? t.personaFixed : t.persona)}<br><select name="persona" data-testid="persona-select"${fixed ? ' data-fixed="true"' : ''}>${options}</select></label>`;
  const button = (name: 'approve' | 'reject' | 'cancel') =>
    `<button type="submit" class="${name}" formaction="${esc(`${action}/${name}`)}" data-testid="phone-${name}">${esc(t[name])}</button>`;
  parts.push(
    `<form method="post" action="${esc(`${action}/approve`)}">${picker}<div class="actions">${button('approve')}${button('reject')}${button('cancel')}</div></form>`,
  );
  return parts.join('');
}
