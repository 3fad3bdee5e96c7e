/** What the review.* checks share: the placed items of one kind as findings on their spans. */
import { reviewMessage } from '../review/describe';
import type { CheckContext, Finding } from './types';
import type { ReviewItem } from '../review/types';

export function reviewFindings(ctx: CheckContext, comments: boolean): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.reviews?.() ?? []) {
    if ((m.item.kind === 'comment') !== comments || m.start === undefined || m.end === undefined) continue;
    const message = reviewMessage(m.item);
    // The text it was about is no longer in the paragraph: said, so the drafter reads the whole paragraph.
    if (!m.anchored && m.item.text.trim()) {
      message.zh += `（原文“${clip(m.item.text)}”已不在此段）`;
      message.en += ` (the original “${clip(m.item.text)}” is no longer in this paragraph)`;
    }
    out.push({ start: m.start, end: Math.max(m.end, m.start + 1), message });
  }
  return out;
}

function clip(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}……` : s;
}

/** An example item of the documentation: a reviewer's item on a paragraph of a short draft. */
export function exampleItem(item: Partial<ReviewItem> & Pick<ReviewItem, 'kind' | 'before'>): ReviewItem {
  return {
    unit: '市财政局',
    author: '市财政局',
    date: '2024-01-05T10:30:00Z',
    file: '工作报告（征求意见稿）-市财政局.docx',
    paragraph: 1,
    after: item.before,
    chapter: '',
    text: '',
    offset: 0,
    content: '',
    ...item,
  };
}
