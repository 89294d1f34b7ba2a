// Check a document: drop PDFs or text files, follow each through the pipeline, read its verdict.
import { t } from './i18n.js';
import { h, clear, csvBlob } from './dom.js';
import { upload, getJson, budgetPath, saveBlob, download, ApiError } from './api.js';
import { askKey, href } from './main.js';
import { findingList } from './findings.js';

const POLL_MS = 400;
const PATIENCE_MS = 5 * 60_000;
const STEPS = ['upload', 'received', 'parsed', 'validated'];

// the documents of this tab: kept across views and language switches (the view re-renders from them), and
// their receipts in sessionStorage, so a reload follows them again
const SESSION = 'budget.documents';
const documents = [];
let list = null; // the mounted list element, or null

for (const kept of JSON.parse(sessionStorage.getItem(SESSION) || '[]')) {
  const doc = { ...kept, phase: 'follow' };
  documents.push(doc);
  follow(doc).catch((e) => { doc.phase = 'rejected'; doc.error = e.message; renderDocument(doc); });
}

function keep() {
  sessionStorage.setItem(SESSION, JSON.stringify(documents.filter((d) => d.receipt).slice(0, 50)
    .map(({ localId, name, size, pdf, receipt }) => ({ localId, name, size, pdf, receipt }))));
}

export function mount(root) {
  const input = h('input#file-input.visually-hidden', { type: 'file', multiple: true,
    accept: '.pdf,.txt,.md,.text,application/pdf,text/plain', onchange: (e) => { add(e.target.files); e.target.value = ''; } });
  const zone = h('div.dropzone#dropzone', {
      tabindex: '0', role: 'button', 'aria-describedby': 'drop-help',
      onclick: () => input.click(),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } },
      ondragover: (e) => { e.preventDefault(); zone.classList.add('over'); },
      ondragleave: () => zone.classList.remove('over'),
      ondrop: (e) => { e.preventDefault(); zone.classList.remove('over'); add(e.dataTransfer.files); } },
    h('strong', t('check.drop')), h('span#drop-help', t('check.dropHelp')));
  list = h('ol.documents#documents', { 'aria-live': 'polite' });
  clear(root,
    h('h1', t('check.title')), h('p.lead', t('check.lead')),
    input, zone, list);
  [...documents].reverse().forEach(renderDocument); // each goes on top: the newest ends first
  return () => { list = null; };
}

async function add(files) {
  files = [...files];
  if (!files.length) return;
  if (!(await askKey({ again: false, reason: t('key.forUpload') }))) return;
  for (const file of files) {
    const doc = { localId: Math.max(0, ...documents.map((d) => d.localId)) + 1, name: file.name, size: file.size, pdf: isPdf(file), phase: 'upload' };
    documents.unshift(doc);
    renderDocument(doc);
    send(doc, file);
  }
}

function isPdf(file) {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

async function send(doc, file) {
  try {
    doc.receipt = await upload(file);
    doc.phase = 'follow';
    keep();
    renderDocument(doc);
    await follow(doc);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      askKey({ reason: t('key.refused') });
    }
    doc.phase = 'rejected';
    doc.error = e.message;
    renderDocument(doc);
  }
}

/** Polls the document status until it is validated or failed, then fetches the version it became. */
async function follow(doc) {
  const until = Date.now() + PATIENCE_MS;
  while (Date.now() < until) {
    // the list form answers without the document while it is not tracked yet (ingest is ahead of the status)
    const [status] = await getJson(`/api/documents?ids=${doc.receipt.documentId}`);
    if (status) doc.status = status;
    const state = doc.status?.status;
    if (state === 'VALIDATED') {
      const key = doc.status.stages.validated.budgetKey;
      doc.key = key;
      doc.version = await getJson(budgetPath(key.departmentKey, key.year, key.kind, `/versions/${doc.receipt.documentId}`));
      doc.phase = 'done';
      renderDocument(doc);
      return;
    }
    if (state === 'FAILED') {
      doc.phase = 'failed';
      renderDocument(doc);
      return;
    }
    // waits in a dead letter until an operator replays it: said so, and followed on, since a replay moves it on
    doc.phase = state === 'DEAD_LETTERED' ? 'deadLettered' : 'follow';
    renderDocument(doc);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  if (doc.phase === 'deadLettered') return; // still waiting for the operators: what it says stays
  doc.phase = 'rejected';
  doc.error = t('check.timeout');
  renderDocument(doc);
}

function reached(doc) {
  if (doc.phase === 'upload') return 0;
  const stages = doc.status?.stages || {};
  if (stages.validated) return 4;
  if (stages.parsed) return 3;
  return 2; // accepted by ingest: received
}

function renderDocument(doc) {
  if (!list) return;
  const id = `doc-${doc.localId}`;
  const card = document.getElementById(id) || list.insertBefore(h('li.document', { id }), list.firstChild);
  card.dataset.phase = doc.phase;
  // refused by the upload: the first step failed; timed out while followed: the step it waited at
  const step = doc.phase === 'rejected' && !doc.receipt ? 0 : reached(doc);
  const failedAt = doc.phase === 'failed' ? failedStep(doc) : doc.phase === 'rejected' ? step : -1;
  clear(card,
    h('header',
      h('h2', { title: doc.receipt?.documentId }, doc.name),
      h('span.meta', `${doc.pdf ? 'PDF' : t('check.text')} · ${(doc.size / 1024).toFixed(1)} KB`,
        doc.receipt?.duplicate ? ' · ' + t('check.duplicate') : '')),
    h('ol.steps', { 'aria-label': t('check.progress') }, STEPS.map((s, i) => {
      const state = i === failedAt ? 'failed' : i < step ? 'done' : i === step && !['failed', 'rejected', 'done'].includes(doc.phase) ? 'active' : 'todo';
      return h('li', { class: state, 'aria-current': state === 'active' ? 'step' : null },
        h('span.dot', { 'aria-hidden': 'true' }, state === 'done' ? '✓' : state === 'failed' ? '✕' : i + 1),
        t(state === 'failed' ? `step.${s}Failed` : 'step.' + s));
    })),
    body(doc));
}

function failedStep(doc) {
  const stage = doc.status?.stages?.failed?.stage;
  return { INGEST: 1, PARSE: 2, VALIDATE: 3, STORE: 3 }[stage] ?? 3;
}

function body(doc) {
  if (doc.phase === 'rejected') {
    return h('div.verdict.failed', { role: 'alert' }, h('p', h('strong', t('check.rejected')), ' ', doc.error));
  }
  if (doc.phase === 'failed') {
    const failed = doc.status.stages.failed;
    return h('div.verdict.failed', { role: 'alert' },
      h('p', h('strong', t('check.failedAt', { stage: t('stage.' + failed.stage) }))),
      h('p.reason', failed.reason),
      h('p.hint', t('check.failedHint.' + failed.stage)));
  }
  if (doc.phase === 'deadLettered') {
    const reason = doc.status.reason || '';
    return h('div.verdict.failed', { role: 'status' },
      h('p', h('strong', t('check.deadLettered', { stage: t('stage.' + doc.status.stage) }))),
      h('p.reason', reason),
      h('p.hint', t('check.deadLetteredHint', { id: doc.status.deadLetter })));
  }
  if (doc.phase !== 'done') return h('p.waiting', t('check.waiting'));
  return verdict(doc);
}

function verdict(doc) {
  const { report, budget } = doc.version;
  const meta = budget.metadata;
  const key = doc.key;
  const budgetLink = href('budget', [key.departmentKey, String(key.year)], { kind: key.kind === 'DEPARTMENT' ? null : key.kind,
    version: doc.receipt.documentId });
  return h('div.verdict', { class: report.status.toLowerCase() },
    h('div.summary',
      h('span.badge', { class: report.status.toLowerCase() }, t('status.' + report.status)),
      h('span', meta.departmentPrinted || key.departmentKey, ' · ', key.year, ' · ', t('kind.' + key.kind)),
      h('span.counts', counts(report))),
    h('div.actions',
      h('a.button', { href: budgetLink }, t('check.openBudget')),
      h('button', { type: 'button', onclick: () => saveBlob(reportCsv(doc), `${doc.name.replace(/\.[^.]+$/, '')}-report.csv`) },
        t('check.csv')),
      // issue #11's endpoint: the PDF with a highlight and the message on every finding
      doc.pdf ? h('button', { type: 'button', onclick: (e) => download(`/api/documents/${doc.receipt.documentId}/annotated.pdf`,
        `${doc.name.replace(/\.pdf$/i, '')}-annotated.pdf`).catch((err) => e.target.replaceWith(h('span.error', err.message))) },
      t('check.annotated')) : null),
    findingList(report.findings, { documentId: doc.receipt.documentId, budget, key, version: doc.receipt.documentId }));
}

export function counts(report) {
  return [
    h('span.count.error', t('count.errors', { n: report.errors })),
    h('span.count.warning', t('count.warnings', { n: report.warnings })),
    h('span.count.info', t('count.notes', { n: report.notes })),
  ];
}

function reportCsv(doc) {
  const header = ['ruleId', 'severity', 'table', 'code', 'item', 'column', 'page', 'lines', 'expected', 'actual',
    'difference', 'unit', 'messageZh', 'messageEn'];
  return csvBlob(header, doc.version.report.findings.map((f) => {
    const l = f.location || {};
    return [f.ruleId, f.severity, l.table, l.code, l.item, l.column, l.box ? l.box.page : null, (l.lines || []).join(';'), f.expected,
      f.actual, f.difference, f.unit, f.messageZh, f.messageEn];
  }));
}


