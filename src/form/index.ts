export { readSnapshot, type FormSnapshot, type FormTarget } from './snapshot';
export {
  view,
  field,
  items,
  entries,
  child,
  keyIn,
  isList,
  isMapping,
  scalarText,
  otherKeys,
  type View,
} from './view';
export { unset, setValue, setTree, append, removeAt, move, renameKey } from './intents';
export { podSecurity, type PodSecurity } from './podSecurity';
export { keptKeys, type KeptKey, type KeptKeyReason, type FormSectionKind } from './keptKeys';
