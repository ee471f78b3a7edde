/** A flow id the server adopts from `/callback?flow=<id>` (playground-api "Flows"): [A-Za-z0-9_-]{1,64}. */
export function newFlowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `r${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export const FLOW_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
