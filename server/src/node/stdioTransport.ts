/**
 * The --stdio transport with two guards the stock one lacks. A header without a usable Content-Length leaves the
 * stream reader unable to find the next message: rather than go silently deaf, the server says why on stderr and
 * exits, so the editor restarts it. After `shutdown`, every further request is answered InvalidRequest (LSP: "the
 * server errors on requests after shutdown") without reaching a handler; `exit` still ends the process.
 */
import {
  ErrorCodes,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node';

export function isFramingError(e: Error): boolean {
  return /Content-Length|Header must/i.test(e.message);
}

export class GuardedReader implements MessageReader {
  private shutdown = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: StreamMessageWriter,
    onFatal: (e: Error) => void,
  ) {
    inner.onError((e) => {
      if (isFramingError(e)) onFatal(e);
    });
  }

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((msg: Message) => {
      const m = msg as { id?: number | string | null; method?: string };
      const isRequest = typeof m.method === 'string' && m.id !== undefined && m.id !== null;
      if (this.shutdown && isRequest) {
        void this.writer.write({
          jsonrpc: '2.0',
          id: m.id,
          error: { code: ErrorCodes.InvalidRequest, message: `${m.method}: the server is shutting down` },
        } as Message);
        return;
      }
      if (isRequest && m.method === 'shutdown') this.shutdown = true;
      callback(msg);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}

export function stdioTransport(): { reader: MessageReader; writer: StreamMessageWriter } {
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new GuardedReader(new StreamMessageReader(process.stdin), writer, (e) => {
    process.stderr.write(
      `work-report language server: unreadable message header, exiting so the editor can restart the server: ${e.message.split('\n')[0]}\n`,
    );
    process.exit(1);
  });
  return { reader, writer };
}
