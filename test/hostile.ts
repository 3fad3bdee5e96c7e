import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { sharedSeed } from './helpers';

/** A folder of report-named special files: a FIFO, a link to /dev/zero, a socket, a folder, and one real report. */
export async function hostileFolder(): Promise<{ dir: string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'wr-hostile-'));
  writeFileSync(join(dir, '2022-株洲市人大常委会工作报告.txt'), sharedSeed('000'));
  execFileSync('mkfifo', [join(dir, '管道-工作报告.txt')]);
  symlinkSync('/dev/zero', join(dir, '附件-工作报告.txt'));
  mkdirSync(join(dir, '文件夹-工作报告.txt'));
  const server = createServer();
  await new Promise<void>((r) => server.listen(join(dir, '套接字-工作报告.txt'), r));
  return { dir, close: () => server.close() };
}
