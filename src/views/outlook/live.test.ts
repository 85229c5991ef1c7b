import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, updateState, type UrlState } from '../../state/url.ts';
import type { HistoryMode, StateChange } from '../../state/app.svelte.ts';
import { LiveOutlook, URL_INTERVAL } from './live.svelte.ts';

/** An AppState stand-in that records its history writes, and a clock the test moves by hand. */
function harness() {
  const writes: [HistoryMode, UrlState][] = [];
  const app = {
    state: DEFAULT_STATE,
    set(change: StateChange, mode: HistoryMode = 'replace') {
      this.state = updateState(this.state, change);
      writes.push([mode, this.state]);
    },
  };
  let timers: { at: number; cb: () => void }[] = [];
  let now = 0;
  const live = new LiveOutlook(app, {
    setTimer: (cb, ms) => {
      const t = { at: now + ms, cb };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => (timers = timers.filter((t) => t !== h)),
  });
  return {
    app,
    live,
    writes,
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.cb();
    },
  };
}

describe('LiveOutlook', () => {
  it('shows every input at once, writes no URL while the pointer keeps moving, and writes it at the end', () => {
    const h = harness();
    for (let i = 1; i <= 30; i++) {
      h.live.setScenario({ ...h.app.state.scenario, tfr: 1 + i / 100 }, 'live');
      expect(h.live.scenario.tfr).toBe(1 + i / 100); // the charts follow the pointer
      h.advance(16); // one frame
    }
    // 30 frames ≈ 480 ms of moving: no history write in the middle of it.
    expect(h.writes).toHaveLength(0);
    h.live.setScenario({ ...h.live.scenario }, 'commit');
    expect(h.writes).toHaveLength(1);
    expect(h.writes[0][0]).toBe('replace');
    expect(h.writes[0][1].scenario.tfr).toBe(1.3);
    expect(h.live.draftScenario).toBeNull();
    h.advance(1000);
    expect(h.writes).toHaveLength(1); // no late timer wrote again
  });

  it('writes the URL once the input rests, with what is shown, before the drag ends', () => {
    const h = harness();
    h.live.setScenario({ ...h.app.state.scenario, tfr: 1.2 }, 'live');
    h.advance(URL_INTERVAL - 16);
    h.live.setScenario({ ...h.live.scenario, tfr: 1.25 }, 'live'); // still moving: the wait starts again
    h.advance(URL_INTERVAL - 16);
    expect(h.writes).toHaveLength(0);
    h.advance(16); // rested for URL_INTERVAL
    expect(h.writes).toHaveLength(1);
    expect(h.writes[0]).toMatchObject(['replace', { scenario: { tfr: 1.25 } }]);
    expect(h.live.scenario.tfr).toBe(1.25); // the draft stays while the pointer is held
    h.live.setScenario({ ...h.live.scenario, tfr: 1.3 }, 'live');
    h.live.setScenario({ ...h.live.scenario }, 'commit');
    expect(h.writes.at(-1)![1].scenario.tfr).toBe(1.3);
    expect(h.writes).toHaveLength(2);
  });

  it('pushes history for presets, and keeps a dragged year with it', () => {
    const h = harness();
    h.live.setYear(2050, 'live');
    expect(h.live.year).toBe(2050);
    h.live.setScenario({ ...DEFAULT_STATE.scenario, inMigration: 0, outMigration: 0 }, 'push');
    expect(h.writes).toHaveLength(1);
    expect(h.writes[0][0]).toBe('push');
    expect(h.writes[0][1]).toMatchObject({ year: 2050, scenario: { inMigration: 0 } });
    expect(h.live.draftYear).toBeNull();
  });

  it('flush writes what is being dragged; a year never passes the horizon', () => {
    const h = harness();
    h.live.setScenario({ ...DEFAULT_STATE.scenario, horizon: 2040 }, 'live');
    h.live.setYear(2060, 'live');
    expect(h.live.year).toBe(2040);
    h.live.flush();
    expect(h.writes.at(-1)![1]).toMatchObject({ year: 2040, scenario: { horizon: 2040 } });
  });
});
