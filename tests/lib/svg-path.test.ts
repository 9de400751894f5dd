import { describe, expect, test } from 'vitest';
import { CompactPath } from '../../src/lib/svg-path.ts';

/** Draws rings (closed) through a fresh context and returns its path data. */
function draw(rings: [number, number][][], minArea = 0, closed = true): string {
  const path = new CompactPath(minArea);
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
    if (closed) path.closePath();
  }
  return path.result();
}

describe('CompactPath', () => {
  test('writes a ring as one relative move and relative line pairs, rounded to whole units', () => {
    expect(
      draw([
        [
          [10.4, 20.6],
          [30.2, 20.9],
          [30, 40.49],
        ],
      ]),
    ).toBe('m10 21 20 0 0 19z');
  });

  test('starts each later ring relative to the start of the ring before it', () => {
    const rings: [number, number][][] = [
      [
        [10, 10],
        [20, 10],
        [20, 20],
      ],
      [
        [5, 50],
        [6, 50],
        [6, 60],
      ],
    ];
    expect(draw(rings)).toBe('m10 10 10 0 0 10zm-5 40 1 0 0 10z');
  });

  test('drops repeated points and a closing point equal to the first', () => {
    expect(
      draw([
        [
          [0, 0],
          [0.2, 0.1],
          [10, 0],
          [10, 10],
          [0, 0],
        ],
      ]),
    ).toBe('m0 0 10 0 0 10z');
  });

  test('leaves out rings that round to fewer than three points or cover less than minArea', () => {
    expect(
      draw([
        [
          [0, 0],
          [0.3, 0.2],
          [0.1, 0.4],
        ],
      ]),
    ).toBe('');
    expect(
      draw(
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
          ],
          [
            [0, 0],
            [10, 0],
            [10, 10],
          ],
        ],
        1,
      ),
    ).toBe('m0 0 10 0 0 10z');
  });

  test('continues an open line from its last point', () => {
    expect(
      draw(
        [
          [
            [0, 0],
            [5, 5],
          ],
          [
            [10, 0],
            [10, 5],
          ],
        ],
        0,
        false,
      ),
    ).toBe('m0 0 5 5m5-5 0 5');
  });

  test('starts afresh after result()', () => {
    const path = new CompactPath();
    for (const _ of [1, 2]) {
      path.moveTo(100, 100);
      path.lineTo(110, 100);
      path.lineTo(110, 110);
      path.closePath();
      expect(path.result()).toBe('m100 100 10 0 0 10z');
    }
  });

  test('draws the same shape as absolute coordinates would', () => {
    // Walk the compact data back to absolute points, as an SVG renderer does.
    const d = draw([
      [
        [3, 4],
        [8, 1],
        [9, 9],
      ],
      [
        [50, 60],
        [40, 70],
        [45, 80],
      ],
    ]);
    const points: number[][] = [];
    let start = [0, 0];
    let pen = [0, 0];
    for (const sub of d.split('z').filter(Boolean)) {
      const n = (sub.slice(1).match(/-?\d+/g) ?? []).map(Number);
      for (let i = 0; i < n.length; i += 2) {
        pen = [(pen[0] ?? 0) + (n[i] ?? 0), (pen[1] ?? 0) + (n[i + 1] ?? 0)];
        if (i === 0) start = pen;
        points.push(pen);
      }
      pen = start;
    }
    expect(points).toEqual([
      [3, 4],
      [8, 1],
      [9, 9],
      [50, 60],
      [40, 70],
      [45, 80],
    ]);
  });
});
