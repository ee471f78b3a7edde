export * from './endpoint.ts';
export * from './endpoints.ts';
export * from './fields.ts';
export * from './json-schema.ts';
export * from './responses.ts';
export * from './values.ts';
export * from './lookup.ts';
export * from './request-schema.ts';
