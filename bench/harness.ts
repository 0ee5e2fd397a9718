/**
 * The benchmark harness behind `npm run bench`. Every benchmark measures its
 * subject side by side with a named baseline in the same process and run,
 * interleaving rounds so that machine noise hits both alike, and reports
 * medians and the ratio to the baseline (never a bare time: times on a shared
 * machine mean little; ratios measured together mean more).
 */

import { appendFileSync } from 'node:fs';

/** One line of bench/RESULTS.md's summary table. */
export interface SummaryRow {
  /** The benchmark (its section title). */
  bench: string;
  /** What was measured. */
  subject: string;
  /** The measurement, with its unit (e.g. `0.41 ms`, `812 req/s`). */
  value: string;
  /** What it was measured against, in the same run. */
  baseline: string;
  /** The ratio that matters, as text (e.g. `3.2× faster`, `0.84× bare`). */
  ratio: string;
}

/**
 * Adds a row to the run's summary (`npm run bench` collects them into
 * bench/RESULTS.md; a benchmark run on its own just prints its tables).
 */
export function record(row: SummaryRow): void {
  const file = process.env.SPBE_BENCH_SUMMARY;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

export interface BenchCase {
  name: string;
  /** One operation. Called many times per round. */
  fn: () => unknown;
}

export interface CompareOptions {
  title: string;
  baseline: BenchCase;
  subjects: BenchCase[];
  /** Rounds per case (interleaved). */
  rounds?: number;
  /** Operations per round. */
  opsPerRound?: number;
}

export interface CaseResult {
  name: string;
  medianNs: number;
  p95Ns: number;
  /** baseline median / this median: above 1 means faster than the baseline. */
  speedup: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run uses the same workload. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median of a list of numbers (sorted copy). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0..1) by nearest rank on a sorted copy. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

let sink: unknown;

function round(fn: () => unknown, ops: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / ops;
}

/** Runs baseline and subjects in interleaved rounds and prints a table. */
export function compare(options: CompareOptions): CaseResult[] {
  const { title, baseline, subjects, rounds = 31, opsPerRound = 1000 } = options;
  const cases = [baseline, ...subjects];
  const samples = cases.map(() => [] as number[]);
  for (const c of cases) round(c.fn, opsPerRound); // warm up
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cases.entries()) samples[i]!.push(round(c.fn, opsPerRound));
  }
  const baseMedian = median(samples[0]!);
  const results = cases.map((c, i) => {
    const medianNs = median(samples[i]!);
    return {
      name: c.name,
      medianNs,
      p95Ns: quantile(samples[i]!, 0.95),
      speedup: baseMedian / medianNs,
    };
  });
  printTable(title, baseline.name, results);
  for (const r of results.slice(1)) {
    record({
      bench: title,
      subject: r.name,
      value: `${formatNs(r.medianNs)}/op`,
      baseline: `${baseline.name}: ${formatNs(baseMedian)}/op`,
      ratio: `${r.speedup.toFixed(2)}× (>1: faster)`,
    });
  }
  if (sink === Symbol.for('never')) console.log(sink); // keep results observable
  return results;
}

/** Formats nanoseconds with a sensible unit. */
export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

function printTable(title: string, baselineName: string, results: CaseResult[]): void {
  console.log(`\n## ${title}\n`);
  console.log(`baseline: ${baselineName}\n`);
  console.log('| case | median/op | p95/op | vs baseline |');
  console.log('| --- | --- | --- | --- |');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${formatNs(r.medianNs)} | ${formatNs(r.p95Ns)} | ${r.speedup.toFixed(2)}× |`,
    );
  }
}
