// The dashboard's views, in navigation order. Add a view here (and its panel in src/views/index.ts
// and its names in the dictionaries): the URL codec, the navigation and the tests pick it up.
export const VIEWS = ['outlook', 'plan', 'data', 'town'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'outlook';

export function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}
