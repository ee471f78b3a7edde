/**
 * One line of the bench table. Every figure is either a ratio or carries the baseline measured in
 * the same run (`baseline`), so a slower machine moves both and the comparison still holds.
 */
export interface Row {
  id: string;
  metric: string;
  value: number | string;
  unit: string;
  baseline?: { label: string; value: number };
  target?: string;
  pass?: boolean;
  note?: string;
  /**
   * `npm run bench -- --check` compares this row's value (a ratio or a byte count, never a time)
   * with bench/baseline.json under `key`, and fails when it is more than 20 % worse.
   */
  gate?: { key: string; better: 'higher' | 'lower' };
}

export interface Section {
  name: string;
  rows: Row[];
  notes: string[];
}
