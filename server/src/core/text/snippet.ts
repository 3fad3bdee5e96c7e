/** LSP snippet syntax (`${1:default}`, `$0`, `${TM_SELECTED_TEXT}`), for clients that take plain text only. */

/** A snippet's text as plain text: placeholders keep their default, tab stops and variables vanish, escapes resolve. */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      out += snippet[++i];
      continue;
    }
    if (ch === '$') {
      const m = /^\$(?:(\d+)|\{(\d+)(?::|\|)?|([A-Za-z_]\w*)|\{([A-Za-z_]\w*):?)/.exec(snippet.slice(i));
      if (m) {
        i += m[0].length - 1;
        if (m[0].startsWith('${')) {
          // Keep the default (up to the matching brace; choices keep the first one).
          let depth = 1;
          let inner = '';
          for (i++; i < snippet.length && depth > 0; i++) {
            if (snippet[i] === '\\' && i + 1 < snippet.length) {
              inner += snippet[i] + snippet[i + 1];
              i++;
              continue;
            }
            if (snippet[i] === '{') depth++;
            if (snippet[i] === '}' && --depth === 0) break;
            inner += snippet[i];
          }
          const isChoice = m[0].endsWith('|');
          out += snippetToPlainText(isChoice ? inner.replace(/\|$/, '').split(',')[0] : inner);
        }
        continue;
      }
    }
    out += ch;
  }
  return out;
}
