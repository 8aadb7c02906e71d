#!/usr/bin/env node
// `maillage` command: runs the TypeScript CLI (src/cli) through tsx, so the command line
// runs exactly the source the app and the tests run, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
