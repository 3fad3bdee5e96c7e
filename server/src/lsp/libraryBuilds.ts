import type { Connection } from 'vscode-languageserver';
import type { Locale } from '../core';
import { msg } from '../messages';
import { LibraryChangedNotification, SETTINGS_SECTION, type WorkReportSettings } from '../../../shared/protocol';
import type { ClientFeatures } from './clientCapabilities';
import type { LibraryStore } from './library';

export interface LibraryBuildsOptions {
  roots(): string[];
  samplesPath(): string | undefined;
  features(): ClientFeatures;
  locale(): Locale;
  /** After each build: findings that read the library (stale.figure) are to be asked for again. */
  onBuilt(): void;
}

/**
 * Builds of the past-report library in the background, one after another, with progress where the client shows
 * it; requests that need the library wait for the build under way. `generation` counts finished builds, so a
 * finding computed against one build is never reused against the next.
 */
export class LibraryBuilds {
  private build: Promise<void> | undefined;
  private builds = 0;
  private queued = false;

  constructor(
    private readonly connection: Connection,
    readonly store: LibraryStore,
    private readonly opts: LibraryBuildsOptions,
  ) {}

  get generation(): number {
    return this.builds;
  }

  /** Settles when the build under way is done; a request that needs the library starts the first build. */
  ready(): Promise<void> {
    return this.start();
  }

  /** The first build, unless one has started already. */
  start(): Promise<void> {
    if (!this.build) this.rebuild();
    return this.build!;
  }

  /** The library settings of the last build: a settings change that leaves them alone needs no build. */
  private settingsKey: string | undefined;

  /** The editor's settings changed: a build when the library's part of them did. */
  async settingsChanged(): Promise<void> {
    if (this.settingsKey === undefined) return; // the first build, still to come, reads them
    if (JSON.stringify(await this.librarySettings()) !== this.settingsKey) this.rebuild();
  }

  private async librarySettings(): Promise<NonNullable<WorkReportSettings['library']>> {
    const { connection, opts } = this;
    return opts.features().configuration
      ? ((await connection.workspace.getConfiguration(SETTINGS_SECTION).then(
          (c) => c?.library,
          () => undefined,
        )) ?? {})
      : {};
  }

  /** Queues a build after the one under way; a burst of file changes queues one, not one each. */
  rebuild(): void {
    if (this.queued) return;
    this.queued = true;
    const previous = this.build;
    this.build = (async () => {
      await previous;
      this.queued = false;
      await this.run();
    })();
  }

  private async run(): Promise<void> {
    const { connection, store, opts } = this;
    const cfg = await this.librarySettings();
    this.settingsKey = JSON.stringify(cfg);
    const progress = opts.features().workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin(msg(opts.locale(), 'libraryIndexing')(), 0);
    try {
      const samples = cfg?.includeSamples !== false ? opts.samplesPath() : undefined;
      const r = await store.build(
        { roots: opts.roots(), paths: cfg?.paths ?? [], ...(samples ? { samples } : {}) },
        (done, total) => {
          if (done % 10 === 0 || done === total)
            progress?.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total}`);
        },
      );
      const cached = r.files - r.parsed - r.skipped.length;
      connection.console.log(
        `library: ${store.index.size} reports (${r.parsed} read, ${cached} from cache, ${r.skipped.length} skipped)`,
      );
      this.builds++;
      void connection.sendNotification(LibraryChangedNotification, { reports: store.index.size });
      opts.onBuilt();
    } catch (e) {
      connection.console.error(`library: ${String(e)}`);
    } finally {
      progress?.done();
    }
  }
}
