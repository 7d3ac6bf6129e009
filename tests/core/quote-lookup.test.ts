import { describe, expect, it } from 'vitest';
import type { ArticleId, QuoteId } from '../../src/core/model.ts';
import { quoteLookupShards } from '../../src/core/quote-lookup.ts';
import { QuoteLookupSchema, problemsOf, quoteLookupShardOf } from '../../src/core/schema.ts';

const article = (id: string, quotes: string[]) => ({ id: id as ArticleId, quotes: quotes.map((q) => ({ id: q as QuoteId })) });

describe('the quote → article lookup', () => {
  it("names each quote's article by its key, in the shard of the quote id's first hash character", () => {
    const shards = quoteLookupShards([article('a-title-12345678', ['qa0000001', 'qb0000002']), article('another-abcdefgh1234', ['qa0000003'])]);
    expect([...shards.keys()]).toEqual(['a', 'b']);
    expect(shards.get('a')!.articles).toEqual({ qa0000001: '12345678', qa0000003: 'abcdefgh1234' });
    expect(shards.get('b')!.articles).toEqual({ qb0000002: '12345678' });
    for (const lookup of shards.values()) expect(problemsOf(QuoteLookupSchema, lookup)).toBeNull();
    expect(quoteLookupShardOf('qb0000002' as QuoteId)).toBe('b');
  });

  it('keeps the first article for a quote id two articles share (a hash collision)', () => {
    const shards = quoteLookupShards([article('first-11111111', ['qc0000001']), article('second-22222222', ['qc0000001'])]);
    expect(shards.get('c')!.articles).toEqual({ qc0000001: '11111111' });
  });

  it('is empty for a corpus without quotes', () => {
    expect(quoteLookupShards([article('quiet-33333333', [])]).size).toBe(0);
  });
});
