/** English UI text: the reference set. zh-HK and zh-CN must define every key (a missing one is a type error). */
export const en = {
  'app.title': 'iAM Smart Playground',
  'app.tagline': 'Learn, try and test the Fill Easy iAM Smart API',
  'nav.workbench': 'Workbench',
  'nav.flows': 'Flows',
  'nav.decoder': 'Decoder',
  'nav.guide': 'Partner guide',
  'settings.language': 'Language',
  'settings.theme': 'Theme',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.presentation': 'Presentation mode',
  'env.label': 'Environment',
  'env.sandbox': 'local emulator',
  'env.noCredentials': 'no credentials configured',
  'env.loadFailed': 'Could not load the environments; using the sandbox.',
  'a11y.skip': 'Skip to the request editor',
  'catalogue.heading': 'Endpoints',
  'catalogue.group.authenticated': 'Authenticated flow',
  'catalogue.group.anonymous': 'Anonymous flow',
  'catalogue.group.results': 'Results and callback',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
