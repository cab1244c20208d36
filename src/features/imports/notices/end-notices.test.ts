import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../model.ts';
import { addEndNotices, endNoticeFor, MAX_NOTICES } from './end-notices.ts';

const ended = (id: string, status: string, updated = 1): ImportRow => ({ account: '123456789012', region: 'us-east-1', id, status, destinations: [], created: 0, updated });

describe('end-of-import notices', () => {
  it('says how an import ended, as a failure only when it failed', () => {
    expect(endNoticeFor(ended('a', 'COMPLETED'))).toMatchObject({ tone: 'success', title: 'Import a completed' });
    expect(endNoticeFor(ended('b', 'FAILED'))).toMatchObject({ tone: 'error', title: 'Import b failed: some files could not be imported' });
    expect(endNoticeFor(ended('c', 'STOPPED'))).toMatchObject({ tone: 'info', title: 'Import c was stopped' });
    expect(endNoticeFor(ended('d', 'PAUSED_FOREVER'))).toMatchObject({ tone: 'info', title: 'Import d ended: Paused forever' });
  });

  it('shows each ending once, newest first, and keeps only the latest few', () => {
    const first = addEndNotices([], [ended('a', 'COMPLETED')]);
    expect(addEndNotices(first, [ended('a', 'COMPLETED')])).toEqual(first);
    const later = addEndNotices(first, [ended('b', 'FAILED'), ended('c', 'STOPPED')]);
    expect(later.map((n) => n.importRef.id)).toEqual(['c', 'b', 'a']);
    // A retried import that ends again is a new ending.
    expect(addEndNotices(later, [ended('a', 'FAILED', 2)]).map((n) => n.importRef.id)).toEqual(['a', 'c', 'b', 'a']);
    const many = addEndNotices([], Array.from({ length: 10 }, (_, i) => ended(`x${i}`, 'COMPLETED')));
    expect(many).toHaveLength(MAX_NOTICES);
    expect(many[0].importRef.id).toBe('x9');
  });
});
