import type { Section } from './types';

/** The label an editor shows for an entry: the marker as written, then the title. */
export function sectionLabel(s: Pick<Section, 'marker' | 'title'>): string {
  const label = `${s.marker}${s.title}`.trim();
  return label || '…';
}
