/** LibreOffice from the command line (Debian's libreoffice-writer-nogui, installed by .ci/run), for tests and the bench. */
import { spawnSync, type SpawnSyncReturns } from 'child_process';

/** Converts Word documents to PDFs beside them in `dir`, with a profile of its own there (no user state shared). */
export function docxToPdf(dir: string, docx: string[], timeout = 180_000): SpawnSyncReturns<string> {
  const args = [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir];
  return spawnSync('soffice', [...args, ...docx], { encoding: 'utf8', timeout });
}
