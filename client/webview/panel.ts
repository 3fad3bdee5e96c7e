/**
 * The comparison panel's page. Renders what the extension sends; builds the DOM with textContent only, so no
 * document text is ever interpreted as HTML. Keeps its state (tab, last data) across hide/show with the webview
 * state API. Bundled by esbuild to dist/panel.js; type-checked with the DOM library (tsconfig.json beside it).
 */
import type { DiffOp, ReportInfo } from '../../server/src/core';
import type { HostMessage, PanelMessage, PanelState, PanelStringKey } from '../../shared/panel';

interface VsCodeApi {
  postMessage(m: PanelMessage): void;
  getState(): Partial<PanelState> | undefined;
  setState(s: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Child = Node | string | number | null | undefined | Child[];
/** Attributes, and the two handlers the page uses (click, and Enter/Space for keyboard users). */
type Attrs = {
  [name: string]: string | number | boolean | ((e: never) => void) | undefined;
  onclick?: (e: MouseEvent) => void;
  onkey?: (e: KeyboardEvent) => void;
};

const vscode = acquireVsCodeApi();
const saved = vscode.getState() ?? {};
const state: PanelState = {
  tab: saved.tab ?? 'similar',
  strings: saved.strings ?? {},
  compare: saved.compare ?? null,
  similar: saved.similar ?? null,
  uri: saved.uri ?? null,
};
const app = document.getElementById('app')!;

function t(key: PanelStringKey, ...args: unknown[]): string {
  let s = state.strings[key] ?? key;
  args.forEach((a, i) => {
    s = s.split(`{${i}}`).join(String(a));
  });
  return s;
}

function el(tag: string, attrs: Attrs | null, ...children: Child[]): HTMLElement {
  const n = document.createElement(tag);
  const { onclick, onkey, ...rest } = attrs ?? {};
  if (onclick) n.addEventListener('click', onclick);
  if (onkey) n.addEventListener('keydown', onkey);
  for (const [k, v] of Object.entries(rest)) {
    if (v === undefined || typeof v === 'function') continue;
    if (k === 'class') n.className = String(v);
    else n.setAttribute(k, String(v));
  }
  const append = (c: Child): void => {
    if (Array.isArray(c)) c.forEach(append);
    else if (c !== null && c !== undefined) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  };
  children.forEach(append);
  return n;
}

function open(uri: string | null, line: number, character?: number, length?: number): void {
  if (!uri) return;
  vscode.postMessage(
    character === undefined ? { type: 'open', uri, line } : { type: 'open', uri, line, character, length: length ?? 0 },
  );
}
const activate = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fn();
  }
};
const pct = (x: number) => `${Math.round(x * 100)}%`;
const reportName = (r: ReportInfo) =>
  [r.year ? `${r.year}` : '', r.place ?? '', r.kind ?? ''].filter(Boolean).join(' ') || (r.title ?? '');
const save = () => vscode.setState(state);

/** Which report a tab compares with, and a way to change the library it comes from. */
function comparedWith(info: ReportInfo): HTMLElement {
  const change = () => vscode.postMessage({ type: 'changeLibrary' });
  return el(
    'p',
    { class: 'muted' },
    t('lastYear', reportName(info)),
    ' · ',
    el(
      'a',
      {
        href: '#',
        role: 'button',
        tabindex: 0,
        onclick: (e) => {
          e.preventDefault();
          change();
        },
        onkey: activate(change),
      },
      t('changeLibrary'),
    ),
  );
}

function diffNode(ops: DiffOp[]): HTMLElement {
  return el(
    'div',
    { class: 'diff' },
    ops.map((o) => (o.op === 'equal' ? o.text : el(o.op === 'insert' ? 'ins' : 'del', {}, o.text))),
  );
}

function similarView(): Child[] {
  const out: Child[] = [];
  // The passage at the cursor first: that is what the drafter is looking at.
  const sim = state.similar;
  if (sim?.matches) {
    if (!sim.matches.length) out.push(el('p', { class: 'muted' }, t('noMatch')));
    for (const m of sim.matches) {
      const go = () => open(m.uri, m.line);
      out.push(
        el(
          'div',
          { class: 'match', tabindex: 0, role: 'button', onclick: go, onkey: activate(go) },
          el(
            'div',
            { class: 'meta' },
            `${reportName(m.report)} · ${t('line', m.line + 1)} · ${t('similarity', pct(m.similarity))}`,
          ),
          diffNode(m.diff),
        ),
      );
    }
  }
  const c = state.compare;
  if (c?.summary) {
    const s = c.summary;
    out.push(el('p', { class: 'summary' }, t('reused', pct(s.reusedShare), s.paragraphs, c.reports)));
    if (s.lastYear && s.verbatim.length) {
      out.push(
        el(
          'details',
          {},
          el('summary', { class: 'muted' }, `${t('verbatim', reportName(s.lastYear.info))} ${s.verbatim.length}`),
          el(
            'ul',
            {},
            s.verbatim.map((v) =>
              el(
                'li',
                {
                  tabindex: 0,
                  class: 'match',
                  onclick: () => open(state.uri, v.line),
                  onkey: activate(() => open(state.uri, v.line)),
                },
                el('span', { class: 'meta' }, t('line', v.line + 1), ' '),
                v.text.slice(0, 80),
              ),
            ),
          ),
        ),
      );
    }
  }
  return out;
}

function figuresView(): Child[] {
  const c = state.compare;
  if (!c?.figures?.length) return [el('p', { class: 'muted' }, t('noLibrary'))];
  const years = [...new Set(c.figures.flatMap((r) => r.past.map((p) => p.year)))].sort((a, b) => a - b);
  const head = el(
    'tr',
    {},
    el('th', {}, t('metric')),
    years.map((y) => el('th', {}, String(y))),
    el('th', {}, t('draft')),
  );
  const rows = c.figures.map((r) => {
    // A click selects the figure itself in the draft, not just its line.
    const go = () => open(state.uri, r.line, r.character, r.length);
    const flag = r.sameAsLastYear ? 'same' : r.jump ? 'jump' : '';
    return el(
      'tr',
      { class: 'row', tabindex: 0, onclick: go, onkey: activate(go), title: flag ? t(flag) : '' },
      el('td', {}, r.metric, el('span', { class: 'muted' }, `（${r.unit}）`)),
      years.map((y) => {
        const p = r.past.find((x) => x.year === y);
        return el('td', {}, p ? String(p.value) : '—');
      }),
      el('td', { class: flag }, String(r.value)),
    );
  });
  const out: Child[] = [];
  if (c.summary?.lastYear) out.push(comparedWith(c.summary.lastYear.info));
  out.push(el('table', {}, el('thead', {}, head), el('tbody', {}, rows)));
  // Every colour is explained.
  out.push(
    el(
      'p',
      { class: 'legend' },
      el('span', { class: 'same' }, '■'),
      ' ',
      t('sameLegend'),
      '\u3000',
      el('span', { class: 'jump' }, '■'),
      ' ',
      t('jumpLegend'),
    ),
  );
  return out;
}

function structureView(): Child[] {
  const c = state.compare;
  if (!c?.structure) return [el('p', { class: 'muted' }, t('noLibrary'))];
  const s = c.structure;
  const out: Child[] = [];
  if (s.past) out.push(comparedWith(s.past));
  // In a drafter's words; a chapter the draft has twice is named as pasted, whatever the alignment says.
  const label = {
    same: t('kept'),
    moved: t('moved'),
    added: t('added'),
    removed: t('removed'),
    repeated: t('repeated'),
  };
  const seen = new Set<string>();
  // Two title columns of equal width, the status between them; a title too long for its column ends in an
  // ellipsis and reads whole in its tooltip, never wraps.
  out.push(
    el(
      'table',
      { class: 'structure' },
      el('colgroup', {}, el('col', {}), el('col', { class: 'status' }), el('col', {})),
      el(
        'tbody',
        {},
        s.rows.map((r) => {
          const title = r.draft
            ? r.draft.label.replace(/^[（(]?[一二三四五六七八九十百零〇0-9]+[）)]?[、.．]?/, '')
            : '';
          const status = r.draft && seen.has(title) ? 'repeated' : r.status;
          if (r.draft) seen.add(title);
          const go = () => {
            if (r.draft) open(state.uri, r.draft.line);
          };
          return el(
            'tr',
            { class: 'row', tabindex: 0, onclick: go, onkey: activate(go) },
            el('td', { title: r.draft?.label }, r.draft ? r.draft.label : '—'),
            el('td', { class: `status-${status}` }, label[status]),
            el('td', { class: 'muted', title: r.past?.label }, r.past ? r.past.label : '—'),
          );
        }),
      ),
    ),
  );
  return out;
}

function render(): void {
  app.removeAttribute('data-loading');
  const tabs: [PanelState['tab'], string][] = [
    ['similar', t('similar')],
    ['figures', t('figures')],
    ['structure', t('structure')],
  ];
  const nav = el(
    'nav',
    { role: 'tablist' },
    tabs.map(([id, name]) =>
      el(
        'button',
        {
          role: 'tab',
          'aria-selected': String(state.tab === id),
          id: `tab-${id}`,
          onclick: () => {
            state.tab = id;
            save();
            render();
          },
        },
        name,
      ),
    ),
  );
  const body =
    !state.compare && !state.similar
      ? [el('p', { class: 'muted' }, t('noReport'))]
      : state.tab === 'figures'
        ? figuresView()
        : state.tab === 'structure'
          ? structureView()
          : similarView();
  app.replaceChildren(nav, el('section', { role: 'tabpanel', 'aria-labelledby': `tab-${state.tab}` }, body));
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const m = event.data;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'strings') state.strings = m.strings ?? {};
  else if (m.type === 'compare') {
    state.compare = m.data;
    state.uri = m.uri ?? state.uri;
  } else if (m.type === 'similar') {
    state.similar = m.data;
    state.uri = m.uri ?? state.uri;
  } else return;
  save();
  render();
});
render();
vscode.postMessage({ type: 'ready' });
