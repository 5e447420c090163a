export { confusableSkeleton, MAX_SKELETON_INPUT } from './skeleton';
export { isMixedScript, scriptsIn } from './mixed-script';
export { damerauDistance, MAX_EDIT_DISTANCE_LENGTH } from './edit-distance';
export { idnForms } from './idn';
export type { IdnForms } from './idn';
