// Small helpers: building elements without innerHTML, formatting amounts, CSV files.
import { lang } from './i18n.js';

/** h('div.card#x', {attrs}, ...children): an element; strings become text nodes; null children are skipped. */
export function h(spec, attrs, ...children) {
  if (attrs == null || typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs)) {
    children.unshift(attrs);
    attrs = {};
  }
  const [, tag, rest] = spec.match(/^([a-z0-9-]*)(.*)$/i);
  const node = document.createElement(tag || 'div');
  for (const part of rest.match(/[.#][^.#]+/g) || []) {
    if (part[0] === '.') node.classList.add(part.slice(1)); else node.id = part.slice(1);
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'class') node.classList.add(...String(value).split(/\s+/).filter(Boolean));
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name in node && typeof value !== 'string') node[name] = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const yuan = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1234567.5 → 1,234,567.50; null → ''. */
export function amount(value, unit = '元') {
  if (value == null || value === '') return '';
  return unit === '万元' ? plain.format(Number(value)) : yuan.format(Number(value));
}

/** A large amount in 万元 or 亿元 for axes and labels (Chinese) or in millions (English). */
export function shortAmount(value) {
  const v = Number(value);
  if (lang() === 'en') {
    return Math.abs(v) >= 1e6 ? plain.format(Math.round(v / 1e4) / 100) + ' M' : plain.format(Math.round(v));
  }
  return Math.abs(v) >= 1e8 ? plain.format(Math.round(v / 1e6) / 100) + ' 亿'
    : Math.abs(v) >= 1e4 ? plain.format(Math.round(v / 100) / 100) + ' 万' : plain.format(Math.round(v));
}

export function percent(value) {
  return value == null ? '' : `${Number(value) > 0 ? '+' : ''}${plain.format(Number(value))} %`;
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
}

/** A CSV file as the API writes them: UTF-8 with a byte order mark so Excel shows Chinese. */
export function csvBlob(header, rows) {
  const cell = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

/** A table: columns [{label, value(row), num?, cls?(row)}], rows. */
export function dataTable(columns, rows, { caption, className = '' } = {}) {
  return h('table.data', { class: className },
    caption ? h('caption', caption) : null,
    h('thead', h('tr', columns.map((c) => h('th', { scope: 'col', class: c.num ? 'num' : '' }, c.label)))),
    h('tbody', rows.map((row) => h('tr', { class: columns[0].rowClass?.(row) || '' },
      columns.map((c) => h('td', { class: (c.num ? 'num ' : '') + (c.cls?.(row) || '') }, c.value(row)))))));
}

export function slug(text) {
  return String(text).replace(/[^\w\u4e00-\u9fff-]+/g, '-').replace(/^-|-$/g, '');
}
