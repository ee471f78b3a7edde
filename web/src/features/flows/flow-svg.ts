/**
 * The sequence diagram as a self-contained SVG document (for slides and notes): the same step
 * model and words as the page, drawn as lanes with an arrow per step, every step's title and
 * explanation as text (and as <title>/<desc>, so the file reads without the drawing too). No
 * external fonts, images or links: it opens anywhere.
 */
import type { UiLang } from '../../app/settings-store.ts';
import type { FlowStep } from './flow-steps.ts';
import { LANES, type Lane } from './step-table.ts';
import { laneName, pollRunSummary, stepExplanation, stepTitle } from './step-words.ts';
import { formatDuration } from '../../i18n/format.ts';

export interface SvgSection {
  heading: string;
  steps: FlowStep[];
}

const WIDTH = 1000;
const MARGIN = 20;
const LANE_W = (WIDTH - 2 * MARGIN) / LANES.length;
const LINE_H = 18;
const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'PingFang HK', 'Microsoft JhengHei', sans-serif";

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const laneX = (lane: Lane) => MARGIN + LANE_W * (LANES.indexOf(lane) + 0.5);

/** Splits text into lines of about `width` columns, a CJK character counting as two. */
export function wrap(text: string, width = 110): string[] {
  const lines: string[] = [];
  let line = '';
  let cols = 0;
  for (const word of text.split(/(?<=\s)|(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])/)) {
    const w = [...word].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    if (cols + w > width && line.trim()) {
      lines.push(line.trimEnd());
      line = '';
      cols = 0;
    }
    line += word;
    cols += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function stepSvg(s: FlowStep, y: number, lang: UiLang): { svg: string; height: number } {
  const title = stepTitle(s, lang);
  const text = stepExplanation(s, lang);
  const x1 = laneX(s.from);
  const x2 = laneX(s.to);
  const detail = s.kind === 'polls' ? ` · ${pollRunSummary(s, lang)}` : '';
  const heading = `${title}${detail} · +${formatDuration(s.sinceStartMs, lang)}`;
  const lines = wrap(text);
  const textHeight = LINE_H * (lines.length + 1) + 4;
  const parts = [
    `<g class="step" data-step="${escapeXml(s.key)}">`,
    `<title>${escapeXml(heading)}</title>`,
    `<desc>${escapeXml(text)}</desc>`,
    `<line x1="${x1}" y1="${y + 8}" x2="${x2}" y2="${y + 8}" stroke="#1d4ed8" stroke-width="2" marker-end="url(#arrow)"/>`,
    `<rect x="${MARGIN - 4}" y="${y + 16}" width="${WIDTH - 2 * MARGIN + 8}" height="${textHeight}" rx="4" fill="#f9fafb"/>`,
    `<text x="${MARGIN}" y="${y + 30}" font-weight="600">${escapeXml(heading)}</text>`,
    ...lines.map((l, i) => `<text x="${MARGIN}" y="${y + 30 + LINE_H * (i + 1)}" fill="#374151">${escapeXml(l)}</text>`),
    '</g>',
  ];
  return { svg: parts.join(''), height: 20 + textHeight + 8 };
}

export function flowSvg(title: string, sections: SvgSection[], lang: UiLang): string {
  const body: string[] = [];
  let y = 64;
  for (const section of sections) {
    body.push(`<text x="${MARGIN}" y="${y}" font-size="16" font-weight="700">${escapeXml(section.heading)}</text>`);
    y += 14;
    for (const s of section.steps) {
      const drawn = stepSvg(s, y, lang);
      body.push(drawn.svg);
      y += drawn.height;
    }
    y += 22;
  }
  const height = y;
  const lanes = LANES.map((lane) => {
    const x = laneX(lane);
    return (
      `<line x1="${x}" y1="40" x2="${x}" y2="${height - 10}" stroke="#d1d5db" stroke-dasharray="4 4"/>` +
      `<text data-lane="${lane}" x="${x}" y="28" text-anchor="middle" font-weight="700">${escapeXml(laneName(lane, lang))}</text>`
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
      `font-family="${escapeXml(FONT)}" font-size="13" fill="#111827" role="img" aria-labelledby="diagram-title">`,
    `<title id="diagram-title">${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">' +
      '<path d="M0,0 L10,5 L0,10 z" fill="#1d4ed8"/></marker></defs>',
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...lanes,
    ...body,
    '</svg>',
  ].join('\n');
}
