import { getContext, setContext } from 'svelte';

/** The few words the components say themselves, in the app's language (set by `AppRoot`). */
export interface UiText {
  cancel: string;
  copy: string;
  copied: string;
}

const KEY = Symbol('linli-ui-text');

const FALLBACK: UiText = { cancel: 'Cancel', copy: 'Copy', copied: 'Copied' };

/** Makes `text` (read when used, so it follows a change of language) the components' words. */
export function setUiText(text: () => Partial<UiText>): void {
  setContext(KEY, text);
}

/** The components' words: the app's, else English. Call it during component set-up. */
export function uiText(): () => UiText {
  const text = getContext<(() => Partial<UiText>) | undefined>(KEY);
  return () => ({ ...FALLBACK, ...text?.() });
}
