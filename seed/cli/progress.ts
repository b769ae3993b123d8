import { SingleBar, Presets } from 'cli-progress';
import { printable } from '../source/printable.js';

export interface Progress {
  file(name: string): void;
  stop(): void;
}

const duration = (s: number) =>
  !Number.isFinite(s)
    ? '?'
    : s >= 3600
      ? `${Math.floor(s / 3600)}h${Math.round((s % 3600) / 60)}m`
      : s >= 60
        ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
        : `${Math.round(s)}s`;

/** One line of progress: files done, rate and the time left at that rate. */
export function progressLine(done: number, total: number, seconds: number): string {
  const rate = done / Math.max(seconds, 1e-9);
  return `ingest: ${done}/${total} files (${Math.round((100 * done) / total)}%), ${rate.toFixed(2)} files/s, elapsed ${duration(seconds)}, ETA ${duration((total - done) / rate)}`;
}

/**
 * A progress bar on a terminal; elsewhere (CI, logs, pipes) a line every `every` files and at the
 * end, so a long load shows its rate and ETA in any log.
 */
export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr, every?: number): Progress {
  const t0 = performance.now();
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: 'Ingesting [{bar}] {value}/{total} {eta_formatted} {file}', stream, hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(total, 0, { file: '' });
    return { file: (name) => bar.increment({ file: printable(name) }), stop: () => bar.stop() };
  }
  const step = every ?? Math.max(1, Math.min(50, Math.ceil(total / 20)));
  let done = 0;
  return {
    file: () => {
      done++;
      if (done % step === 0 || done === total)
        stream.write(`${progressLine(done, total, (performance.now() - t0) / 1000)}\n`);
    },
    stop: () => {},
  };
}
