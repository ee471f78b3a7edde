/**
 * What a step of the diagram says, in one language: its title, its explanation (from the step
 * table), the folded polls' summary and the link to its endpoint's documentation. Pure functions of
 * the step model and the language, so the page and the SVG export word every step alike.
 */
import type { UiLang } from '../../app/settings-store.ts';
import { fill } from '../../i18n/use-i18n.ts';
import { formatCount } from '../../i18n/format.ts';
import { endpointText } from '../../../../shared/catalogue/texts/localized-catalogue.ts';
import type { EndpointId } from '../../../../shared/catalogue/index.ts';
import type { TimelineEntry } from './build-timeline.ts';
import type { FlowStep } from './flow-steps.ts';
import { diagramText } from './diagram-text.ts';
import { messages } from './messages.ts';
import { LANE_NAMES, STEP_TABLE, type Lane } from './step-table.ts';

type EntryKey = keyof (typeof messages)['en-US'];

export function laneName(lane: Lane, lang: UiLang): string {
  return LANE_NAMES[lang][lane];
}

/** Where an endpoint's documentation is: its page in the workbench (description, fields, rules). */
export function docHref(id: EndpointId): string {
  return `/?endpoint=${id}#endpoint-docs`;
}

export function entryTitle(e: TimelineEntry, lang: UiLang): string {
  const m = messages[lang];
  if (e.kind === 'poll') return fill(m['e.poll'], { n: e.n });
  if (e.kind === 'other' && e.exchange.request.path.includes('/_control/')) return m['e.control'];
  if (e.kind === 'other' && e.exchange.endpointId && e.exchange.endpointId !== 'callback')
    return `${m.chained}: ${endpointText(e.exchange.endpointId, lang).title}`;
  return m[`e.${e.kind}` as EntryKey];
}

export function stepTitle(s: FlowStep, lang: UiLang): string {
  const d = diagramText[lang];
  switch (s.kind) {
    case 'entry':
      return entryTitle(s.entry, lang);
    case 'link':
      return s.web ? d.linkQr : d.linkApp;
    case 'push':
      return d.push;
    case 'polls':
      return fill(d.pollRun, { first: s.polls[0].n, last: s.polls[s.polls.length - 1].n });
  }
}

export function stepExplanation(s: FlowStep, lang: UiLang): string {
  return STEP_TABLE[s.key][lang];
}

/** "0.5–1.2 s": a range of seconds in the language's own way of writing one. */
function seconds(minMs: number, maxMs: number, lang: UiLang): string {
  const f = new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', unitDisplay: 'narrow', maximumFractionDigits: 1 });
  const a = minMs / 1000;
  const b = maxMs / 1000;
  if (f.format(a) === f.format(b)) return f.format(a);
  const ranged = f as Intl.NumberFormat & { formatRange?: (x: number, y: number) => string };
  return ranged.formatRange ? ranged.formatRange(a, b) : `${f.format(a)}–${f.format(b)}`;
}

/** "polled 7×, 0.5–1.2 s apart". */
export function pollRunSummary(s: Extract<FlowStep, { kind: 'polls' }>, lang: UiLang): string {
  const n = formatCount(s.polls.length, lang);
  return fill(diagramText[lang].polledTimes, { n, gap: seconds(s.gapMinMs ?? 0, s.gapMaxMs ?? 0, lang) });
}
