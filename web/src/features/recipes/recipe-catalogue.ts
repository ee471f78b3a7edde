/**
 * The guided recipes: each is a chain of initiations run one after the other, the auth token
 * feeding the chained call (docs/api-facts.md §1 "Anonymous vs authenticated").
 */
import { endpoint, type InitiationId } from '../../../../shared/catalogue/index.ts';

export interface Recipe {
  id: string;
  steps: readonly InitiationId[];
}

export const RECIPES: readonly Recipe[] = [
  { id: 'auth-formfilling', steps: ['auth', 'formfilling'] },
  { id: 'auth-signing', steps: ['auth', 'signing'] },
  { id: 'auth-pdf-signing', steps: ['auth', 'pdf-signing'] },
  { id: 'auth-reauth', steps: ['auth', 'reauth'] },
  { id: 'formfilling-anonymous', steps: ['formfilling-anonymous'] },
  { id: 'signing-anonymous', steps: ['signing-anonymous'] },
  { id: 'pdf-signing-anonymous', steps: ['pdf-signing-anonymous'] },
];

export function recipe(id: string): Recipe | undefined {
  return RECIPES.find((r) => r.id === id);
}

/** "Authentication → Form Filling", from the catalogue's titles. */
export function recipeTitle(r: Recipe): string {
  return r.steps.map((s) => endpoint(s).title).join(' \u2192 ');
}
