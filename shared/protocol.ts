/**
 * The protocol shared by the server and the client (the client imports this file; no vscode types here): names,
 * and typed requests and notifications (vscode-jsonrpc's RequestType), so both sides agree on params and results.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type {
  Checklist,
  CompareResult,
  HandInSummary,
  NextYearChange,
  ReviewSummary,
  SeveritySetting,
  SimilarResult,
} from '../server/src/core';
export type { Checklist, ChecklistItem, CompareResult, ReviewEntry, SimilarResult, Verdict } from '../server/src/core';

export const LANGUAGE_ID = 'work-report';
export const SETTINGS_SECTION = 'workReport';
export const DIAGNOSTIC_SOURCE = 'work-report';

/** Documents larger than this get the outline only: checks are skipped and the user is told once. */
export const MAX_CHECKED_CHARS = 2_000_000;

export interface WorkReportSettings {
  severity: Record<string, SeveritySetting>;
  library?: { paths?: string[]; includeSamples?: boolean };
}

/** Sent by the client in initializationOptions. */
export interface InitOptions {
  storagePath?: string;
  samplesPath?: string;
  /** Client-side commands the server may put in code actions (our VS Code client sends [REVEAL_RANGE_COMMAND]). */
  clientCommands?: string[];
  /**
   * The `workReport.language` setting: 'zh-cn' or 'en' decide the language of findings, fixes and hovers;
   * 'auto' (or absent, as from other editors) follows the client's `locale` of initialize.
   */
  language?: 'zh-cn' | 'en' | 'auto';
}

/** Custom request: counts for the language status item (字数 / 段落). */
export const DOCUMENT_STATS_REQUEST = 'workReport/documentStats';
export interface DocumentStatsParams {
  uri: string;
}
export interface DocumentStatsResult {
  characters: number;
  paragraphs: number;
  sections: number;
}

/** Client command the "show the other copy" code action runs: (uri: string, range: LSP Range). */
export const REVEAL_RANGE_COMMAND = 'workReport.revealRange';

/**
 * Server command behind "show the other copy" for clients without REVEAL_RANGE_COMMAND: it asks the client to show
 * the place through window/showDocument. Arguments: (uri: string, range: LSP Range).
 */
export const SHOW_DOCUMENT_COMMAND = 'workReport.showDocument';

/** Code action kind of the fix-all source actions, one per norm/term code: `source.fixAll.workReport.norm.punctuation`. */
export const FIX_ALL_ACTION_KIND = 'source.fixAll.workReport';

/** Code action kind of "renumber the whole document" (a source action; the client's workReport.renumber runs it). */
export const RENUMBER_ACTION_KIND = 'source.renumber.workReport';

/** Custom requests of the comparison panel. The webview never parses text: everything comes from these. */
export const COMPARE_REQUEST = 'workReport/compare';
export const SIMILAR_REQUEST = 'workReport/similar';
export interface CompareParams {
  uri: string;
}
export interface SimilarParams {
  uri: string;
  line: number;
}
/** Sent when the library has been (re)built. */
export const LIBRARY_NOTIFICATION = 'workReport/libraryChanged';

/**
 * Custom request: check every report file of the workspace folders and publish their findings (the command
 * 检查工作区全部报告). Answers when done or cancelled.
 */
export const CHECK_WORKSPACE_REQUEST = 'workReport/checkWorkspace';
export interface CheckWorkspaceResult {
  files: number;
  withFindings: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
  /** Reports of an earlier year than the newest (last years' published reports): left out, their findings cleared. */
  past?: number;
  /** The newest year reviewed among the workspace's reports (the year being drafted). */
  draftingYear?: number;
}

export const DocumentStatsRequest = new RequestType<DocumentStatsParams, DocumentStatsResult | null, void>(
  DOCUMENT_STATS_REQUEST,
);
export const CompareRequest = new RequestType<CompareParams, CompareResult | null, void>(COMPARE_REQUEST);
export const SimilarRequest = new RequestType<SimilarParams, SimilarResult | null, void>(SIMILAR_REQUEST);
export const CheckWorkspaceRequest = new RequestType<Record<string, never>, CheckWorkspaceResult, void>(
  CHECK_WORKSPACE_REQUEST,
);
export const LibraryChangedNotification = new NotificationType<{ reports: number }>(LIBRARY_NOTIFICATION);

/** URI scheme of a Word document's read-only text view (作为工作报告打开): the path is the .docx's own. */
export const WORD_VIEW_SCHEME = 'work-report-word';

/**
 * Custom request: a Word document (.docx/.docm) or a PDF as report text, Word's numbering written out;
 * `paragraphOfLine` maps each line of a Word document's text to its paragraph (1-based; empty for a PDF). `uri` is
 * the document's file URI.
 */
export const READ_WORD_REQUEST = 'workReport/readWord';
export interface ReadWordParams {
  uri: string;
}
export type ReadWordResult = { ok: true; text: string; paragraphOfLine: number[] } | { ok: false; message: string };

/**
 * Custom request: the open report `uri` written as a GB/T 9704 Word document to the file URI `target`, atomically;
 * an existing target is kept as TARGET.bak (`backup` names it). Also the command EXPORT_WORD_COMMAND with the
 * arguments (uri, target), for other editors.
 */
export const EXPORT_WORD_REQUEST = 'workReport/exportWord';
export const EXPORT_WORD_COMMAND = 'workReport.exportWordFile';
export interface ExportWordParams {
  uri: string;
  target: string;
}
export type ExportWordResult = { ok: true; backup?: string } | { ok: false; message: string };

/**
 * Custom request: what is left before the open report `uri` is handed in (export asks it first): errors and
 * warnings, checklist items open, half-width section markers (一); `message` says it in the session's language;
 * `markerEdits` write the markers full-width.
 */
export const HAND_IN_REQUEST = 'workReport/handIn';
export interface HandInResult {
  summary: HandInSummary;
  ready: boolean;
  message: string;
  markerEdits: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[];
}
export const HandInRequest = new RequestType<{ uri: string }, HandInResult | null, void>(HAND_IN_REQUEST);

export const ReadWordRequest = new RequestType<ReadWordParams, ReadWordResult, void>(READ_WORD_REQUEST);
export const ExportWordRequest = new RequestType<ExportWordParams, ExportWordResult, void>(EXPORT_WORD_REQUEST);

/**
 * Custom request: the findings of the Word document `uri` (its file URI; the findings of its open report view when
 * there is one, else its own checked now) written into a copy at the file URI `target`, each a comment (批注)
 * anchored on its text. The copy has the document's kind (.docx/.docm) and is never the document itself; an
 * existing target is kept as TARGET.bak (`backup` names it). Also the command ANNOTATE_WORD_COMMAND with the
 * arguments (uri, target), for other editors.
 */
export const ANNOTATE_WORD_REQUEST = 'workReport/annotateWord';
export const ANNOTATE_WORD_COMMAND = 'workReport.annotateWordFile';
export interface AnnotateWordParams {
  uri: string;
  target: string;
}
export type AnnotateWordResult = { ok: true; comments: number; backup?: string } | { ok: false; message: string };
export const AnnotateWordRequest = new RequestType<AnnotateWordParams, AnnotateWordResult, void>(ANNOTATE_WORD_REQUEST);

/** The year-over checklist (换年核对清单) of an open report: what still holds last year's value, open or checked. */
export const CHECKLIST_REQUEST = 'workReport/checklist';
export interface ChecklistParams {
  uri: string;
}
export const ChecklistRequest = new RequestType<ChecklistParams, Checklist | null, void>(CHECKLIST_REQUEST);

/**
 * Server command "mark as checked" (标记为已核对): the finding of `code` starting at `offset` in the open report `uri`
 * is recorded in `.workreport-checked.json` beside it and no longer shown. Arguments: (uri, code, offset).
 */
export const MARK_CHECKED_COMMAND = 'workReport.markChecked';

/** Next year's draft from last year's report (its text as given, or the open document's): the new text only. */
export const NEXT_YEAR_REQUEST = 'workReport/nextYear';
export interface NextYearParams {
  uri: string;
  text?: string;
  newTerm?: boolean;
}
export interface NextYearResult {
  text: string;
  /** The new file's suggested name, beside the report (2022-….txt → 2023-….txt). */
  name: string;
  changes: NextYearChange[];
}
export const NextYearRequest = new RequestType<NextYearParams, NextYearResult | null, void>(NEXT_YEAR_REQUEST);

/**
 * Reviewers' returned copies (征求意见): IMPORT_REVIEWS_REQUEST reads the .docx files `files` (file URIs) for their
 * comments and tracked changes and records them beside the open draft `uri` (`.workreport-review.json`), where
 * they become review.comment / review.change findings; REVIEWS_REQUEST gives the draft's 意见汇总 (every item placed
 * in the draft's current text, with its decision); DECIDE_REVIEW_COMMAND records a decision: arguments (uri, key,
 * 'accepted' | 'rejected' | null, reason); EXPORT_REVIEW_TABLE_REQUEST writes 意见采纳情况表 to the file URI `target`.
 */
export const IMPORT_REVIEWS_REQUEST = 'workReport/importReviews';
export const REVIEWS_REQUEST = 'workReport/reviews';
export const EXPORT_REVIEW_TABLE_REQUEST = 'workReport/exportReviewTable';
export const DECIDE_REVIEW_COMMAND = 'workReport.decideReview';
export interface ImportReviewsParams {
  uri: string;
  files: string[];
}
export type ImportReviewsResult =
  | { ok: true; message: string; copies: { file: string; items: number }[]; problems: string[] }
  | { ok: false; message: string };
export type ReviewsResult = ReviewSummary & { unmappedLabel: string };
export const ImportReviewsRequest = new RequestType<ImportReviewsParams, ImportReviewsResult, void>(
  IMPORT_REVIEWS_REQUEST,
);
export const ReviewsRequest = new RequestType<{ uri: string }, ReviewsResult | null, void>(REVIEWS_REQUEST);
export const ExportReviewTableRequest = new RequestType<ExportWordParams, ExportWordResult, void>(
  EXPORT_REVIEW_TABLE_REQUEST,
);
