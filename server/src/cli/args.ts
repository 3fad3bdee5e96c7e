/** The CLI's command line: a command, its files (`-` is standard input), flags, and options that take a value. */

const VALUE_OPTIONS = [
  '--lang',
  '--library',
  '--format',
  '--stdin-filename',
  '-o',
  '--output',
  '--annotate',
  '--table',
] as const;
const FLAGS = ['--json', '--numbering', '--write', '--new-term', '-h', '--help', '-v', '--version'] as const;

export interface Args {
  command?: string;
  files: string[];
  flags: Set<string>;
  values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>>;
  /** Options we do not know, and value options given without a value. */
  problems: string[];
}

export function parseArgs(argv: string[]): Args {
  const out: Args = { files: [], flags: new Set(), values: {}, problems: [] };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') out.problems.push(name);
      else out.values[name as (typeof VALUE_OPTIONS)[number]] = v;
    } else if ((FLAGS as readonly string[]).includes(a)) {
      out.flags.add(a);
    } else {
      out.problems.push(a);
    }
  }
  [out.command, ...out.files] = positional;
  return out;
}
