// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShown, oneWalk, textNodesOf } from '@/lib/extract/text-nodes';

/** A random tree of elements and texts, as nested arrays: a string is a text node. */
type Tree = string | Tree[];
const treeArb: fc.Arbitrary<Tree[]> = fc.letrec<{ tree: Tree; kids: Tree[] }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.string({ minLength: 1, maxLength: 3 }), tie('kids')),
  kids: fc.array(tie('tree'), { maxLength: 4 }),
})).kids;

function build(parent: Element, kids: Tree[]): void {
  for (const kid of kids) {
    if (typeof kid === 'string') parent.append(document.createTextNode(kid));
    else {
      const el = document.createElement('div');
      build(el, kid);
      parent.append(el);
    }
  }
}

const walked = (root: Node) => {
  const out: Node[] = [];
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
};

describe('one walk of the page per read', () => {
  it('a subtree\'s text nodes inside oneWalk are exactly those a walk of that subtree finds, in order', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), (kids, pick) => {
        document.body.replaceChildren();
        build(document.body, kids);
        const elements = [document.body, ...document.body.querySelectorAll('div')];
        const root = elements[pick % elements.length]!;
        oneWalk(() => {
          expect(textNodesOf(document)).toEqual(walked(document));
          expect(textNodesOf(root)).toEqual(walked(root));
        });
        expect(textNodesOf(root)).toEqual(walked(root));
      }),
      { numRuns: 300 },
    );
  });

  it('walks a detached subtree directly, and nests without losing the outer walk', () => {
    const detached = document.createElement('div');
    detached.innerHTML = '<span>访客数</span><b>1,234</b>';
    oneWalk(() => {
      expect(textNodesOf(detached).map((t) => t.data)).toEqual(['访客数', '1,234']);
      document.body.innerHTML = '<p>a</p><p>b</p>';
      expect(oneWalk(() => textNodesOf(document.body).length)).toBe(2);
      expect(textNodesOf(document.body).length).toBe(2);
    });
  });

  it('remembers visibility only for the read it is in', () => {
    document.body.innerHTML = '<div id="x">1</div>';
    const x = document.getElementById('x')!;
    oneWalk(() => {
      expect(isShown(x)).toBe(true);
      x.hidden = true;
      expect(isShown(x)).toBe(true); // the page does not change during a read
    });
    expect(isShown(x)).toBe(false);
  });
});
