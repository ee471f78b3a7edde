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
import { ENDPOINT_IDS, requestSchema, type EndpointId } from '../../../../shared/catalogue/index.ts';

self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === 'json' ? new jsonWorker() : new editorWorker();
  },
};

/** One model per endpoint, so each keeps its own undo history and schema. */
export function modelUri(id: EndpointId): monaco.Uri {
  return monaco.Uri.parse(`inmemory://workbench/${id}.request.json`);
}

// Every endpoint's schema, matched by its model's file name: completion of fields and enum
// values, hover docs and markers come from the same catalogue schemas the server validates with.
json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  enableSchemaRequest: false,
  allowComments: false,
  schemas: ENDPOINT_IDS.map((id) => {
    const schema = requestSchema(id);
    return { uri: schema.$id, fileMatch: [modelUri(id).toString()], schema: schema as never };
  }),
});

export { monaco };
