// The comparison's components, one chunk (loaded by ../compare-loader.ts).
export { default as CompareTools } from './CompareTools.svelte';
export { default as ComparePanel } from './ComparePanel.svelte';
export { default as FamilyPanel } from './FamilyPanel.svelte';
