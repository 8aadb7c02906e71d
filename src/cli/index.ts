// The face of src/cli: `maillage analyze`. bin/maillage.js and the CLI's bundle start it
// from main.ts; nothing in src/ imports the CLI (it is a top layer, beside the app).

// The command: arguments in, an exit code out, through the given input and output.
export { main, type Io } from './main.ts';
export { parseArgs, UsageError, USAGE, type ParsedArgs } from './args.ts';
