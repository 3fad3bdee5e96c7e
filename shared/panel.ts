/**
 * The messages between the comparison panel's page (client/webview/panel.ts) and its host (client/src/panel.ts),
 * typed once for both sides. Types only: the page bundle takes nothing else from here.
 */
import type { CompareResult, SimilarResult } from '../server/src/core';

/** What the page sends: checked on the host side by parsePanelMessage before anything is done with it. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'changeLibrary' }
  | { type: 'open'; uri: string; line: number; character?: number; length?: number };

/** The strings the page shows, by key, in the UI language (the host localises; the page parses nothing). */
export type PanelStringKey =
  | 'similar'
  | 'figures'
  | 'structure'
  | 'noReport'
  | 'noMatch'
  | 'reused'
  | 'verbatim'
  | 'metric'
  | 'draft'
  | 'same'
  | 'jump'
  | 'lastYear'
  | 'added'
  | 'removed'
  | 'moved'
  | 'kept'
  | 'repeated'
  | 'changeLibrary'
  | 'sameLegend'
  | 'jumpLegend'
  | 'line'
  | 'similarity'
  | 'noLibrary';
export type PanelStrings = Record<PanelStringKey, string>;

/** What the host sends: the strings once, then the server's answers about the active report. */
export type HostMessage =
  | { type: 'strings'; strings: PanelStrings }
  | { type: 'compare'; uri?: string; data: CompareResult | null }
  | { type: 'similar'; uri?: string; data: SimilarResult | null };

/** What the page keeps across hide/show (the webview state API). */
export interface PanelState {
  tab: 'similar' | 'figures' | 'structure';
  strings: Partial<PanelStrings>;
  compare: CompareResult | null;
  similar: SimilarResult | null;
  uri: string | null;
}
