// One budget: the nine tables as tables (codes indented by level, amounts right-aligned, the cells
// findings point at highlighted), its findings, its versions and the document it came from.
import { t, lang } from './i18n.js';
import { h, clear, amount, dateTime } from './dom.js';
import { getJson, budgetPath } from './api.js';
import { href } from './main.js';
import { findingList } from './findings.js';
import { counts } from './check.js';

export async function mount(root, r) {
  const [departmentKey, yearText] = r.parts;
  const year = Number(yearText);
  const kind = r.query.get('kind') || 'DEPARTMENT';
  const record = await getJson(budgetPath(departmentKey, year, kind));
  const wanted = r.query.get('version');
  const version = wanted && wanted !== record.current.documentId
    ? await getJson(budgetPath(departmentKey, year, kind, `/versions/${wanted}`)) : record.current;
  const key = { departmentKey, year, kind };
  const focus = { table: Number(r.query.get('table')) || null, code: r.query.get('code'), item: r.query.get('item'),
    column: r.query.get('column') };
  let table = focus.table || 3;

  const tabs = h('div.tabs', { role: 'tablist', 'aria-label': t('budget.tables') });
  const panel = h('div.table-panel#table-panel', { role: 'tabpanel' });
  const tableFindings = h('div.table-findings');
  const link = (v, label) => h('a', { href: href('budget', [departmentKey, String(year)],
    { kind: kind === 'DEPARTMENT' ? null : kind, version: v === record.current.documentId ? null : v }) }, label);

  function show(n, moveFocus = false) {
    table = n;
    tabs.querySelectorAll('[role=tab]').forEach((tab) => {
      const on = Number(tab.dataset.table) === n;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && moveFocus) tab.focus();
    });
    const data = version.budget.tables.find((x) => x.number === n);
    const findings = version.report.findings.filter((f) => f.location?.table === n);
    panel.setAttribute('aria-labelledby', 'tab-' + n);
    clear(panel, renderTable(data, findings, n === focus.table ? focus : null));
    clear(tableFindings, findings.length ? h('h3', t('budget.tableFindings', { n })) : null,
      findings.length ? findingList(findings, { documentId: version.documentId, key, version: version.documentId,
        onOpen: (f) => mark(panel, f.location) }) : null);
    panel.querySelector('.focus')?.scrollIntoView({ block: 'center' });
  }
  for (let n = 1; n <= 9; n++) {
    const data = version.budget.tables.find((x) => x.number === n);
    const marked = version.report.findings.some((f) => f.location?.table === n && f.severity !== 'INFO');
    tabs.append(h('button', { type: 'button', role: 'tab', id: 'tab-' + n, dataset: { table: n }, 'aria-controls': 'table-panel',
      class: (data?.status || 'MISSING').toLowerCase() + (marked ? ' marked' : ''), title: t('table.title.' + n),
      onclick: () => show(n),
      onkeydown: (e) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
        if (step) { e.preventDefault(); show((table - 1 + step + 9) % 9 + 1, true); }
      } }, t('table.short', { n })));
  }

  const meta = version.budget.metadata;
  const otherVersions = [{ ...record.current, current: true }, ...record.history];
  clear(root,
    h('p.crumbs', h('a', { href: href('budgets') }, t('nav.budgets')), ' / ', meta.region || ''),
    h('h1', meta.departmentPrinted || departmentKey, ' ', h('span.year', year), ' ', h('span.tag', t('kind.' + kind))),
    h('div.summary',
      h('span.badge', { class: version.status.toLowerCase() }, t('status.' + version.status)),
      h('span.counts', counts(version.report)),
      h('a.button', { href: href('charts', [], { department: departmentKey, year, kind: kind === 'DEPARTMENT' ? null : kind }) },
        t('budget.charts'))),
    version.documentId !== record.current.documentId
      ? h('p.warn', t('budget.oldVersion'), ' ', link(record.current.documentId, t('budget.toCurrent'))) : null,
    h('div.columns',
      h('section.source',
        h('h2', t('budget.source')),
        h('dl',
          h('dt', t('budget.file')), h('dd', version.filename),
          h('dt', t('budget.documentId')), h('dd', h('code', { title: version.documentId }, version.documentId.slice(0, 16) + '…')),
          h('dt', t('budget.received')), h('dd', dateTime(version.receivedAt)),
          h('dt', t('budget.validated')), h('dd', dateTime(version.validatedAt)),
          meta.budgetUnits?.length ? [h('dt', t('budget.units')), h('dd', meta.budgetUnits.join('、'))] : null)),
      h('section.versions',
        h('h2', t('budget.versions', { n: otherVersions.length })),
        h('ol', otherVersions.map((v) => h('li', { class: v.documentId === version.documentId ? 'shown' : '' },
          v.documentId === version.documentId ? h('strong', v.filename) : link(v.documentId, v.filename),
          ' ', h('span.badge', { class: v.status.toLowerCase() }, t('status.' + v.status)),
          ' ', h('small', dateTime(v.receivedAt), v.current ? ' · ' + t('budget.current') : '')))))),
    h('section.tables', h('h2', t('budget.tables')), tabs, panel, tableFindings),
    otherFindings(version, key));
  show(table);
}

function otherFindings(version, key) {
  const rest = version.report.findings.filter((f) => !f.location?.table);
  if (!rest.length) return null;
  return h('section.narrative-findings', h('h2', t('budget.otherFindings')),
    findingList(rest, { documentId: version.documentId, key, version: version.documentId }));
}

/** The findings' marks on a table: code|column (or code|*), items and cell labels. */
function marksOf(findings) {
  const marks = new Map();
  for (const f of findings) {
    const l = f.location;
    const keys = [l.code ? `${l.code}|${l.column || '*'}` : null, l.item ? `item|${l.item}` : null,
      !l.code && !l.item && l.column ? `*|${l.column}` : null].filter(Boolean);
    for (const k of keys) {
      if (!marks.has(k)) marks.set(k, []);
      marks.get(k).push(f);
    }
  }
  return marks;
}

function markedCell(tag, marks, keys, focus, focusKeys, content, attrs = {}) {
  const found = keys.flatMap((k) => marks.get(k) || []);
  const worst = ['ERROR', 'WARNING', 'INFO'].find((s) => found.some((f) => f.severity === s));
  const focused = focus && focusKeys.some(Boolean);
  return h(tag, { ...attrs, class: [attrs.class, worst ? 'mark-' + worst.toLowerCase() : '', focused ? 'focus' : ''].join(' '),
    title: found.length ? found.map((f) => `${f.ruleId}: ${lang() === 'en' ? f.messageEn : f.messageZh}`).join('\n') : null,
    dataset: { marks: keys.join('\n') } }, content);
}

function renderTable(data, findings, focus) {
  if (!data || data.status === 'MISSING') return h('p.none', t('table.missing'));
  const marks = marksOf(findings);
  const head = h('div.table-head', h('h3', data.title || t('table.title.' + data.number)),
    h('span.meta', [data.preparedBy ? t('table.preparedBy', { by: data.preparedBy }) : null,
      t('table.unit', { unit: data.unit || '元' })].filter(Boolean).join(' · ')));
  if (data.status === 'EMPTY' && !data.rows.length && !data.items.length && !data.cells.length) {
    return [head, h('p.none', data.note || t('table.empty'))];
  }
  const body = data.number === 9 ? cellsTable(data, marks, focus)
    : data.items.length ? summaryTables(data, marks, focus) : codeTable(data, marks, focus);
  return [head, h('div.scroll', body), data.note ? h('p.note', data.note) : null];
}

function codeTable(data, marks, focus) {
  const economic = data.number === 8;
  const isFocus = (row, c) => focus && focus.code === row.code && (!focus.column || focus.column === c);
  return h('table.data.budget-table', { dataset: { table: data.number } },
    h('thead', h('tr', h('th', { scope: 'col' }, economic ? t('table.economicCode') : t('table.functionCode')),
      h('th', { scope: 'col' }, t('table.name')), data.columns.map((c) => h('th.num', { scope: 'col' }, c)))),
    h('tbody', data.rows.map((row) => rowOf(row, marks, focus, isFocus, data.columns))),
    data.totals.length ? h('tfoot', h('tr',
      h('th', { scope: 'row', colspan: 2 }, t('table.total')),
      data.columns.map((c, i) => markedCell('td', marks, [`合计|${c}`], null, [], amount(data.totals[i]), { class: 'num' })))) : null);
}

/** A code row: 类 / 款 / 项 from the printed code parts, indented by level. */
function rowOf(row, marks, focus, isFocus, columns) {
  const level = row.codeParts?.length || 1;
  const indent = `padding-left:${(level - 1) * 1.2}em`;
  return h('tr', { class: 'level-' + level, dataset: { code: row.code } },
    markedCell('th', marks, [`${row.code}|*`], focus, [isFocus(row, null) && !focus.column],
      h('span.code', { style: indent }, row.code), { scope: 'row' }),
    markedCell('td', marks, [], null, [], h('span', { style: indent }, row.name,
      row.nameFilled ? h('small.filled', { title: t('table.nameFilled') }, '*') : null)),
    columns.map((c, i) => markedCell('td', marks, [`${row.code}|${c}`, `${row.code}|*`, `*|${c}`], focus, [isFocus(row, c)],
      amount(row.amounts[i]), { class: 'num' })));
}

function summaryTables(data, marks, focus) {
  return h('div.sides', ['INCOME', 'EXPENSE'].map((side) => {
    const items = data.items.filter((i) => i.side === side);
    // each amount list follows the table's columns; a side shows the columns its items print
    const columns = data.columns.map((name, at) => ({ name, at })).filter((c) => items.some((i) => i.amounts[c.at] != null));
    return h('table.data.budget-table.summary-table', { dataset: { table: data.number, side } },
      h('caption', t('side.' + side)),
      h('thead', h('tr', h('th', { scope: 'col' }, t('table.item')), columns.map((c) => h('th.num', { scope: 'col' }, c.name)))),
      h('tbody', items.map((item) => h('tr', { class: 'role-' + item.role.toLowerCase() },
        markedCell('th', marks, [`item|${item.name}`, `item|${item.label}`], focus,
          [focus && (focus.item === item.name || focus.item === item.label)], item.label, { scope: 'row' }),
        columns.map((c) => markedCell('td', marks, [`item|${item.name}`, `item|${item.label}`], null, [],
          amount(item.amounts[c.at]), { class: 'num' }))))));
  }));
}

function cellsTable(data, marks, focus) {
  return h('table.data.budget-table.cells', { dataset: { table: 9 } },
    h('thead', h('tr', h('th', { scope: 'col' }, t('table.item')), h('th.num', { scope: 'col' }, t('table.printed')),
      h('th.num', { scope: 'col' }, t('table.yuan')))),
    h('tbody', data.cells.map((cell) => h('tr',
      markedCell('th', marks, [`item|${cell.label}`, `item|${cell.name}`], focus,
        [focus && (focus.item === cell.label || focus.item === cell.name)], cell.label, { scope: 'row' }),
      h('td.num', cell.printed || '—'), h('td.num', amount(cell.yuan))))));
}

/** Brings the cells a finding points at into view and outlines them for a moment. */
function mark(panel, l) {
  if (!l) return;
  const want = [l.code ? `${l.code}|${l.column || '*'}` : null, l.item ? `item|${l.item}` : null].filter(Boolean);
  const cells = [...panel.querySelectorAll('[data-marks]')].filter((c) => want.some((w) => c.dataset.marks.split('\n').includes(w)));
  panel.querySelectorAll('.focus').forEach((c) => c.classList.remove('focus'));
  cells.forEach((c) => c.classList.add('focus'));
  cells[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
