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

/** A table of its own after the figures, e.g. the build's chunks: a title and rows of text. */
export type BenchTable = () => Promise<{ title: string; rows: Record<string, string>[] }>;
