// Charts (Apache ECharts, the parts drawn with bundled into ui/vendor, served from the query-service jar): where a
// budget's money goes, basic vs project, what changed from the year before, one code across departments and over
// the years. Every chart has its table beside it and the CSV of the API call it was drawn from.
import { t } from './i18n.js';
import { h, clear, amount, shortAmount, percent, dataTable } from './dom.js';
import { getJson, budgetPath, download, csv } from './api.js';
import { href } from './main.js';

// the parts of ECharts 5.3.1 the page draws with (query-service/echarts/build.sh), beside this module: same version path
const ECHARTS = new URL('./vendor/echarts.min.js', import.meta.url).href;
const PALETTE = ['#2f6fb0', '#d9822b', '#3a9a6a', '#c2474a', '#7a5fb5', '#8a6d3b', '#d467a8', '#5f7d8c', '#b5a42c', '#2aa5b5'];
const TOP = 20;
let echartsLoading = null;

export function loadECharts() {
  echartsLoading ??= new Promise((resolve, reject) => {
    const script = h('script', { src: ECHARTS });
    script.onload = () => { performance.mark('echarts loaded'); resolve(window.echarts); };
    script.onerror = () => reject(new Error('ECharts: ' + ECHARTS));
    document.head.append(script);
  });
  return echartsLoading;
}

export async function mount(root, r) {
  const kind = r.query.get('kind') || 'DEPARTMENT';
  const kindQuery = kind === 'DEPARTMENT' ? '' : `?kind=${kind}`;
  const level = Number(r.query.get('level')) || 2;
  const wanted = /^\d{3}(\d{2}){0,2}$/.test(r.query.get('code') || '') ? r.query.get('code') : null;
  // one budget's calls, every one at once; each card is drawn as soon as its own call is in (the page waits for
  // the slowest call, not for their sum, and the first charts are drawn while the others are still on their way)
  const ofCode = (c, year) => Promise.all([getJson(`/api/years/${year}/codes/${c}${kindQuery}`),
    getJson(`/api/codes/${c}/series${kindQuery}`)]);
  const ofBudget = (departmentKey, year) => {
    const calls = {
      functional: getJson(budgetPath(departmentKey, year, kind, '/classes', { by: 'function' })),
      economic: getJson(budgetPath(departmentKey, year, kind, '/classes', { by: 'economic' })).catch(() => []),
      code: wanted ? ofCode(wanted, year) : null,
    };
    Object.values(calls).forEach((call) => call?.catch(() => null)); // awaited below; no unhandled rejection meanwhile
    return calls;
  };
  // the budget the address names is asked for at once, beside the list of departments that confirms it
  const named = { departmentKey: r.query.get('department'), year: Number(r.query.get('year')) };
  const early = named.departmentKey && named.year ? ofBudget(named.departmentKey, named.year) : null;
  // and its change from the year before (the latest held before it, which the list of departments names too)
  const earlyChanges = early ? getJson(`/api/departments/${encodeURIComponent(named.departmentKey)}/changes?to=${named.year}`
    + (kind === 'DEPARTMENT' ? '' : `&kind=${kind}`)) : null;
  earlyChanges?.catch(() => null); // awaited below if the budget has an earlier year (else it answers [])
  const [echarts, departments] = await Promise.all([loadECharts(), getJson('/api/departments')]);
  performance.mark('departments in');
  if (!departments.length) {
    clear(root, h('h1', t('charts.title')), h('p.none', t('charts.noBudgets')));
    return;
  }
  const department = departments.find((d) => d.departmentKey === named.departmentKey) || departments
    .slice().sort((a, b) => b.years.length - a.years.length || a.departmentKey.localeCompare(b.departmentKey))[0];
  const years = department.years.slice().sort((a, b) => b - a);
  const year = years.includes(named.year) ? named.year : years[0];
  const earlier = department.years.filter((y) => y < year).sort((a, b) => b - a)[0];
  const changesPath = earlier && `/api/departments/${encodeURIComponent(department.departmentKey)}/changes?from=${earlier}&to=${year}`
    + (kind === 'DEPARTMENT' ? '' : `&kind=${kind}`);
  const asNamed = early && department.departmentKey === named.departmentKey && year === named.year;
  const calls = asNamed ? early : ofBudget(department.departmentKey, year);
  const changesCall = !changesPath ? null : asNamed ? earlyChanges : getJson(changesPath);
  changesCall?.catch(() => null);
  const functional = await calls.functional;
  performance.mark('functional in');
  // no code asked for: the largest 款 of the budget
  const code = wanted || (functional.filter((c) => c.level === 2)
    .sort((a, b) => b.amounts['合计'] - a.amounts['合计'])[0] || functional[0])?.code;
  const codeCall = calls.code || (code ? ofCode(code, year) : null);
  codeCall?.catch(() => null);
  const state = { department: department.departmentKey, year, kind: kind === 'DEPARTMENT' ? null : kind, code, level };
  const go = (change) => { location.hash = href('charts', [], { ...state, ...change }); };

  const charts = [];
  const chartBox = (label) => h('div.chart', { role: 'img', 'aria-label': label });
  // a chart is drawn when it comes near the screen: the page is ready once the observer has seen every chart
  // (it reports each observed box once at first) and has drawn those on or near the screen, not all six
  const seen = new Map();
  const visible = new IntersectionObserver((entries) => {
    entries.forEach((e) => {
      if (e.isIntersecting) {
        visible.unobserve(e.target);
        e.target.drawChart?.();
      }
      seen.get(e.target)?.();
      seen.delete(e.target);
    });
  }, { rootMargin: '300px' });
  const firstLooks = [];
  const draw = (box, option) => {
    box.drawChart = () => {
      const start = performance.now();
      const chart = echarts.init(box, null, { renderer: 'canvas' });
      chart.setOption({ animation: !navigator.webdriver, color: PALETTE, textStyle: { fontFamily: 'inherit' }, ...option });
      charts.push(chart);
      box.dataset.drawn = 'true';
      performance.measure('draw ' + box.closest('section')?.id, { start });
    };
    firstLooks.push(new Promise((resolve) => seen.set(box, resolve)));
    visible.observe(box);
  };
  const resize = new ResizeObserver(() => charts.forEach((c) => c.resize()));

  const codeInput = h('input#code-input', { value: code || '', inputmode: 'numeric', pattern: '\\d{3}(\\d{2}){0,2}',
    size: 8, 'aria-describedby': 'code-help' });
  const controls = h('form.filters#chart-controls', { onsubmit: (e) => { e.preventDefault(); go({ code: codeInput.value.trim() }); } },
    h('label', t('filter.department'), h('select#department-select', { onchange: (e) => go({ department: e.target.value, year: null }) },
      departments.map((d) => h('option', { value: d.departmentKey, selected: d === department }, d.departmentKey)))),
    h('label', t('filter.year'), h('select#year-select', { onchange: (e) => go({ year: e.target.value }) },
      years.map((y) => h('option', { value: y, selected: y === year }, y)))),
    h('label', t('charts.code'), codeInput, h('small#code-help', t('charts.codeHelp'))),
    h('button.primary', { type: 'submit' }, t('charts.show')));

  // a place for every card, in their order, filled as the card's call comes in
  const slots = {};
  for (const id of ['function', 'economic', 'basic', 'changes', ...(code ? ['across', 'series'] : [])]) {
    slots[id] = h('section.chart-card.waiting', { id: 'chart-' + id, 'aria-busy': 'true' });
  }
  clear(root,
    h('p.crumbs', h('a', { href: href('budget', [department.departmentKey, String(year)], { kind: state.kind }) },
      department.departmentKey, ' ', year)),
    h('h1', t('charts.title')),
    controls,
    h('div.chart-grid#charts', Object.values(slots)));
  const grid = { append: (section) => { slots[section.id.replace(/^chart-/, '')].replaceWith(section); } };

  // 1, 2: where the money goes, by function class (sunburst 类/款/项) and by economic class (treemap)
  const classCard = (id, lines, by, type) => {
    const box = chartBox(t(`charts.${id}.title`));
    grid.append(card(id, t(`charts.${id}.title`), t(`charts.${id}.lead`), box,
      classTable(lines, by === 'economic'), budgetPath(department.departmentKey, year, kind, '/classes', { by }), `${id}-${department.departmentKey}-${year}.csv`));
    if (!lines.length) { box.replaceWith(h('p.none', t('charts.empty'))); return; }
    draw(box, type === 'sunburst' ? {
      tooltip: { formatter: (p) => `${p.data.code} ${p.name}<br>${amount(p.value)} 元 · ${p.data.share ?? ''}%` },
      series: [{ type: 'sunburst', data: colored(tree(lines)), radius: ['12%', '92%'], sort: null, emphasis: { focus: 'ancestor' },
        label: { rotate: 'radial', fontSize: 10, minAngle: 8, formatter: (p) => shorten(p.name, 8) },
        levels: [{}, { label: { rotate: 'tangential', fontSize: 11 } }, {}, {}] }],
    } : {
      tooltip: { formatter: (p) => `${p.data.code} ${p.name}<br>${amount(p.value)} 元 · ${p.data.share ?? ''}%` },
      series: [{ type: 'treemap', data: tree(lines), roam: false, nodeClick: 'zoomToNode', leafDepth: 2,
        breadcrumb: { show: true, bottom: 0 }, label: { formatter: (p) => `${p.name}\n${shortAmount(p.value)}` },
        upperLabel: { show: true, height: 20 },
        levels: [{ itemStyle: { gapWidth: 2 } }, { itemStyle: { gapWidth: 1, borderColorSaturation: 0.6 } }] }],
    });
  };
  classCard('function', functional, 'function', 'sunburst');

  // 3: basic vs project spending per 类
  {
    const classes = functional.filter((c) => c.level === 1);
    const box = chartBox(t('charts.basic.title'));
    grid.append(card('basic', t('charts.basic.title'), t('charts.basic.lead'), box, dataTable([
      { label: t('table.name'), value: (c) => `${c.code} ${c.name}` },
      { label: '基本支出', value: (c) => amount(c.amounts['基本支出']), num: true },
      { label: '项目支出', value: (c) => amount(c.amounts['项目支出']), num: true },
      { label: '合计', value: (c) => amount(c.amounts['合计']), num: true }], classes),
      budgetPath(department.departmentKey, year, kind, '/breakdown', { by: 'function' }), `basic-project-${department.departmentKey}-${year}.csv`));
    const names = classes.map((c) => shorten(c.name, 10));
    draw(box, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => amount(v) + ' 元' },
      legend: { data: [t('charts.basic.basic'), t('charts.basic.project')], top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: shortAmount } },
      yAxis: { type: 'category', data: names, inverse: true },
      series: [['基本支出', t('charts.basic.basic')], ['项目支出', t('charts.basic.project')]].map(([column, name]) => ({
        name, type: 'bar', stack: 'total', data: classes.map((c) => Number(c.amounts[column] || 0)) })),
    });
  }

  // 2 (the treemap after the table of card 3 is built, while its call may still be on its way)
  classCard('economic', await calls.economic, 'economic', 'treemap');

  // 4: year-on-year changes per code, largest first
  {
    const levels = h('div.segmented', { role: 'group', 'aria-label': t('charts.level') }, [1, 2, 3].map((l) =>
      h('button', { type: 'button', 'aria-pressed': String(l === level), onclick: () => go({ level: l }) }, t('level.code' + l))));
    if (!earlier) {
      grid.append(card('changes', t('charts.changes.title'), t('charts.changes.lead'), h('p.none', t('charts.changes.oneYear', { year })), null, null));
    } else {
      const changes = await changesCall;
      const shown = changes.filter((c) => c.code.length === 1 + level * 2).filter((c) => Number(c.change) !== 0)
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, TOP);
      const box = chartBox(t('charts.changes.title'));
      grid.append(card('changes', t('charts.changes.title', {}), t('charts.changes.period', { from: earlier, to: year }), box, dataTable([
        { label: t('table.name'), value: (c) => `${c.code} ${c.name}` },
        { label: String(earlier), value: (c) => amount(c.fromAmount), num: true },
        { label: String(year), value: (c) => amount(c.toAmount), num: true },
        { label: t('charts.changes.change'), value: (c) => amount(c.change), num: true, cls: (c) => c.change < 0 ? 'down' : 'up' },
        { label: '%', value: (c) => c.presence === 'BOTH' ? percent(c.percent) : t('presence.' + c.presence), num: true }], shown),
        changesPath,
        `changes-${department.departmentKey}-${earlier}-${year}.csv`, levels));
      if (!shown.length) box.replaceWith(h('p.none', t('charts.changes.none')));
      else draw(box, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => amount(v) + ' 元' },
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: shortAmount } },
        yAxis: { type: 'category', inverse: true, data: shown.map((c) => `${c.code} ${shorten(c.name, 8)}`) },
        series: [{ type: 'bar', data: shown.map((c) => ({ value: Number(c.change),
          itemStyle: { color: c.change < 0 ? '#c2474a' : '#3a9a6a' } })) }],
      });
    }
  }

  // 5, 6: one code across the departments of the year (ranked) and over the years (a line per department)
  if (code) {
    const [acrossLines, seriesLines] = await codeCall;
    const across = acrossLines.slice().sort((a, b) => b.amounts['合计'] - a.amounts['合计']);
    const name = across[0]?.name || functional.find((c) => c.code === code)?.name || '';
    const box = chartBox(t('charts.across.title', { code }));
    grid.append(card('across', t('charts.across.title', { code }), t('charts.across.lead', { code, name, year }), box, dataTable([
      { label: t('budgets.department'), value: (l) => l.departmentKey },
      { label: '合计', value: (l) => amount(l.amounts['合计']), num: true },
      { label: '基本支出', value: (l) => amount(l.amounts['基本支出']), num: true },
      { label: '项目支出', value: (l) => amount(l.amounts['项目支出']), num: true }], across),
      `/api/years/${year}/codes/${code}${kindQuery}`, `code-${code}-${year}.csv`));
    if (!across.length) box.replaceWith(h('p.none', t('charts.across.none', { code, year })));
    else draw(box, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => amount(v) + ' 元' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: shortAmount } },
      yAxis: { type: 'category', inverse: true, data: across.map((l) => shortDepartment(l.departmentKey)) },
      series: [{ type: 'bar', data: across.map((l) => ({ value: Number(l.amounts['合计']),
        itemStyle: { color: l.departmentKey === department.departmentKey ? '#d9822b' : '#2f6fb0' } })) }],
    });

    const series = seriesLines;
    const allYears = [...new Set(series.map((l) => l.year))].sort();
    const byDepartment = new Map();
    for (const l of series) {
      if (!byDepartment.has(l.departmentKey)) byDepartment.set(l.departmentKey, new Map());
      byDepartment.get(l.departmentKey).set(l.year, Number(l.amounts['合计']));
    }
    const lineBox = chartBox(t('charts.series.title', { code }));
    grid.append(card('series', t('charts.series.title', { code }), t('charts.series.lead', { code, name }), lineBox, dataTable([
      { label: t('budgets.department'), value: (l) => l.departmentKey },
      { label: t('filter.year'), value: (l) => l.year, num: true },
      { label: '合计', value: (l) => amount(l.amounts['合计']), num: true }], series),
      `/api/codes/${code}/series${kindQuery}`, `code-${code}-years.csv`));
    if (!series.length) lineBox.replaceWith(h('p.none', t('charts.across.none', { code, year })));
    else draw(lineBox, {
      tooltip: { trigger: 'axis', valueFormatter: (v) => v == null ? '—' : amount(v) + ' 元' },
      legend: { type: 'scroll', top: 0, formatter: shortDepartment },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: allYears.map(String), boundaryGap: false },
      yAxis: { type: 'value', axisLabel: { formatter: shortAmount } },
      series: [...byDepartment].map(([key, values]) => ({ name: key, type: 'line', connectNulls: true, symbolSize: 8,
        lineStyle: { width: key === department.departmentKey ? 3 : 1.5 },
        data: allYears.map((y) => values.get(y) ?? null) })),
    });
  }
  root.querySelectorAll('.chart').forEach((box) => resize.observe(box));
  // ready when the charts on or near the screen are drawn (the observer reports every observed box once at first)
  await Promise.race([Promise.all(firstLooks), new Promise((resolve) => setTimeout(resolve, 1000))]);
  performance.mark('first charts drawn');
  return () => { resize.disconnect(); visible.disconnect(); charts.forEach((c) => c.dispose()); };
}

/** A chart card: title, lead, the chart and its table beside it, and the CSV of its API call. */
function card(id, title, lead, chart, table, apiPath, filename, extra) {
  table?.classList?.add('compact');
  return h('section.chart-card', { id: 'chart-' + id, 'aria-labelledby': 'chart-title-' + id },
    h('div.card-head',
      h('div', h('h2', { id: 'chart-title-' + id }, title), lead ? h('p.lead', lead) : null),
      h('div.card-tools', extra || null,
        apiPath ? h('button.csv', { type: 'button', onclick: () => download(csv(apiPath), filename) }, t('charts.csv')) : null)),
    h('div.chart-body', chart, table ? h('div.chart-table', table) : null));
}

function classTable(lines, economic) {
  return dataTable([
    { label: t(economic ? 'table.economicCode' : 'table.functionCode'), value: (c) => h('span', { style: `padding-left:${c.level - 1}em` }, c.code) },
    { label: t('table.name'), value: (c) => c.name },
    { label: '合计', value: (c) => amount(c.amounts['合计']), num: true },
    { label: t('charts.share'), value: (c) => c.share == null ? '' : c.share + '%', num: true }], lines,
  { className: 'compact' });
}

/** The flat class list (with parents) as the nested data of a sunburst or treemap; zero classes left out. */
function tree(lines) {
  const nodes = new Map();
  const roots = [];
  for (const c of lines) {
    const value = Number(c.amounts['合计'] || 0);
    if (value <= 0) continue;
    const node = { name: c.name, code: c.code, share: c.share, value };
    nodes.set(c.code, node);
    const parent = c.parentCode && nodes.get(c.parentCode);
    if (parent) (parent.children ??= []).push(node); else roots.push(node);
  }
  return roots;
}

/** Each 类 and each 款 its own colour (a 项 takes its 款's), so one large 类 does not make the chart one colour. */
function colored(roots) {
  let i = 0;
  for (const root of roots) {
    root.itemStyle = { color: PALETTE[i++ % PALETTE.length] };
    for (const child of root.children || []) child.itemStyle = { color: PALETTE[i++ % PALETTE.length], opacity: 0.85 };
  }
  return roots;
}

function shorten(text, n) {
  return text && text.length > n ? text.slice(0, n - 1) + '…' : text;
}

/** 上海市闵行区医疗保障局 → 闵行区医疗保障局 on axes, where room is short. */
function shortDepartment(key) {
  return key.replace(/^上海市(?=.+区)/, '');
}
