// The outlook in one sentence, from the numbers of a projection (never written by hand): whether the
// total peaks and when, where it ends, and the aging rate at the end. The dictionaries word it.
import type { ProjectionPayload } from '../../../worker/projection.protocol.ts';

export interface Reading {
  /** 'peak': rises, then falls; 'falling': highest in the base year; 'rising': highest at the horizon. */
  readonly shape: 'peak' | 'falling' | 'rising';
  readonly peakYear: number;
  readonly peakValue: number;
  readonly startYear: number;
  readonly startValue: number;
  readonly endYear: number;
  readonly endValue: number;
  /** endValue / peakValue − 1 (≤ 0). */
  readonly fromPeak: number;
  readonly agingStart: number;
  readonly agingEnd: number;
}

export function readingOf(p: ProjectionPayload): Reading {
  const total = p.summary.total;
  const last = p.years - 1;
  const peak = p.peaks.total;
  const shape = peak.year === p.baseYear ? 'falling' : peak.year === p.horizon ? 'rising' : 'peak';
  return {
    shape,
    peakYear: peak.year,
    peakValue: peak.value,
    startYear: p.baseYear,
    startValue: total[0],
    endYear: p.horizon,
    endValue: total[last],
    fromPeak: total[last] / peak.value - 1,
    agingStart: p.summary.aging_rate[0],
    agingEnd: p.summary.aging_rate[last],
  };
}
