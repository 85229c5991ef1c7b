// The tables under the charts follow the projection once it settles (a moment after the last
// change), not on every frame of a drag: their thousands of formatted cells would cost more
// main-thread time per frame than all the charts together.
import type { ProjectionPayload } from '../../../worker/projection.protocol.ts';

/** How long the projection must stay unchanged before the tables follow it (ms). */
export const SETTLE_MS = 250;

export interface Settled {
  readonly current: ProjectionPayload | null;
  readonly baseline: ProjectionPayload | null;
  readonly year: number;
}
