/**
 * The guided recipes: each is a chain of initiations run one after the other, the auth token
 * feeding the chained call (docs/api-facts.md §1 "Anonymous vs authenticated").
 */
import type { InitiationId, Lang } from '../../../../shared/catalogue/index.ts';
import { endpointText } from '../../../../shared/catalogue/texts/localized-catalogue.ts';

/** The recipes' ids: each has its name in every language (messages.ts `r.<id>`, compile-checked). */
export const RECIPE_IDS = [
  'auth-formfilling',
  'auth-signing',
  'auth-pdf-signing',
  'auth-reauth',
  'formfilling-anonymous',
  'signing-anonymous',
  'pdf-signing-anonymous',
] as const;
export type RecipeId = (typeof RECIPE_IDS)[number];

export interface Recipe {
  id: RecipeId;
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

/** "Authentication → Form Filling", from the catalogue's titles in `lang`. */
export function recipeTitle(r: Recipe, lang: Lang): string {
  return r.steps.map((s) => endpointText(s, lang).title).join(' \u2192 ');
}
