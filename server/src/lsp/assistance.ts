import { CompletionItemKind, InsertTextFormat, MarkupKind, type Hover } from 'vscode-languageserver';
import { completions, figureHover, localize, repeatHoverAt } from '../core';
import { snippetToPlainText } from '../core/text/snippet';
import type { ServerContext } from './context';
import { normalizeUri } from './uri';

/** Hover (repeats with the other copy, figures with their metric and past years) and completions. */
export function registerAssistance(ctx: ServerContext): void {
  ctx.connection.onHover(async (params): Promise<Hover | null> => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const items = await ctx.diagnosticsOf(doc);
    const at = doc.offsetAt(params.position);
    const model = ctx.modelOf(doc);
    const span = (h: { start: number; end: number }) => ({
      start: doc.positionAt(h.start),
      end: doc.positionAt(h.end),
    });
    const repeat = repeatHoverAt(model, items, at, ctx.locale());
    if (repeat) return { contents: { kind: MarkupKind.Markdown, value: repeat.markdown }, range: span(repeat) };
    const rows = ctx.library()?.index.size ? ctx.library()!.index.figures(model, normalizeUri(doc.uri), true) : [];
    const fig = figureHover(
      model,
      ctx.locale(),
      at,
      (metric, unit) => rows.find((r) => r.metric === metric && r.unit === unit)?.past ?? [],
    );
    return fig ? { contents: { kind: MarkupKind.Markdown, value: fig.markdown }, range: span(fig) } : null;
  });

  const COMPLETION_KIND = {
    number: CompletionItemKind.EnumMember,
    subtitle: CompletionItemKind.Snippet,
    title: CompletionItemKind.Reference,
    figure: CompletionItemKind.Value,
  } as const;
  ctx.connection.onCompletion((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = ctx.modelOf(doc);
    const snippets = ctx.features().snippets;
    return completions(model, normalizeUri(doc.uri), doc.offsetAt(params.position), ctx.library()?.index).map(
      (s, i) => ({
        label: s.label,
        kind: COMPLETION_KIND[s.kind],
        detail: localize(s.detail, ctx.locale()),
        sortText: String(i).padStart(4, '0'),
        // A client without snippet support gets the text with each placeholder's default filled in.
        insertTextFormat: s.snippet && snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: {
          range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) },
          newText: s.snippet && !snippets ? snippetToPlainText(s.insertText) : s.insertText,
        },
      }),
    );
  });
}
