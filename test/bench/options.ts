// The benches' command-line options, `--name value` and `--flag`, read from process.argv.
const argv = process.argv.slice(2);

/** The value given after `--name`, else `fallback`. */
export function option(name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
}

/** Whether `--name` was given. */
export function flag(name: string): boolean {
  return argv.includes(`--${name}`);
}
