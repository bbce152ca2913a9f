import { describe, expect, it } from 'vitest';
import { ratingFloor } from '@/lib/analysis/tips/rating-floor';
import { ctxWith } from './context';

describe('tip: items rated under the floor', () => {
  it('one tip listing the lowest-rated items with their rating', () => {
    const [tip] = ratingFloor.evaluate(
      ctxWith({
        ratings: [
          { itemId: 'a', rating: 4.5 },
          { itemId: 'b', rating: 4.7 },
        ],
        titles: new Map([['a', '日式棉麻四件套']]),
      }),
    );
    expect(tip).toMatchObject({ rule: 'ratingFloor', params: { count: 2 }, numbers: { tab: 'items', focus: 'ratings' }, act: 'reviews' });
    expect(tip!.items!.map((i) => [i.itemId, i.title, i.evidence[0]!.value!.value])).toEqual([
      ['a', '日式棉麻四件套', 4.5],
      ['b', undefined, 4.7],
    ]);
  });

  it('no item under the floor: no tip', () => {
    expect(ratingFloor.evaluate(ctxWith({ ratings: [] }))).toEqual([]);
  });
});
