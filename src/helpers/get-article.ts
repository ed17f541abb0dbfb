import { articles } from '../data/articles.js';
import type { ArticleId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { findById } from '../internal/find-by-id.js';
import type { Article } from '../schemas/article.js';

/**
 * Looks up an article of the treaty by id. A known id (an `ArticleId` literal) returns the record
 * itself, typed without `undefined`; any other string returns the record or
 * `undefined`. Throws a `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * getArticle('article-1').number; //=> 'I'
 * getArticle('article-99'); //=> undefined
 * ```
 */
export function getArticle(id: ArticleId): DeepReadonly<Article>;
export function getArticle(id: string): DeepReadonly<Article> | undefined;
export function getArticle(id: string): DeepReadonly<Article> | undefined {
  return findById(articles, id, 'getArticle', (record) => record.id);
}
