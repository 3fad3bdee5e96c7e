/** The text abstraction the core works on. The LSP's TextDocument satisfies it; so does {@link TextDoc}. */

export interface Position {
  line: number;
  character: number;
}
/** An edit in document offsets: replace [start, end) by newText. */
export interface TextEditSpan {
  start: number;
  end: number;
  newText: string;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface ReportDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  readonly lineCount: number;
}

/** Offsets of line starts; a line ends at \n, \r\n or a lone \r, as LSP counts them. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** An in-memory document for the CLI, tests and benchmarks. */
export class TextDoc implements ReportDocument {
  private starts: number[] | undefined;
  constructor(
    readonly uri: string,
    private readonly text: string,
    readonly version = 0,
  ) {}

  getText(): string {
    return this.text;
  }

  private lineStarts(): number[] {
    return (this.starts ??= computeLineStarts(this.text));
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  offsetAt(p: Position): number {
    const starts = this.lineStarts();
    if (p.line >= starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : this.text.length;
    return Math.max(starts[p.line], Math.min(starts[p.line] + p.character, lineEnd));
  }
}
