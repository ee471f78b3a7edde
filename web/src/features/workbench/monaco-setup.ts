/**
 * Monaco, JSON only, through the slim entry points of monaco-editor 0.56+ (never the whole barrel: docs/quality-targets.md SIZE-2).
 * Imported only by JsonEditor.vue, which the workbench loads lazily, so the first page never
 * waits for the 1 MB editor.
 */
import * as monaco from 'monaco-editor/editor';
import './monaco-features.ts';
import * as json from 'monaco-editor/languages/features/json/register';
import editorWorker from 'monaco-editor/editor/editor.worker?worker';
import jsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { ENDPOINT_IDS, type EndpointId, type Lang } from '../../../../shared/catalogue/index.ts';
import { localizedRequestSchema } from '../../../../shared/catalogue/texts/localized-catalogue.ts';

self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === 'json' ? new jsonWorker() : new editorWorker();
  },
};

/** One model per endpoint, so each keeps its own undo history and schema. */
export function modelUri(id: EndpointId): monaco.Uri {
  return monaco.Uri.parse(`inmemory://workbench/${id}.request.json`);
}

let schemasLang: Lang | undefined;

/**
 * Every endpoint's schema in the UI's language, matched by its model's file name: completion of
 * fields and enum values and the hover docs come from the same catalogue schemas the server
 * validates with. Monaco's own schema diagnostics are off: they speak English only, and the
 * shared validator's markers (editor-markers.ts) already say the same in the UI's language.
 */
export function setSchemaLanguage(lang: Lang): void {
  if (schemasLang === lang) return;
  schemasLang = lang;
  json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    schemaValidation: 'ignore',
    enableSchemaRequest: false,
    allowComments: false,
    schemas: ENDPOINT_IDS.map((id) => {
      const schema = localizedRequestSchema(id, lang);
      return { uri: schema.$id, fileMatch: [modelUri(id).toString()], schema: schema as never };
    }),
  });
}
setSchemaLanguage('en-US');

export { monaco };
