/**
 * `npm run typo-data`: builds server/src/core/typos/typoData.json, typo.char's data, once, from
 * - jieba's dictionary (dict.txt of @node-rs/jieba 2.0.3, MIT: 349,046 entries with counts and parts of speech):
 *   the 2–4-character words counted WORD_MIN times or more, their counts rounded to powers of two, names and places
 *   (nr, ns, nz, j) marked; single characters' counts; the characters of rare names and places;
 * - pinyin-pro 3.29.4 (MIT): the toneless readings of every character of a word typo.char may propose;
 * - SHAPES below: characters that look alike, from the usual lists of 形近字;
 * - the 93 real reports (seeds and corpus): how often each character stands alone there, and every window typo.char
 *   would suspect where a report writes it — used in a real report, so never flagged — but for CORPUS_TYPOS, read
 *   one by one and found to be slips.
 * Only this script reads the packages; the extension ships the JSON.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { pinyin } from 'pinyin-pro';
import { makeModel, TARGET_BUCKET, type TypoData } from '../server/src/core/typos/model';
import { evalReports } from './eval/reports';
import { corpusStats } from './typoCorpus';

const WORD_MIN = 10;
/** Words of the IDF list rarer than this (in documents) are left out. */
const IDF_MAX = Number(process.env.TYPO_IDF_MAX ?? 12);
const NAME_TAGS = /^(?:nr|nrt|nrfg|ns|nz|j)$/;
/** A name or place rarer than this is never proposed (安庆, 赵云); a character rarer than PROTECT_BELOW is left alone. */
const NAME_COMMON = 4096;
const PROTECT_BELOW = 3000;
export const SHAPES =
  '己已巳 戊戌戍 未末 士土 日曰 人入 天夭 免兔 鸟乌 折拆 候侯 历厉励 延廷 贷货 拨拔 卷券 汩汨 崇祟 仑仓 治冶 辨辩辫瓣 燥躁噪澡 慕幕墓暮募 侍待恃持特 狠很恨 惋婉碗腕 晴睛情请清 栽裁载截 贫贪 苦若 析折 即既 幅副福富 梁粱 竞竟 赢嬴 徒徙 衷哀衰 脑恼 杨扬 嘱瞩 籍藉 绩积迹 峰蜂锋 弛驰 撼憾 砭贬 轫韧 懈泄 厉励 筹愁 署暑 措错 缔谛 遣遗 陷馅 堤提 概慨 辖瞎 抬拾 眯咪 拆折 侯候 坚竖 肖宵 锐税 幢撞 渴喝 壁璧 蓝篮 稍梢 扰拢 驻注 倡唱'.split(
    ' ',
  );
/** Windows of the corpus that typo.char flags and that are slips (read one by one): they stay flagged. */
export const CORPUS_TYPOS = ['北洋军伐', '复盖', '股分'];

const ROOT = process.cwd();
const dict = readFileSync(join(ROOT, 'node_modules', '@node-rs', 'jieba', 'dict.txt'), 'utf8');
const HAN = /^[\u4e00-\u9fff]+$/;
let total = 0;
const words: Record<string, string> = {};
const chars: Record<string, string> = {};
let protectedChars = '';
const bucket = (f: number) => Math.floor(Math.log2(f));
for (const line of dict.split('\n')) {
  const [w, count, tag] = line.split(' ');
  if (!w) continue;
  const f = Number(count);
  total += f;
  if (!HAN.test(w) || w.length > 4) continue;
  if (w.length === 1) {
    chars[bucket(f)] = (chars[bucket(f)] ?? '') + w;
    if (NAME_TAGS.test(tag) && f < PROTECT_BELOW) protectedChars += w;
  } else if (f >= WORD_MIN) {
    const key = `${w.length}:${bucket(f)}${NAME_TAGS.test(tag) && f < NAME_COMMON ? ':n' : ''}`;
    words[key] = (words[key] ?? '') + w;
  }
}
// Words of jieba's IDF list (another corpus's vocabulary: 见底, 可依) that the dictionary lacks or counts rarely: they
// cover characters, so that a window of them is not taken for a slip, and are never proposed.
const inWords = new Set<string>();
for (const [key, list] of Object.entries(words))
  for (let i = 0; i < list.length; i += +key[0]) inWords.add(list.slice(i, i + +key[0]));
if (IDF_MAX > 0)
  for (const line of readFileSync(join(ROOT, 'node_modules', '@node-rs', 'jieba', 'idf.txt'), 'utf8').split('\n')) {
    const [w, idf] = line.split(' ');
    if (!w || !HAN.test(w) || w.length < 2 || w.length > 4 || inWords.has(w) || Number(idf) > IDF_MAX) continue;
    words[`${w.length}:3`] = (words[`${w.length}:3`] ?? '') + w;
  }
// The readings of every character of a word that may be proposed (the model's `known`).
const known = new Set<string>();
for (const [key, list] of Object.entries(words)) {
  const [L, b, name] = key.split(':');
  if (+b < (name ? 12 : TARGET_BUCKET[+L])) continue;
  for (const c of list) known.add(c);
}
const readings: Record<string, string> = {};
for (const c of [...known].sort()) {
  for (const s of new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array' })))
    if (/^[a-zü]+$/.test(s)) readings[s] = (readings[s] ?? '') + c;
}
const data: TypoData = {
  about:
    'typo.char data, made by bench/typoData.ts (npm run typo-data) from @node-rs/jieba 2.0.3 dict.txt (MIT), pinyin-pro 3.29.4 (MIT) and the 93 reports of test/fixtures; see that script.',
  total,
  words,
  chars,
  solo: { n: 1, counts: {} },
  protectedChars,
  pinyin: readings,
  shapes: SHAPES,
  allow: '',
};
const model = makeModel(data);
const solo = new Map<string, number>();
let n = 0;
const allow = new Set<string>();
for (const r of evalReports()) {
  n += r.text.length;
  const stats = corpusStats(r.text, model);
  for (const w of stats.windows) allow.add(w);
  for (const [c, k] of stats.solo) solo.set(c, (solo.get(c) ?? 0) + k);
}
for (const t of CORPUS_TYPOS) allow.delete(t);
data.solo.n = n;
for (const [c, k] of solo) data.solo.counts[bucket(k + 1)] = (data.solo.counts[bucket(k + 1)] ?? '') + c;
data.allow = [...allow].sort().join(' ');
const out = join(ROOT, 'server', 'src', 'core', 'typos', 'typoData.json');
writeFileSync(out, JSON.stringify(data));
console.log(
  `${out}: ${Object.values(words).reduce((a, s) => a + s.length, 0)} word characters, ${known.size} known characters, ${allow.size} corpus windows, ${(JSON.stringify(data).length / 1024).toFixed(0)} K characters`,
);
