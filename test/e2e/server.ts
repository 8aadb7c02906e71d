// Vitest global setup for the end-to-end tests: build the app once, serve the build with
// `vite preview` on a fixed loopback port, and stop it afterwards.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';

// Several sessions may run the suite side by side: each picks its own port and build folder.
export const PORT = Number(process.env.MAILLAGE_E2E_PORT ?? 4173);
const OUT_DIR = process.env.MAILLAGE_E2E_OUT ?? 'dist';
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

let preview: Preview | undefined;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

export async function setup(): Promise<void> {
  if (!process.env.MAILLAGE_E2E_SKIP_BUILD) {
    // VITE_TEST_HOOKS=1: the build exposes `window.__maillage` (the map and the app state,
    // read-only) for the tests; the same build otherwise, Content-Security-Policy included.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', OUT_DIR], {
      stdio: 'inherit',
      env: { ...process.env, VITE_TEST_HOOKS: '1' },
    });
  }
  preview = await startPreview(PORT, OUT_DIR);
}

export async function teardown(): Promise<void> {
  preview?.stop();
}

/** A `vite preview` of a build folder on a loopback port; `stop` ends it (a server left on
 * the port would answer the next run with whichever build its own folder holds). The e2e
 * tests and the browser benches start theirs here. */
export interface Preview {
  url: string;
  stop: () => void;
}

export async function startPreview(port: number, outDir: string): Promise<Preview> {
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--strictPort', '--port', String(port), '--outDir', outDir],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
