/**
 * JSON Schema objects checked against the TypeScript type they describe: the control API's schemas
 * (control-api.ts) and the types the sandbox answers with and the tests read
 * (shared/sandbox/control-calls.ts) are then one shape. A property the type lacks, one the schema
 * lacks, or a required field left out of `required` is a compile error.
 */
type Json = Record<string, unknown>;

/** Every key of T, of each member when T is a union (`{ token } | { ticketID }` has both). */
type KeyOf<T> = T extends unknown ? keyof T : never;

/** The keys every value of T carries (so neither optional nor only in some members of a union). */
type RequiredKey<T> = { [K in KeyOf<T>]-?: [T] extends [{ [P in K]-?: unknown }] ? K : never }[KeyOf<T>];

type Missing<T, R extends readonly unknown[]> = [Exclude<RequiredKey<T>, R[number]>] extends [never]
  ? unknown
  : { required: `missing ${Exclude<RequiredKey<T>, R[number]> & string}` };

export type ObjectSchemaOf<T, R extends readonly RequiredKey<T>[]> = {
  type: 'object';
  description?: string;
  properties: { [K in KeyOf<T>]-?: Json };
  required?: R;
  additionalProperties: false;
};

/** `objectSchemaOf<ClockAnswer>()({ ... })`: the schema, checked against ClockAnswer. */
export function objectSchemaOf<T>() {
  return <const R extends readonly RequiredKey<T>[] = []>(schema: ObjectSchemaOf<T, R> & Missing<T, R>): Json => schema;
}
