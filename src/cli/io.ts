// Node's side of every command's output: standard output with backpressure, standard error,
// or a file given by `--out`. The reading side is inventory.ts.
import { closeSync, openSync, writeSync } from 'node:fs';

export interface Io {
  /** Writes to standard output, resolving once the text may be written again (backpressure). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
}

export const processIo: Io = {
  stdout: (text) =>
    new Promise<void>((resolve, reject) => {
      process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
    }),
  stderr: (text) => process.stderr.write(text),
};

/** Writes the chunks to `path`, or to standard output when no path is given. */
export async function emit(
  chunks: Iterable<string>,
  path: string | undefined,
  io: Io,
): Promise<void> {
  if (path === undefined) {
    for (const chunk of chunks) await io.stdout(chunk);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
