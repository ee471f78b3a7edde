/**
 * The flows a whole-flow kit can run, from the catalogue: Authentication alone, Authentication then
 * each operation that takes its token, and each anonymous operation (docs/api-facts.md §1).
 */
import { endpoint, INITIATIONS, type EndpointId, type InitiationId } from '../catalogue/index.ts';
import { pascalCase } from './snippet-request.ts';

export interface KitRecipe {
  /** `auth-formfilling`: the step ids joined, also the kit's file name. */
  id: string;
  steps: readonly InitiationId[];
}

const chained = INITIATIONS.filter((e) => e.tokenFrom?.endpoints !== 'any-initiation' && e.tokenFrom?.endpoints.includes('auth'));

export const KIT_RECIPES: readonly KitRecipe[] = [
  { id: 'auth', steps: ['auth'] },
  ...chained.map((e) => ({ id: `auth-${e.id}`, steps: ['auth', e.id] as const })),
  ...INITIATIONS.filter((e) => e.group === 'anonymous').map((e) => ({ id: e.id, steps: [e.id] as const })),
];

export function kitRecipe(id: string): KitRecipe | undefined {
  return KIT_RECIPES.find((r) => r.id === id);
}

/** The kit that covers an endpoint of the workbench: its own flow, or Authentication for Poll Data and the Callback. */
export function kitRecipeFor(id: EndpointId): KitRecipe {
  return KIT_RECIPES.find((r) => r.steps.at(-1) === id) ?? KIT_RECIPES[0];
}

/** "Authentication → Form Filling", from the catalogue's titles. */
export function kitTitle(recipe: KitRecipe): string {
  return recipe.steps.map((s) => endpoint(s).title).join(' \u2192 ');
}

/** `AuthFormfillingKit`: Java's and C#'s class name. */
export function kitClassName(recipe: KitRecipe): string {
  return `${pascalCase(recipe.id)}Kit`;
}
