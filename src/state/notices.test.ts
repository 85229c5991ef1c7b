import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte.ts';

describe('Notices', () => {
  it('shows each cause once, keeps data notices when the link is read again, and dismisses', () => {
    const notices = new Notices();
    notices.add({ kind: 'data-file', file: 'data/a.parquet', reason: 'damaged' });
    notices.add({ kind: 'data-file', file: 'data/a.parquet', reason: 'damaged again' });
    notices.setUrlIssues([{ param: 'srb', value: '999', problem: 'out-of-range', allowed: '90–120', fallback: '105.1' }]);
    expect(notices.list.map((n) => n.id)).toEqual(['url:srb:out-of-range', 'data-file:data/a.parquet']);
    expect(notices.list[1]).toMatchObject({ reason: 'damaged again' });

    notices.setUrlIssues([]); // e.g. Back to a clean link
    expect(notices.list.map((n) => n.id)).toEqual(['data-file:data/a.parquet']);

    notices.add({ kind: 'manifest', reason: 'x' });
    notices.dismiss('data-file:data/a.parquet');
    expect(notices.list.map((n) => n.id)).toEqual(['manifest:x']);
    notices.dismissAll();
    expect(notices.list).toEqual([]);
  });
});
