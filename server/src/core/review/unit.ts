/**
 * Who a returned copy's comment or change is from (单位). The rule: the author Word recorded (w:author) when it names
 * an office (市财政局, 市委办公室); else the file name's unit — offices return the draft under its own name with theirs
 * added (工作报告（征求意见稿）-市财政局.docx → 市财政局), the author being the clerk who typed (张伟, kept as the
 * item's author); else that author, unless it is empty or generic — a default account or machine name (Administrator,
 * 用户, Microsoft Office User, DESKTOP-8F3K2, 未知作者 …); when none says, the file's name itself, so that an item is
 * never without a reviewer.
 */

/** Default account, product and machine names Word, WPS and LibreOffice record when the user set none. */
const GENERIC_AUTHOR =
  /^(?:|administrator|admin|user|users|owner|author|guest|unknown|unknown author|anonymous|microsoft|microsoft office|microsoft office user|microsoft office 用户|windows user|windows 用户|office|wps|wps office|kingsoft|user name|username|your name|lenovo|dell|hp|asus|acer|thinkpad|huawei|pc|用户|作者|未知|未知作者|匿名|管理员|系统管理员|微软用户|无名氏)$/i;
/** Machine and account names as Windows makes them: DESKTOP-8F3K2QL, USER-20190101AB, PC-201812, WIN-AB12. */
const MACHINE_NAME = /^(?:desktop|laptop|user|pc|win|lenovo|dell|hp|asus|admin)[-_ ]?[0-9a-z]*$/i;

export function isGenericAuthor(author: string): boolean {
  const a = author.trim();
  return GENERIC_AUTHOR.test(a) || MACHINE_NAME.test(a);
}

/** Words of the draft's own name, not of an office: a part of the file name holding one is not the unit. */
const DRAFT_WORDS = /工作报告|征求意见|意见稿|草稿|初稿|送审稿|修改稿|讨论稿|审议稿|定稿|报告|docx?$/;
/** What an office adds after its name: 市财政局意见, 市财政局的修改意见, 市财政局反馈. */
const UNIT_SUFFIX = /(?:的)?(?:反馈|修改|书面|审核|审阅|回复)?(?:意见|建议)?(?:反馈|回复|修改稿)?$/;

/** The unit a returned copy's file name gives, or '' (工作报告（征求意见稿）-市财政局.docx → 市财政局). */
export function unitOfFileName(name: string): string {
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const parts = stem.split(/[\s\-_—–－~·・,，、+＋【】[\]（）()《》<>「」]+/).filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    let p = parts[i];
    // 市财政局对工作报告的意见, 关于…的意见（市财政局）: the office before 对/关于.
    const lead = /^(.{2,24}?)(?:对|关于)/.exec(p);
    if (DRAFT_WORDS.test(p)) {
      if (!lead || DRAFT_WORDS.test(lead[1])) continue;
      p = lead[1];
    }
    p = p.replace(UNIT_SUFFIX, '');
    if (p.length >= 2 && !/^[0-9.]+$/.test(p)) return p;
  }
  return '';
}

/** The 单位 of a comment or change by `author` in the file `name` (see the rule above). */
/** An office's name: 市财政局, 市委办公室, 县人民政府, 市发展和改革委员会, 区人大常委会, 市统计中心. */
const OFFICE = /[\u4e00-\u9fff]{1,20}(?:局|委|办|厅|院|部|处|室|署|会|中心|政府|公司|集团|所|站|队|团|联|科)$/;

export function unitOf(author: string, name: string): string {
  if (OFFICE.test(author.trim())) return author.trim();
  const unit = unitOfFileName(name);
  if (unit) return unit;
  if (!isGenericAuthor(author)) return author.trim();
  return name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
}
