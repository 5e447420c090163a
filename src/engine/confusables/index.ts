export { confusableSkeleton, MAX_SKELETON_INPUT } from './skeleton';
export { isMixedScript, scriptsIn } from './mixed-script';
