/** Lines that are not part of the report: web-page chrome, image names, captions, page turns, timestamps. */

const CHROME =
  /新闻热线|收藏首页|在线投稿|当前位置[:：]|版权所有|copyright|ICP备|ICP证|刊号|邮发代码|许可证[:：]|文章来源|来源[:：].{0,20}作者|责任编辑|上一篇|下一篇|打印本页|关闭窗口|分享到|扫一扫|【打印】|【关闭】/i;
const TOOLBAR =
  /^(?:[\s|｜/【】[\]]*(?:下载|打印|全屏|字号|大|中|小|默认|分享|收藏|关闭|返回顶部|放大|缩小|朗读)[\s|｜/【】[\]]*){2,}$/;
const URL = /https?:\/\/|www\.[a-z0-9-]+\./i;
const IMAGE = /^(?:!\[[^\]]*\]\([^)]*\)|[\w\-.()（）]+\.(?:jpe?g|png|gif|bmp|webp|tiff?))$/i;
const PAGE_TURN =
  /^[（(]?\s*[上下]转\s*第?\s*[0-9０-９]+\s*版\s*[)）]?$|^[（(]?\s*上接\s*第?\s*[0-9０-９]+\s*版\s*[)）]?$/;
const TIMESTAMP = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const PHOTO_CREDIT = /(?:记者|摄影|通讯员)\s*\S{1,8}(?:\s+\S{1,8})?\s*摄\s*$|^\S{1,12}\s+摄\s*$/;
const DELIVERY_CAPTION = /^\S{2,12}(?:代表\S{2,10})?(?:在\S{0,20})?作\S{0,16}(?:工作报告|《\S{0,12}报告》)。?$/;
const DATELINE = /^(?:新华社|本报|人民网|中新社)\S{0,12}电$/;
const RULE = /^[-=*_~·—]{3,}$/;
/** Licence and data leftovers at the end of scraped encyclopedia pages. */
const LEFTOVER = /^(?:Public domain|false|true|null|本作品在全世界都属于公有领域.*)$/i;

/** True when a whole line (its clean content) is noise rather than report text. */
export function isNoiseLine(text: string): boolean {
  if (text.length > 160) return false;
  return (
    IMAGE.test(text) ||
    PAGE_TURN.test(text) ||
    TIMESTAMP.test(text) ||
    DATELINE.test(text) ||
    RULE.test(text) ||
    LEFTOVER.test(text) ||
    TOOLBAR.test(text) ||
    URL.test(text) ||
    CHROME.test(text) ||
    PHOTO_CREDIT.test(text) ||
    (text.length <= 40 && DELIVERY_CAPTION.test(text))
  );
}
