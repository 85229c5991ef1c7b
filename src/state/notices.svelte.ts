// Messages shown above the view until the user dismisses them: problems with the link (URL state)
// and with data files. Each notice keeps its structured cause, so it is worded in the current language.
import type { UrlIssue } from './url.ts';

export type NoticeCause =
  | { readonly kind: 'url'; readonly issue: UrlIssue }
  | { readonly kind: 'data-file'; readonly file: string; readonly reason: string }
  | { readonly kind: 'manifest'; readonly reason: string };

export type Notice = NoticeCause & { readonly id: string };

/** Same cause → same id, so a notice is never shown twice. */
function idOf(cause: NoticeCause): string {
  switch (cause.kind) {
    case 'url':
      return `url:${cause.issue.param}:${cause.issue.problem}`;
    case 'data-file':
      return `data-file:${cause.file}`;
    case 'manifest':
      return `manifest:${cause.reason}`;
  }
}

export class Notices {
  list = $state.raw<readonly Notice[]>([]);

  add(cause: NoticeCause): void {
    const id = idOf(cause);
    this.list = [...this.list.filter((n) => n.id !== id), { ...cause, id }];
  }

  /** Replaces the link notices (after the link was read again); other notices stay. */
  setUrlIssues(issues: readonly UrlIssue[]): void {
    const kept = this.list.filter((n) => n.kind !== 'url');
    const fresh = issues.map((issue) => ({ kind: 'url' as const, issue, id: idOf({ kind: 'url', issue }) }));
    this.list = [...fresh, ...kept];
  }

  dismiss(id: string): void {
    this.list = this.list.filter((n) => n.id !== id);
  }

  dismissAll(): void {
    this.list = [];
  }
}
