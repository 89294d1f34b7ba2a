// Operators: topics, consumer lag, dead letters and document statuses (/api/ops), and replay, behind the API key.
import { t } from './i18n.js';
import { h, clear, dataTable, dateTime } from './dom.js';
import { getJson, postJson, apiKey, ApiError } from './api.js';
import { askKey } from './main.js';

export async function mount(root) {
  const results = h('div.replay-results', { 'aria-live': 'polite' });
  const content = h('div.ops-content');
  const force = h('input#force', { type: 'checkbox' });

  async function load() {
    if (!apiKey.get() && !(await askKey({ reason: t('key.forOps') }))) {
      clear(content, h('p.warn', t('ops.needKey'), ' ', h('button', { type: 'button', onclick: load }, t('key.enter'))));
      return;
    }
    let view, letters;
    try {
      [view, letters] = await Promise.all([getJson('/api/ops/topics'), getJson('/api/ops/dlq')]);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        clear(content, h('p.error', { role: 'alert' }, t('key.refused'), ' ', h('button', { type: 'button',
          onclick: async () => { if (await askKey({ reason: t('key.refused') })) load(); } }, t('key.enter'))));
        return;
      }
      throw e;
    }
    clear(content,
      h('p.meta', t('ops.at', { at: dateTime(view.at) }), ' ', h('button#ops-refresh', { type: 'button', onclick: load }, t('ops.refresh'))),
      h('div.columns',
        h('section', h('h2', t('ops.statuses')), h('ul.stat-list', Object.entries(view.documentStatuses).map(([s, n]) =>
          h('li', h('span.badge', { class: s.toLowerCase() }, t('docstatus.' + s)), ' ', h('strong', n))))),
        h('section', h('h2', t('ops.deadLetters')), h('ul.stat-list', Object.entries(view.deadLetters).map(([topic, n]) =>
          h('li', { class: n ? 'has-letters' : '' }, h('code', topic), ' ', h('strong', n)))))),
      h('section', h('h2', t('ops.topics')), h('div.scroll', dataTable([
        { label: t('ops.topic'), value: (x) => h('code', x.name), rowClass: (x) => x.deadLetter ? 'dlq' : '' },
        { label: t('ops.partitions'), value: (x) => x.partitions, num: true },
        { label: t('ops.messages'), value: (x) => x.messages, num: true },
        { label: t('ops.rate'), value: (x) => x.ratePerSecond ?? '—', num: true }], view.topics))),
      h('section', h('h2', t('ops.groups')), h('div.scroll', dataTable([
        { label: t('ops.group'), value: (x) => x.group },
        { label: t('ops.topic'), value: (x) => h('code', x.topic) },
        { label: t('ops.committed'), value: (x) => x.committed, num: true },
        { label: t('ops.end'), value: (x) => x.end, num: true },
        { label: t('ops.lag'), value: (x) => x.lag, num: true, cls: (x) => x.lag ? 'lagging' : '' }], view.consumerGroups))),
      h('section#dead-letters',
        h('div.card-head', h('h2', t('ops.letters', { n: letters.length })),
          h('div.card-tools',
            h('label.check', force, ' ', t('ops.force')),
            letters.length ? h('button#replay-all', { type: 'button', onclick: () => replay({ all: true }) }, t('ops.replayAll')) : null)),
        letters.length ? h('div.scroll', dataTable([
          { label: t('ops.letter'), value: (x) => h('code', x.id) },
          { label: t('ops.origin'), value: (x) => [h('code', x.originalTopic || '—'), x.originalOffset != null ? ` @${x.originalPartition}:${x.originalOffset}` : ''] },
          { label: t('ops.document'), value: (x) => x.documentId ? h('code', { title: x.documentId }, x.documentId.slice(0, 12) + '…') : (x.key || '—') },
          { label: t('ops.reason'), value: (x) => [h('strong', (x.exception || '').split('.').pop()), ' ', x.reason || ''] },
          { label: t('ops.deadAt'), value: (x) => dateTime(x.deadAt) },
          { label: t('ops.replayed'), value: (x) => x.replayedAt ? dateTime(x.replayedAt) : '—' },
          { label: '', value: (x) => h('button.replay', { type: 'button', dataset: { id: x.id }, onclick: () => replay({ ids: [x.id] }) },
            t('ops.replay')) }], letters)) : h('p.none', t('ops.noLetters'))),
      results);
  }

  async function replay(request) {
    try {
      const outcome = await postJson('/api/ops/dlq/replay', { ...request, force: force.checked });
      await load(); // the list first (with its replay times), then what the replay did
      clear(results, h('h3', t('ops.replayDone')), h('ul#replay-outcomes', outcome.map((o) => h('li', { class: o.outcome.toLowerCase() },
        h('code', o.id), ' → ', h('strong', t('outcome.' + o.outcome)), o.toTopic ? [' ', h('code', o.toTopic)] : null))));
      results.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      clear(results, h('p.error', { role: 'alert' }, e.message));
    }
  }

  clear(root, h('h1', t('ops.title')), h('p.lead', t('ops.lead')), content);
  await load();
}
