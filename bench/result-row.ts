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
}

export interface Section {
  name: string;
  rows: Row[];
  notes: string[];
}
