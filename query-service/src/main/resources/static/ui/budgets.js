// Departments by region and level, with their years and statuses; filters go to the budgets API.
import { t } from './i18n.js';
import { h, clear } from './dom.js';
import { getJson } from './api.js';
import { href } from './main.js';

const STATUSES = ['VALID', 'VALID_WITH_WARNINGS', 'INVALID'];

export async function mount(root, r) {
  const filter = { region: r.query.get('region') || '', level: r.query.get('level') || '',
    year: r.query.get('year') || '', status: r.query.get('status') || '' };
  const [departments, page] = await Promise.all([getJson('/api/departments'),
    getJson('/api/budgets?size=500&' + new URLSearchParams(Object.entries(filter).filter(([, v]) => v)))]);
  const all = await (Object.values(filter).some(Boolean) ? getJson('/api/budgets?size=500') : page);
  const regions = [...new Set(departments.map((d) => d.region).filter(Boolean))].sort();
  const years = [...new Set(all.items.map((b) => b.year))].sort((a, b) => b - a);

  const select = (name, options, label) => h('label', label,
    h('select', { name, onchange: apply }, h('option', { value: '' }, t('filter.all')),
      options.map(([value, text]) => h('option', { value, selected: String(value) === filter[name] }, text))));
  const form = h('form.filters', { 'aria-label': t('filter.label'), onsubmit: (e) => e.preventDefault() },
    select('region', regions.map((x) => [x, x]), t('filter.region')),
    select('level', ['CITY', 'DISTRICT'].map((x) => [x, t('level.' + x)]), t('filter.level')),
    select('year', years.map((y) => [y, y]), t('filter.year')),
    select('status', STATUSES.map((s) => [s, t('status.' + s)]), t('filter.status')));
  function apply() {
    const q = Object.fromEntries([...new FormData(form)].filter(([, v]) => v));
    location.hash = href('budgets', [], q);
  }

  const byDepartment = new Map();
  for (const b of page.items) {
    if (!byDepartment.has(b.departmentKey)) byDepartment.set(b.departmentKey, []);
    byDepartment.get(b.departmentKey).push(b);
  }
  const shown = departments.filter((d) => byDepartment.has(d.departmentKey));
  const groups = new Map();
  for (const d of shown) {
    const group = `${d.region || t('region.unknown')}|${d.level || ''}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(d);
  }
  const order = (g) => (g.endsWith('|CITY') ? '0' : '1') + g;
  clear(root,
    h('h1', t('budgets.title')),
    h('p.lead', t('budgets.lead', { departments: shown.length, budgets: page.total })),
    form,
    shown.length ? null : h('p.none', t('budgets.none')),
    [...groups.keys()].sort((a, b) => order(a).localeCompare(order(b), 'zh')).map((group) => {
      const [region, level] = group.split('|');
      return h('section.group',
        h('h2', region, ' ', level ? h('span.tag', t('level.' + level)) : null),
        h('table.data.departments',
          h('thead', h('tr', h('th', { scope: 'col' }, t('budgets.department')), h('th', { scope: 'col' }, t('budgets.years')))),
          h('tbody', groups.get(group).map((d) => departmentRow(d, byDepartment.get(d.departmentKey))))));
    }));
}

function departmentRow(d, budgets) {
  const printed = d.printedNames.some((n) => n !== d.departmentKey) ? h('small.printed', d.printedNames.join('、')) : null;
  return h('tr',
    h('th', { scope: 'row' }, d.departmentKey, printed),
    h('td', h('ul.years', budgets.sort((a, b) => b.year - a.year).map((b) => h('li', yearLink(b))))));
}

function yearLink(b) {
  return h('a.year', { href: href('budget', [b.departmentKey, String(b.year)], { kind: b.kind === 'DEPARTMENT' ? null : b.kind }),
    title: t('status.' + b.status) },
  h('strong', b.year), b.kind === 'UNIT' ? ' ' + t('kind.UNIT') : '',
  h('span.badge', { class: b.status.toLowerCase() }, t('status.' + b.status)),
  b.errors ? h('span.count.error', t('count.errors', { n: b.errors })) : null,
  b.warnings ? h('span.count.warning', t('count.warnings', { n: b.warnings })) : null);
}
