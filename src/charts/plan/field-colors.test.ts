import { describe, expect, it } from 'vitest';
import { loadRealPlanTables } from '../../views/plan/test-tables.ts';
import { contrast, fieldColors, inkFor, NEUTRAL, textOn } from './field-colors.ts';

describe('field colours', () => {
  it('come from plan_fields, one per field, with inks that read on white and on the colour', async () => {
    const { plan_fields } = await loadRealPlanTables();
    const colors = fieldColors(plan_fields);
    expect([...colors.keys()]).toEqual(plan_fields.map((f) => f.field_id));
    for (const f of plan_fields) {
      const c = colors.get(f.field_id)!;
      expect(c.fill).toBe(f.color);
      expect(contrast(c.ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.onFill, c.fill)).toBeGreaterThanOrEqual(3); // large text on the fill (labels are bold/large)
    }
    expect(new Set([...colors.values()].map((c) => c.fill)).size).toBe(plan_fields.length);
  });

  it('keep a colour that already reads on white, and darken a light one', () => {
    expect(inkFor('#00695c')).toBe('#00695c');
    const yellow = inkFor('#efb118');
    expect(yellow).not.toBe('#efb118');
    expect(contrast(yellow, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(textOn('#efb118')).toBe('#1b1f23');
    expect(textOn('#19486a')).toBe('#ffffff');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(NEUTRAL.fill).toBe('#9498a0');
  });
});
