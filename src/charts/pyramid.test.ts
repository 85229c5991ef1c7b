import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Pyramid from './Pyramid.svelte';
import { ageTicks, barsPath, hit, outlinePath, pyramidLayout, valueTicks, xOf, yOf } from './pyramid.ts';

// Fixed data: 1,000 people at every age, men; women 2,000 at age 0 falling by 10 a year.
const men = Array.from({ length: 101 }, () => 1000);
const women = Array.from({ length: 101 }, (_, a) => 2000 - 10 * a);
const layout = pyramidLayout(600, 505 + 14 * 2.7, 2000, 14);

describe('pyramid geometry', () => {
  it('puts men left and women right of the age column, age 0 at the bottom', () => {
    expect(xOf(layout, 'male', 2000)).toBeCloseTo(layout.margin.left, 6);
    expect(xOf(layout, 'female', 2000)).toBeCloseTo(600 - layout.margin.right, 6);
    expect(xOf(layout, 'male', 0)).toBe(layout.maleBase);
    expect(yOf(layout, 100)).toBeCloseTo(layout.margin.top, 6);
    expect(yOf(layout, 0)).toBeGreaterThan(yOf(layout, 1));
    expect(layout.band).toBeCloseTo(5, 6);
  });

  it('draws one rectangle per age with a count, none for an empty age', () => {
    const d = barsPath(layout, 'male', men);
    expect(d.match(/M/g)).toHaveLength(101);
    const some = men.map((x, a) => (a % 2 ? 0 : x));
    expect(barsPath(layout, 'female', some).match(/M/g)).toHaveLength(51);
    // Each rectangle of the female side starts at the female base and goes right.
    const first = /^M([\d.]+),[\d.]+h([\d.-]+)/.exec(barsPath(layout, 'female', women))!;
    expect(Number(first[1])).toBeCloseTo(layout.femaleBase, 1);
    expect(Number(first[2])).toBeCloseTo((2000 / 2000) * layout.half, 1);
  });

  it('outlines the bar ends as one step line from 100+ down to 0', () => {
    const d = outlinePath(layout, 'female', women);
    expect(d.startsWith('M')).toBe(true);
    expect(d.match(/V/g)).toHaveLength(101);
    expect(d.match(/H/g)).toHaveLength(100);
  });

  it('finds the age and side under the pointer', () => {
    expect(hit(layout, layout.maleBase - 5, yOf(layout, 45) + 1)).toEqual({ age: 45, side: 'male' });
    expect(hit(layout, layout.femaleBase + 5, yOf(layout, 0) + 1)).toEqual({ age: 0, side: 'female' });
    expect(hit(layout, 300, 0)).toBeNull();
  });

  it('labels round values and every ten years when there is room', () => {
    expect(valueTicks(layout, 14)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(valueTicks(pyramidLayout(300, 400, 2000, 14), 14)).toEqual([0, 2000]);
    expect(ageTicks(layout, 14)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
});

describe('Pyramid.svelte', () => {
  const labels = {
    male: '男性',
    female: '女性',
    age: (a: number) => `${a}歳`,
    tick: (v: number) => String(v),
    bar: () => '',
    aria: '2030年の人口ピラミッド',
  };

  it('renders bars for both sexes, the baseline outline, age labels and axes', () => {
    const { body } = render(Pyramid, {
      props: {
        male: men,
        female: women,
        baselineMale: men,
        baselineFemale: women,
        max: 2000,
        width: 600,
        height: 543,
        fontSize: 14,
        labels,
      },
    });
    const paths = [...body.matchAll(/<path class="([^"]+)" d="([^"]*)"/g)].map((m) => [m[1].split(' ').slice(0, 2).join(' '), m[2]]);
    expect(paths.map(([c]) => c)).toEqual(['bars male', 'bars female', 'outline male', 'outline female']);
    expect(paths[0][1].match(/M/g)).toHaveLength(101);
    expect(body).toContain('aria-label="2030年の人口ピラミッド"');
    const ageLabels = [...body.matchAll(/<text[^>]*text-anchor="middle"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(ageLabels.slice(0, 11)).toEqual(['0', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100+']);
    expect(body).toContain('>男性</text>');
    expect(body).toContain('>女性</text>');
  });

  it('leaves the outline out when there is no baseline', () => {
    const { body } = render(Pyramid, { props: { male: men, female: women, max: 2000, width: 360, height: 400, fontSize: 12, labels } });
    expect(body).not.toContain('class="outline');
    expect(body).toContain('class="bars male');
  });
});
