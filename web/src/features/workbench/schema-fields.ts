import type { EndpointSpec, JsonSchema } from '../../../../shared/catalogue/index.ts';
import { endpoint } from '../../../../shared/catalogue/index.ts';

/** One row of the field table, read from the endpoint's schema (never a hand-kept list). */
export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  enumValues?: readonly (string | number)[];
  pattern?: string;
  description?: string;
  depth: number;
}

function typeLabel(schema: JsonSchema): string {
  if (schema.type === 'array') return `${schema.items ? typeLabel(schema.items) : 'any'}[]`;
  return schema.type ?? (schema.anyOf ? 'one of' : 'any');
}

/** Flattens an object schema into rows, nested objects and array items included. */
export function fieldRows(schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const leaf = child.type === 'array' && child.items ? child.items : child;
    rows.push({
      path,
      type: typeLabel(child),
      required: required.has(name),
      enumValues: leaf.enum,
      pattern: leaf.pattern,
      description: child.description,
      depth,
    });
    if (leaf.type === 'object' && leaf.properties) rows.push(...fieldRows(leaf, child.type === 'array' ? `${path}[]` : path, depth + 1));
  }
  return rows;
}

/** The endpoints whose token this endpoint takes, and whether the user must have approved first. */
export function tokenSource(spec: EndpointSpec): { from: EndpointSpec[]; approved: boolean; scopes?: readonly string[] } | undefined {
  const t = spec.tokenFrom;
  if (!t) return undefined;
  const ids = t.endpoints === 'any-initiation' ? undefined : t.endpoints;
  const from = ids ? ids.map((id) => endpoint(id)) : [];
  return { from, approved: t.approved, scopes: t.scopesAnyOf };
}
