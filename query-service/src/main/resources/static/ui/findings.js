// Findings grouped by severity and table, each opening to its rule (Chinese and English), figures,
// location, the page image with the finding's box (PDFs, issue #11) and a link to the cell it points at.
import { t, lang } from './i18n.js';
import { h, amount } from './dom.js';
import { imageUrl } from './api.js';
import { href } from './main.js';

const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];

/** ctx: {documentId, key: {departmentKey, year, kind}, version, onOpen?(finding)} */
export function findingList(findings, ctx) {
  if (!findings.length) return h('p.none', t('findings.none'));
  return h('div.findings', SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (!ofSeverity.length) return null;
    const byTable = new Map();
    for (const f of ofSeverity) {
      const table = f.location?.table ?? 0;
      if (!byTable.has(table)) byTable.set(table, []);
      byTable.get(table).push(f);
    }
    return h('details.severity', { class: severity.toLowerCase(), open: severity !== 'INFO' },
      h('summary', h('span.badge', { class: severity.toLowerCase() }, t('severity.' + severity)), ' ',
        t('findings.count', { n: ofSeverity.length })),
      [...byTable.keys()].sort((a, b) => a - b).map((table) => h('section.table-group',
        h('h3', table ? t('table.short', { n: table }) + ' ' + t('table.title.' + table) : t('findings.narrative')),
        h('ul', byTable.get(table).map((f) => h('li', finding(f, ctx)))))));
  }));
}

function finding(f, ctx) {
  const detail = h('div.finding-detail', { hidden: true });
  const button = h('button.finding', { type: 'button', 'aria-expanded': 'false',
    onclick: () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      detail.hidden = !open;
      if (open && !detail.childElementCount) detail.append(...details(f, ctx));
      if (open) ctx.onOpen?.(f);
    } },
    h('code.rule', f.ruleId), ' ', h('span.where', describe(f.location)), ' ',
    h('span.msg', lang() === 'en' ? f.messageEn : f.messageZh));
  return [button, detail];
}

/** The page a finding is on: its box carries it (FindingLocation.box = {page, x, y, width, height}). */
function pageOf(l) {
  return l && l.box ? l.box.page : null;
}

export function describe(l) {
  if (!l) return '';
  return [l.table ? 'T' + l.table : t('findings.narrativeShort'), l.code, l.item, l.column,
    pageOf(l) ? t('findings.page', { n: pageOf(l) }) : null,
    l.lines?.length ? t('findings.lines', { lines: l.lines.slice(0, 4).join(', ') + (l.lines.length > 4 ? '…' : '') }) : null]
    .filter(Boolean).join(' · ');
}

function details(f, ctx) {
  const l = f.location || {};
  const out = [
    h('dl.rule-text',
      h('dt', '中文'), h('dd', { lang: 'zh-CN' }, f.messageZh),
      h('dt', 'English'), h('dd', { lang: 'en' }, f.messageEn)),
    h('dl.figures',
      h('dt', t('findings.expected')), h('dd.num', amount(f.expected, f.unit), ' ', f.expected == null ? '' : f.unit),
      h('dt', t('findings.actual')), h('dd.num', amount(f.actual, f.unit), ' ', f.actual == null ? '' : f.unit),
      h('dt', t('findings.difference')), h('dd.num', amount(f.difference, f.unit), ' ', f.difference == null ? '' : f.unit)),
  ];
  if (l.table && ctx.key) {
    out.push(h('p', h('a', { href: href('budget', [ctx.key.departmentKey, String(ctx.key.year)], {
      kind: ctx.key.kind === 'DEPARTMENT' ? null : ctx.key.kind, version: ctx.version, table: l.table,
      code: l.code, item: l.item, column: l.column }) }, t('findings.showCell'))));
  }
  if (pageOf(l) && ctx.documentId) out.push(pageImage(ctx.documentId, l));
  return out;
}

/**
 * The page the finding is on, rendered by the API (GET /api/documents/{id}/pages/{n}.png, which draws that
 * page's finding boxes), with this finding's box drawn over it from location.box (PDF points, origin top
 * left). Degrades to a note when the page cannot be had.
 */
function pageImage(documentId, l) {
  const dpi = 100;
  const page = pageOf(l);
  const figure = h('figure.page', h('figcaption', t('findings.page', { n: page })));
  const frame = h('div.page-frame');
  figure.append(frame);
  imageUrl(`/api/documents/${documentId}/pages/${page}.png?dpi=${dpi}`).then((url) => {
    const img = h('img', { src: url, alt: t('findings.pageAlt', { n: page }), onload: () => {
      if (!l.box || !img.naturalWidth) return;
      // points → pixels of the rendered page → percentages, so the box follows the image when it resizes
      const x = (v) => (v * dpi / 72 / img.naturalWidth * 100).toFixed(3) + '%';
      const y = (v) => (v * dpi / 72 / img.naturalHeight * 100).toFixed(3) + '%';
      frame.append(h('div.box', { style: `left:${x(l.box.x)};top:${y(l.box.y)};width:${x(l.box.width)};height:${y(l.box.height)}` }));
    } });
    frame.append(img);
  }, () => frame.append(h('p.none', t('findings.noPage'))));
  return figure;
}
