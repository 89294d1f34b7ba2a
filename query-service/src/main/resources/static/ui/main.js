// The web interface: a hash router over four views, the language switch and the API key dialog.
import { t, lang, setLang } from './i18n.js';
import { h, clear } from './dom.js';
import { apiKey, ApiError } from './api.js';

const views = {
  check: () => import('./check.js'),
  budgets: () => import('./budgets.js'),
  budget: () => import('./budget.js'),
  charts: () => import('./charts.js'),
  ops: () => import('./ops.js'),
};
const nav = [['check', 'nav.check'], ['budgets', 'nav.budgets'], ['charts', 'nav.charts'], ['ops', 'nav.ops']];

// what went wrong on the page, for people (the console) and for the browser tests (window.__uiErrors)
window.__uiErrors = [];
window.addEventListener('error', (e) => window.__uiErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__uiErrors.push(String(e.reason?.stack || e.reason)));

/** The current route: #/name/part/part?query → {name, parts, query}. */
export function route() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...parts] = path.split('/').map(decodeURIComponent);
  return { name: views[name] ? name : 'check', parts, query: new URLSearchParams(query) };
}

/** A link target for a route. */
export function href(name, parts = [], query = {}) {
  const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v != null && v !== '')).toString();
  return '#/' + [name, ...parts.map(encodeURIComponent)].join('/') + (q ? '?' + q : '');
}

let current = null; // the mounted view's module and its cleanup
let generation = 0;

async function render() {
  const mine = ++generation;
  const r = route();
  const main = document.getElementById('main');
  current?.cleanup?.();
  current = null;
  delete document.body.dataset.ready;
  renderHeader(r.name);
  document.title = `${t('view.' + r.name)} · ${t('app.title')}`;
  try {
    const module = await views[r.name]();
    if (mine !== generation) return;
    const root = h('div.view', { dataset: { view: r.name } });
    clear(main, root);
    current = { cleanup: await module.mount(root, r) };
    if (mine !== generation) return;
    // rendered: when, from the start of the page load, for the load-time measurements of the browser tests
    window.__ready = performance.now();
    document.body.dataset.ready = r.name;
  } catch (e) {
    if (mine !== generation) return;
    if (e instanceof ApiError && e.status === 401) {
      // reads need the key too (budget.security.protect-reads): ask for it, then show the page again
      if (await askKey({ reason: apiKey.get() ? t('key.refused') : t('key.forReads') })) return render();
    }
    console.error(e);
    clear(main, h('div.view', h('p.error', { role: 'alert' }, t('error.view'), ' ', e.message)));
    document.body.dataset.ready = 'error';
  }
}

function renderHeader(active) {
  const header = document.getElementById('top');
  clear(header,
    h('a.brand', { href: href('check') }, h('span.logo', { 'aria-hidden': 'true' }, '预'), t('app.title')),
    h('nav', { 'aria-label': t('nav.label') }, h('ul', nav.map(([name, key]) =>
      h('li', h('a', { href: href(name), 'aria-current': name === active || (active === 'budget' && name === 'budgets') ? 'page' : null,
        id: 'nav-' + name }, t(key)))))),
    h('div.tools',
      h('button.ghost#key-button', { type: 'button', onclick: () => askKey() },
        apiKey.get() ? t('key.set') : t('key.none')),
      h('button.ghost#lang-button', { type: 'button', lang: lang() === 'zh' ? 'en' : 'zh',
        'aria-label': t('lang.switch'), onclick: () => { setLang(lang() === 'zh' ? 'en' : 'zh'); render(); } },
        lang() === 'zh' ? 'English' : '中文')));
}

/**
 * Asks for the API key (uploads, operators) in a dialog; resolves with the key, or null when cancelled.
 * With a key already kept, resolves at once unless `again`.
 */
export function askKey({ again = true, reason = '' } = {}) {
  if (!again && apiKey.get()) return Promise.resolve(apiKey.get());
  return new Promise((resolve) => {
    const input = h('input#key-input', { type: 'password', autocomplete: 'off', value: apiKey.get(), required: true,
      'aria-describedby': 'key-help' });
    const dialog = h('dialog.key', { 'aria-labelledby': 'key-title' },
      h('form', { method: 'dialog' },
        h('h2#key-title', t('key.title')),
        reason ? h('p.warn', reason) : null,
        h('p#key-help', t('key.help')),
        h('label', { for: 'key-input' }, t('key.label')), input,
        h('div.buttons',
          h('button.primary#key-save', { value: 'save' }, t('key.save')),
          h('button#key-forget', { value: 'forget', type: 'submit', formnovalidate: true }, t('key.forget')),
          h('button#key-cancel', { value: 'cancel', type: 'submit', formnovalidate: true }, t('key.cancel')))));
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'save' && input.value.trim()) apiKey.set(input.value);
      if (dialog.returnValue === 'forget') apiKey.set('');
      dialog.remove();
      renderHeader(route().name);
      resolve(dialog.returnValue === 'save' ? apiKey.get() || null : null);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}

// the charts' library (550 KB) is the one large script: on the charts page, fetch it while the view module loads
if (route().name === 'charts') {
  document.head.append(h('link', { rel: 'preload', as: 'script', href: new URL('./vendor/echarts.min.js', import.meta.url).href }));
}

window.addEventListener('hashchange', render);
document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
render();
