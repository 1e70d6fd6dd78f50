// @linli/ui: what the kiosk and the console share. Behaviour, structure and words here; the look
// (elder mode, desktop) stays in each app's CSS, through the class props and the parts' classes.
export { coalesced, coalescedBy } from './coalesced';
export * from './datetime';
export {
  errorMessage,
  errorText,
  fieldErrors,
  GENERIC_ERROR,
  inputProblems,
  type Code,
  type CodeMap,
  type ErrorMessage,
  type ErrorVocabulary,
  type Handling,
  type Reason,
  type ReasonMap,
  type Translate,
} from './errors';
export { type UiText } from './ui-text';
export { default as AppRoot } from './AppRoot.svelte';
export { default as ConfirmDialog } from './ConfirmDialog.svelte';
export { default as CopyField } from './CopyField.svelte';
export { default as Dialog } from './Dialog.svelte';
export { default as Field, type FieldControl } from './Field.svelte';
export { default as FormDialog } from './FormDialog.svelte';
export { default as TextField } from './TextField.svelte';
