// Worker-thread entry for the centrality kernel when the command runs from source. Plain
// JavaScript because a worker thread does not inherit the tsx loader the main thread
// registered: it registers its own, then runs the entry the bundle uses
// (centrality-worker-entry.ts), so both answer with the same code.
import { register } from 'tsx/esm/api';

register();
await import('./centrality-worker-entry.ts');
