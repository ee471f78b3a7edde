import { endpointText, responseMeaning } from '../../../../shared/catalogue/texts/localized-catalogue.ts';
import type { EndpointId } from '../../../../shared/catalogue/index.ts';
import { useSettingsStore } from '../../app/settings-store.ts';

/** The catalogue's words (endpoint titles, summaries, descriptions, response meanings) in the UI's language. */
export function useCatalogueText() {
  const settings = useSettingsStore();
  return {
    title: (id: EndpointId) => endpointText(id, settings.lang).title,
    summary: (id: EndpointId) => endpointText(id, settings.lang).summary,
    description: (id: EndpointId) => endpointText(id, settings.lang).description,
    meaning: (id: EndpointId, status: number) => responseMeaning(id, status, settings.lang),
  };
}
