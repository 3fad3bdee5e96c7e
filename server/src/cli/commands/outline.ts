/** `outline FILE [--json]`: the report's header and its tree of parts, chapters and points. */
import { outline, parseReport, TextDoc, type OutlineEntry } from '../../core';
import { loadReport, type CliContext, type Io } from '../context';

function printOutline(entries: OutlineEntry[], io: Io, depth = 0): void {
  for (const e of entries) {
    io.out(`${String(e.line + 1).padStart(5)}  ${'  '.repeat(depth)}${e.marker}${e.title}  [${e.kind}]`);
    printOutline(e.children, io, depth + 1);
  }
}

export function outlineCommand(file: string, json: boolean, cx: CliContext): number {
  const f = loadReport(file, cx);
  if (!f) return 2;
  const { io } = cx;
  const model = parseReport(new TextDoc(f.file, f.text));
  const sections = outline(model);
  if (json) {
    const h = model.header;
    io.out(
      JSON.stringify(
        {
          file: f.file,
          header: {
            title: h.title?.text ?? null,
            subtitle: h.subtitle?.text ?? null,
            speaker: h.speaker?.text ?? null,
            date: h.date ?? null,
            session: h.session ?? null,
            lines: h.lines,
          },
          sections,
        },
        null,
        2,
      ),
    );
  } else {
    if (model.header.title)
      io.out(`${model.header.title.text}${model.header.subtitle ? ` — ${model.header.subtitle.text}` : ''}`);
    printOutline(sections, io);
  }
  return 0;
}
