import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

export interface Input {
  name: string;
  text: string;
}

export const ROOT = process.cwd();
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');

export function seeds(): Input[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `seeds/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every corpus file, or [] when ../shared/corpus is not there. */
export function corpusFiles(): (Input & { path: string })[] {
  const out: (Input & { path: string })[] = [];
  try {
    for (const sub of readdirSync(CORPUS).sort()) {
      const dir = join(CORPUS, sub);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort())
        out.push({ name: `corpus/${sub}/${f}`, path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') });
    }
  } catch {
    // no corpus beside the checkout
  }
  return out;
}

/** A draft of at least 35,000 characters made of whole seed reports, as the repeat-check goals are stated for. */
export function draft35k(): Input {
  const parts: string[] = [];
  let n = 0;
  for (const s of seeds()) {
    if (n >= 35_000) break;
    parts.push(s.text);
    n += s.text.length;
  }
  return { name: `${parts.length} seeds joined`, text: parts.join('\n\n') };
}

/**
 * The i-th character of new prose that never repeats a line (a drafter writing a paragraph): CJK characters in a
 * stride through 20,000 of them, a comma every 37th.
 */
export function proseCharacter(i: number): string {
  return i % 37 === 36 ? '，' : String.fromCharCode(0x4e00 + ((i * 7919) % 20000));
}
