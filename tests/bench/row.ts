/** One measured figure, printed as a row of the `npm run bench` table. */
export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  /** What we aim for, as text, e.g. "≥ 50000" or "< 5". */
  target: string;
  /** Whether the figure meets the target. */
  ok: boolean;
}

/** A benchmark module: measures and returns its rows. Never asserts. */
export type Bench = () => Promise<BenchRow[]>;
