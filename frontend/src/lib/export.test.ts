import { describe, expect, it } from 'vitest';
import { createApi, type Transport } from './api';

/** recording answers every call with answer and keeps what was asked. */
function recording(answer: unknown): Transport & { asked: unknown[][] } {
  const asked: unknown[][] = [];
  return {
    face: 'browser',
    asked,
    call: async (struct, method, args) => (asked.push([struct, method, ...args]), answer),
    on: () => () => {},
  };
}

describe('api.export', () => {
  it('sends the request to Export and gives the summary its arrays', async () => {
    const t = recording({ name: 'Gloss highlights.csv', type: 'text/csv', data: 'YQ==', summary: { format: 'csv', files: null, articles: 2, highlights: 3, message: 'Wrote 1 file' } });
    const f = await createApi(t).export.download({ format: 'csv', filter: { tag: 'x' } });
    expect(t.asked).toEqual([['Export', 'Download', { format: 'csv', filter: { tag: 'x' } }]]);
    expect(f.summary).toEqual({ format: 'csv', where: '', files: [], articles: 2, highlights: 3, updated: 0, cancelled: false, message: 'Wrote 1 file' });
  });

  it('counts with zeros for what Go left out', async () => {
    const t = recording(null);
    expect(await createApi(t).export.count({ format: 'md', ids: [1], filter: {} })).toEqual({ articles: 0, highlights: 0 });
    expect(t.asked[0]?.slice(0, 2)).toEqual(['Export', 'Count']);
  });
});
