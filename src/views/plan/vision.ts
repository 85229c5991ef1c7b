// The ward's aim (目指すまちの姿), the root of the plan tree. No table carries it, so it lives here, in both
// languages as a table's row would: the Japanese quoted from the plan summary (data/raw/plan-document/,
// line 21; vision.test.ts checks it), the English our translation. Not in the dictionaries: the English one
// is loaded only once a page shows English, and the plan shows each name's other language beside it.

/** The ward's aim in both languages. */
export const VISION = { ja: 'みどり豊かな 住まいのみやこ', en: 'A green city, a capital of good homes' } as const;
