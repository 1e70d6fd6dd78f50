import type { Translate } from './words';

/** For the unit tests: a translator over one locale file, as svelte-i18n fills {values}. */
export function translator(messages: object): Translate {
  return (key, options) => {
    const found = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);
    if (typeof found !== 'string') return `MISSING ${key}`;
    return found.replace(/\{(\w+)\}/g, (_, name: string) => String(options?.values?.[name] ?? `{${name}}`));
  };
}
