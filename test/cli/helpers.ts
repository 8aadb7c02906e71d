// Runs `maillage analyze` in the test's process, its output captured.
import { main, type Io } from '../../src/cli/main.ts';

export async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}
