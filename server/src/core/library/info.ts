/** What a report is: place, year reviewed, kind and title, inferred from its header and file name. */
import type { ReportModel } from '../model/types';
import { timeFrame } from '../model/timeFrame';

export interface ReportInfo {
  place?: string;
  year?: number;
  kind?: '人大常委会' | '政府';
  title?: string;
}

const PLACE = /([\u4e00-\u9fff]{2,8}?(?:市|省|自治区|自治州|州|县|区|盟))(?:人民代表大会|人大|人民政府|政府)/;

export function reportInfo(model: ReportModel, fileName = ''): ReportInfo {
  const title = model.header.title?.text;
  const sources = [title, model.header.subtitle?.text, model.header.speaker?.text, fileName].filter(
    Boolean,
  ) as string[];
  let place: string | undefined;
  for (const s of sources) {
    const m = PLACE.exec(s.replace(/^\d{4}年?/, '').replace(/^\d{4}[-_]/, ''));
    if (m) {
      place = m[1];
      break;
    }
  }
  if (!place) {
    const f = /(?:^|[-_/])([\u4e00-\u9fff]{2,6}?(?:市|省|自治区))/.exec(fileName);
    if (f) place = f[1];
  }
  const text = sources.join(' ');
  const kind = /常务委员会|常委会/.test(text) ? '人大常委会' : /政府/.test(text) ? '政府' : undefined;
  const frame = timeFrame(model);
  let year = frame?.source === 'date' ? frame.reviewed : undefined;
  if (year === undefined) {
    const part = model.flat.find((s) => s.kind === 'part' && /回顾|主要工作/.test(s.title) && /\d{4}年/.test(s.title));
    const m = part ? /(\d{4})年/.exec(part.title) : /(?:^|\/)(\d{4})[-_年]/.exec(fileName);
    if (m) year = Number(m[1]);
  }
  return {
    ...(place ? { place } : {}),
    ...(year ? { year } : {}),
    ...(kind ? { kind } : {}),
    ...(title ? { title } : {}),
  };
}
