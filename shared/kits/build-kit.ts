/** One whole-flow kit in the chosen language, and the file name it is saved and run under. */
import type { KitLanguage } from './languages.ts';
import { kitPlan, type KitDefaults, type KitPlan } from './kit-plan.ts';
import { kitClassName, type KitRecipe } from './kit-recipes.ts';
import { nodeKit } from './templates/node-kit.ts';
import { pythonKit } from './templates/python-kit.ts';
import { javaKit } from './templates/java-kit.ts';
import { goKit } from './templates/go-kit.ts';
import { phpKit } from './templates/php-kit.ts';
import { rubyKit } from './templates/ruby-kit.ts';
import { csharpKit } from './templates/csharp-kit.ts';

const TEMPLATES: Record<KitLanguage, (plan: KitPlan, fileName: string) => string> = {
  node: nodeKit,
  python: pythonKit,
  java: javaKit,
  go: goKit,
  php: phpKit,
  ruby: rubyKit,
  csharp: csharpKit,
};

const EXTENSIONS: Record<KitLanguage, string> = { node: 'mjs', python: 'py', java: 'java', go: 'go', php: 'php', ruby: 'rb', csharp: 'cs' };

/** Java and C# name the file after the class; Python and Ruby use snake case. */
export function kitFileName(language: KitLanguage, recipe: KitRecipe): string {
  if (language === 'java' || language === 'csharp') return `${kitClassName(recipe)}.${EXTENSIONS[language]}`;
  const base = `${recipe.id}-kit`;
  return `${language === 'python' || language === 'ruby' ? base.replace(/-/g, '_') : base}.${EXTENSIONS[language]}`;
}

export function buildKit(language: KitLanguage, recipe: KitRecipe, defaults: Partial<KitDefaults> = {}): string {
  return TEMPLATES[language](kitPlan(recipe, defaults), kitFileName(language, recipe));
}
