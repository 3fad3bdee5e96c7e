/** The reviewer's unit (单位): the author, unless empty or generic; then the file name's. */
import * as assert from 'assert';
import { isGenericAuthor, unitOf, unitOfFileName } from '../../../server/src/core/review';

describe('the unit of a comment or change', () => {
  it('is the author Word recorded when it names an office, or when the file name names none', () => {
    assert.strictEqual(unitOf('市财政局', '工作报告（征求意见稿）-市司法局.docx'), '市财政局');
    assert.strictEqual(unitOf(' 张伟 ', 'x.docx'), '张伟');
  });

  it('is the file name’s office when the author is a person (the clerk who typed)', () => {
    assert.strictEqual(unitOf('张伟', '工作报告（征求意见稿）-市司法局.docx'), '市司法局');
  });
  it('is the file name’s when the author is empty or a default account or machine name', () => {
    for (const a of [
      '',
      'Administrator',
      'admin',
      'User',
      '用户',
      'Microsoft Office User',
      '未知作者',
      'DESKTOP-8F3K2QL',
      'USER-20190101AB',
      'Windows 用户',
    ])
      assert.ok(isGenericAuthor(a), a);
    assert.ok(!isGenericAuthor('市财政局') && !isGenericAuthor('Zhang Wei'));
    assert.strictEqual(unitOf('Administrator', '/tmp/工作报告（征求意见稿）-市财政局.docx'), '市财政局');
  });
  it('reads the unit from the ways offices name their returned copies', () => {
    const cases: [string, string][] = [
      ['工作报告（征求意见稿）-市财政局.docx', '市财政局'],
      ['工作报告（征求意见稿）—市司法局意见.docx', '市司法局'],
      ['市发展改革委对工作报告的修改意见.docx', '市发展改革委'],
      ['【市教育局】2023年工作报告征求意见稿.docx', '市教育局'],
      ['2023年工作报告_市卫健委反馈.docx', '市卫健委'],
      ['工作报告（征求意见稿）.docx', ''],
    ];
    for (const [name, unit] of cases) assert.strictEqual(unitOfFileName(name), unit, name);
    // Neither says: the file's own name, so no item is without a reviewer.
    assert.strictEqual(unitOf('', '工作报告（征求意见稿）.docx'), '工作报告（征求意见稿）');
  });
});
