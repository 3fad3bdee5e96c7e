import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, ReportDiagnostic, ReportModel } from '../core';
import type { ClientFeatures } from './clientCapabilities';
import type { LibraryStore } from './library';

/** What the request handlers share with the server: documents, their models and findings, the library. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The model of the document's current version, parsed at most once per version. */
  modelOf(doc: TextDocument): ReportModel;
  /** The check results of the document's current version, computed at most once per version. */
  diagnosticsOf(doc: TextDocument, isCancelled?: () => boolean): Promise<ReportDiagnostic[]>;
  locale(): Locale;
  library(): LibraryStore | undefined;
  /** Settles when the library build under way (if any) is done. */
  libraryReady(): Promise<void> | undefined;
  /** What the connected editor declared it can do. */
  features(): ClientFeatures;
  /** workspace/executeCommand handlers by command id (one onExecuteCommand serves them all). */
  commands: Map<string, (args: unknown[]) => Promise<unknown>>;
}
