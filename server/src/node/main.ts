import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { limitsFromEnv } from '../io/limitsFromEnv';
import { startServer } from '../lsp/server';
import { stdioTransport } from './stdioTransport';

// The transport comes from the command line: --stdio for any LSP editor, --node-ipc from VS Code.
if (
  !process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))
) {
  process.stderr.write('work-report language server: start with --stdio (or --node-ipc, --socket=N, --pipe=NAME)\n');
  process.exit(2);
}
// A fault in one request must not take the editor's analysis down with it: log and keep serving.
process.on('uncaughtException', (e) => process.stderr.write(`work-report: uncaught ${e?.stack ?? e}\n`));
process.on('unhandledRejection', (e) => process.stderr.write(`work-report: unhandled ${String(e)}\n`));
const limitsProblem = limitsFromEnv();
if (limitsProblem) process.stderr.write(`work-report: ${limitsProblem}\n`);
if (process.argv.includes('--stdio')) {
  const { reader, writer } = stdioTransport();
  startServer(createConnection(ProposedFeatures.all, reader, writer));
} else {
  startServer(createConnection(ProposedFeatures.all));
}
