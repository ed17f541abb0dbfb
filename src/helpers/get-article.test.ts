import { describe, expect, expectTypeOf, it } from 'vitest';
import { articles } from '../data/articles.js';
import type { ArticleId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Article } from '../schemas/article.js';
import { getArticle } from './get-article.js';

describe('getArticle', () => {
  it('finds every record by its id', () => {
    for (const record of articles) expect(getArticle(record.id)).toBe(record);
  });
  it('returns article-1 with its number', () => {
    expect(getArticle('article-1').number).toBe('I');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getArticle('article-99')).toBeUndefined();
    expect(getArticle('__proto__')).toBeUndefined();
    expect(getArticle('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getArticle(42 as unknown as string)).toThrow(/^getArticle: id must be a string, received number$/);
    expect(() => getArticle(undefined as unknown as string)).toThrow(TypeError);
  });
  it('types a known id as the record and any other string as record | undefined', () => {
    expectTypeOf(getArticle('article-1')).toEqualTypeOf<DeepReadonly<Article>>();
    expectTypeOf(getArticle('article-99' as string)).toEqualTypeOf<DeepReadonly<Article> | undefined>();
    expectTypeOf<'article-1'>().toExtend<ArticleId>();
    // @ts-expect-error a misspelt id is not an ArticleId
    const misspelt: ArticleId = 'article-1-x';
    expect(misspelt).toBeTypeOf('string');
  });
});
