/**
 * What a report file is, in one place. The editor treats files by name as reports (the same patterns the client
 * registers for the language); a folder given to the CLI or the library stands for its text files, less the
 * documentation every project keeps beside them.
 */

/** Names the editor opens as work reports: `*工作报告*.txt|md`, `*.report.txt|md`. */
export function isReportFileName(name: string): boolean {
  return /工作报告.*\.(txt|md)$/i.test(name) || /\.report\.(md|txt)$/i.test(name);
}

/** A Word document the reader takes (.docx, .docm, .dotx, .dotm). */
export function isWordFileName(name: string): boolean {
  return /\.(docx|docm|dotx|dotm)$/i.test(name);
}

export function isPdfFileName(name: string): boolean {
  return /\.pdf$/i.test(name);
}

/** Word documents a library or a folder check takes as reports: `*工作报告*.docx`, `*.report.docx` (and .docm). */
export function isWordReportFileName(name: string): boolean {
  return /工作报告.*\.(docx|docm)$/i.test(name) || /\.report\.(docx|docm)$/i.test(name);
}

/** A project's documentation, never a report: README, SOURCES, CHANGELOG, LICENSE, CONTRIBUTING and their kin. */
const DOCUMENTATION =
  /^(readme|sources|changelog|changes|history|news|license|licence|copying|notice|contributing|authors|code_of_conduct|security)([._-]|$)/i;

/** Does a folder given to `check`/`compare` stand for this file? Its .txt/.md/.docx files, documentation excepted
 * (and Word's lock files, ~$name.docx). */
export function isReportInFolder(name: string): boolean {
  return (
    /\.(txt|md|docx|docm)$/i.test(name) && !DOCUMENTATION.test(name) && !name.startsWith('.') && !name.startsWith('~$')
  );
}

/** Past reports for the library, by name: text and Word reports, and PDFs (a website's copy) named the same way. */
export function isPastReportFileName(name: string): boolean {
  return isReportFileName(name) || isWordReportFileName(name) || /工作报告.*\.pdf$|\.report\.pdf$/i.test(name);
}
