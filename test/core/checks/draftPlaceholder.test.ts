/** draft.placeholder: XX, X月X日, 第N届, ____, empty brackets and notes to the drafter, never real content. */
import { draft, realReports } from '../../helpers';
import { assertSilent, testCheck } from './tester';

testCheck(
  'draft.placeholder',
  {
    valid: [
      {
        name: 'multiplication, ○ as a zero, Latin words, addresses, a quoted programme name, a document number',
        text: draft(
          '建成3×4米展板，二○二三年实施“N个1”培育工程，推广X光机和Windows XP系统，详见www.xx.gov.cn。',
          '根据株常发〔2023〕12号文件，有待补充完善的制度（办法）及时修订。',
        ),
      },
      { name: 'a Markdown rule of underscores', text: draft('全年工作圆满完成。', '___') },
    ],
    invalid: [
      ['全年召开常委会会议XX次。', 'XX'],
      ['审议××同志的任职议案。', '××'],
      ['于X月X日召开第N次会议。', 'X', 'X', 'N'],
      ['地区生产总值增长X.X%。', 'X.X'],
      ['完成投资____亿元。', '____'],
      ['依据株常发〔 〕号文件。', '〔 〕'],
      ['审议议题【待补充】项。', '【待补充】'],
      ['办结率达96%（数据待核）。', '（数据待核）'],
      ['新建学校（？）所。', '（？）'],
    ]
      .map(([sentence, ...flagged]) => ({
        name: sentence,
        text: draft(sentence),
        errors: flagged.map((text) => ({
          line: 6,
          text,
          message: `占位符「${text}」尚未填写：交稿前请补上实际内容。`,
        })),
      }))
      .concat({
        name: 'the subtitle: the date a next-year draft leaves to fill in',
        // The title block too: the session's date is the first thing a next-year draft leaves to fill in.
        text: '株洲市人民代表大会常务委员会工作报告\n——2024年X月X日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　一年来，常委会依法履职。\n',
        errors: [
          { line: 1, text: 'X', message: '占位符「X」尚未填写：交稿前请补上实际内容。' },
          { line: 1, text: 'X', message: '占位符「X」尚未填写：交稿前请补上实际内容。' },
        ],
      }),
  },
  () => {
    it('is silent on every real report', () => assertSilent('draft.placeholder', realReports()));
  },
);
