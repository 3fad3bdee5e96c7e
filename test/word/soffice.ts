/** LibreOffice from the command line (Debian's libreoffice-writer-nogui, installed by .ci/run), for tests and the bench. */
import { spawnSync, type SpawnSyncReturns } from 'child_process';

/** Converts Word documents to PDFs beside them in `dir`, with a profile of its own there (no user state shared). */
export function docxToPdf(dir: string, docx: string[], timeout = 180_000): SpawnSyncReturns<string> {
  const args = [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir];
  return spawnSync('soffice', [...args, ...docx], { encoding: 'utf8', timeout });
}

/**
 * Converts documents with LibreOffice to `to` (a format, with a filter and its options if given) into `outdir`,
 * with a profile of its own in `dir`.
 */
export function sofficeConvert(
  dir: string,
  files: string[],
  to: string,
  outdir: string,
  timeout = 180_000,
): SpawnSyncReturns<string> {
  const args = [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', outdir];
  return spawnSync('soffice', [...args, ...files], { encoding: 'utf8', timeout });
}
