import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver';
import { sectionLabel, type ReportDocument, type ReportModel, type Section, type SectionKind } from '../core';

const KIND: Record<SectionKind, SymbolKind> = {
  heading: SymbolKind.String,
  part: SymbolKind.Module,
  chapter: SymbolKind.Namespace,
  section: SymbolKind.Class,
  item: SymbolKind.Field,
  subitem: SymbolKind.EnumMember,
  lead: SymbolKind.Key,
};

const KIND_NAME: Record<'zh' | 'en', Record<SectionKind, string>> = {
  zh: { heading: '标题', part: '部分', chapter: '章', section: '节', item: '条', subitem: '款', lead: '要点' },
  en: {
    heading: 'heading',
    part: 'part',
    chapter: 'chapter',
    section: 'section',
    item: 'item',
    subitem: 'sub-item',
    lead: 'lead-in',
  },
};

export function symbolKindOf(kind: SectionKind): SymbolKind {
  return KIND[kind];
}

export function kindName(kind: SectionKind, locale: 'zh' | 'en'): string {
  return KIND_NAME[locale][kind];
}

/** Hierarchical symbols: the Outline view and breadcrumbs come from these. */
export function documentSymbols(model: ReportModel, doc: ReportDocument, locale: 'zh' | 'en'): DocumentSymbol[] {
  const toSymbol = (s: Section): DocumentSymbol => {
    const range: Range = { start: doc.positionAt(model.lines[s.line].start), end: doc.positionAt(s.end) };
    const selectionRange: Range = {
      start: doc.positionAt(s.start),
      end: doc.positionAt(Math.max(s.titleEnd, s.start)),
    };
    return DocumentSymbol.create(
      sectionLabel(s),
      kindName(s.kind, locale),
      KIND[s.kind],
      range,
      selectionRange,
      s.children.map(toSymbol),
    );
  };
  return model.sections.map(toSymbol);
}
