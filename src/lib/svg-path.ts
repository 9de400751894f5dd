/** Compact SVG path data at a drawing's own resolution: whole units, relative moves, nothing smaller than `minArea`. */

type Point = [number, number];

/** Twice the signed area of a closed ring (shoelace formula). */
const doubleArea = (ring: readonly Point[]): number =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length] as Point;
    return sum + x * ny - nx * y;
  }, 0);

/**
 * A d3-geo path context writing short path data: coordinates rounded to whole units, every command relative (`m` pairs
 * are implicit `l`s), repeated points dropped, and closed rings under `minArea` square units left out.
 */
export class CompactPath {
  readonly minArea: number;
  private out = '';
  private ring: Point[] = [];
  /** The pen position that the next relative command starts from (after `z`, the start of the closed ring). */
  private pen: Point = [0, 0];

  constructor(minArea = 0) {
    this.minArea = minArea;
  }

  /** d3-geo calls this before each shape; rings are tracked by `moveTo` instead. */
  beginPath(): void {}

  /** Starts a new ring or line. */
  moveTo(x: number, y: number): void {
    this.end(false);
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  /** Adds a point, unless it rounds to the previous one. */
  lineTo(x: number, y: number): void {
    const point: Point = [Math.round(x), Math.round(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  /** Closes the current ring. */
  closePath(): void {
    this.end(true);
  }

  /** Points (`geoPath` draws them as arcs) are not drawn: the map has only areas. */
  arc(): void {}

  /** The path data so far, and a fresh start for the next shape. */
  result(): string {
    this.end(false);
    const d = this.out;
    this.out = '';
    this.pen = [0, 0];
    return d;
  }

  private end(closed: boolean): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    if (closed && ring.length > 1 && ring[0]?.join() === ring[ring.length - 1]?.join()) ring.pop();
    if (!first || ring.length < (closed ? 3 : 2)) return;
    if (closed && Math.abs(doubleArea(ring)) / 2 < this.minArea) return;
    let [px, py] = this.pen;
    let d = 'm';
    for (const [x, y] of ring) {
      d += `${d.length > 1 && x - px >= 0 ? ' ' : ''}${x - px}${y - py >= 0 ? ' ' : ''}${y - py}`;
      [px, py] = [x, y];
    }
    this.out += closed ? `${d}z` : d;
    this.pen = closed ? first : [px, py];
  }
}
