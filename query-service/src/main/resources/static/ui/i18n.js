// Chinese first, English switchable; the choice is kept in localStorage. t('key', {name: value}).
const STORE = 'budget.lang';

const zh = {
  'app.title': '部门预算核查', 'nav.label': '主导航', 'nav.check': '核查文件', 'nav.budgets': '预算', 'nav.charts': '图表',
  'nav.ops': '运维', 'lang.switch': 'Switch to English',
  'view.check': '核查文件', 'view.budgets': '预算', 'view.budget': '预算', 'view.charts': '图表', 'view.ops': '运维',
  'key.none': '输入 API 密钥', 'key.set': 'API 密钥 ✓', 'key.title': 'API 密钥',
  'key.help': '上传文件和运维操作需要 API 密钥。密钥只保存在本浏览器标签页中，关闭标签页即清除。',
  'key.label': '密钥', 'key.save': '保存', 'key.forget': '清除', 'key.cancel': '取消', 'key.enter': '输入密钥',
  'key.forUpload': '上传文件前请输入 API 密钥。', 'key.forOps': '运维视图需要 API 密钥。', 'key.refused': 'API 密钥未被接受，请重新输入。',
  'error.view': '页面无法显示：', 'error.unreachable': '无法连接上传服务 {url}（服务未启动，或其 CORS 设置不允许本页面）。',
  'check.title': '核查预算文件', 'check.lead': '拖入一个或多个部门预算文件（PDF 或文本），逐一跟踪处理进度，查看核查结论与问题所在。',
  'check.drop': '将 PDF 或文本文件拖放到此处', 'check.dropHelp': '或按 Enter 选择文件（可多选）',
  'check.text': '文本', 'check.duplicate': '此前已上传过（相同内容）', 'check.progress': '处理进度',
  'check.waiting': '处理中…', 'check.timeout': '等待超时：文件未在 5 分钟内完成处理，请查看运维页面。',
  'check.rejected': '上传被拒绝：', 'check.failedAt': '在{stage}失败', 'check.openBudget': '查看预算表',
  'check.csv': '下载报告 CSV', 'check.annotated': '下载批注 PDF',
  'check.failedHint.INGEST': '文件未被接收，请检查文件格式与大小后重新上传。',
  'check.failedHint.PARSE': '文件不像一份部门预算，或其中的表格无法读取。请确认上传的是部门预算或单位预算文件。',
  'check.failedHint.VALIDATE': '核查过程出错，这是系统的问题而非文件的问题；运维人员修复后可重放此文件。',
  'check.failedHint.STORE': '保存结果时出错，这是系统的问题；运维人员修复后可重放此文件。',
  'stage.INGEST': '接收阶段', 'stage.PARSE': '解析阶段', 'stage.VALIDATE': '校验阶段', 'stage.STORE': '保存阶段',
  'step.upload': '上传', 'step.received': '已接收', 'step.parsed': '已解析', 'step.validated': '已校验', 'step.failed': '失败',
  'status.VALID': '通过', 'status.VALID_WITH_WARNINGS': '通过（有警告）', 'status.INVALID': '不通过',
  'docstatus.RECEIVED': '已接收', 'docstatus.PARSED': '已解析', 'docstatus.VALIDATED': '已校验', 'docstatus.FAILED': '失败',
  'count.errors': '{n} 个错误', 'count.warnings': '{n} 个警告', 'count.notes': '{n} 条提示',
  'severity.ERROR': '错误', 'severity.WARNING': '警告', 'severity.INFO': '提示',
  'kind.DEPARTMENT': '部门预算', 'kind.UNIT': '单位预算', 'level.CITY': '市级', 'level.DISTRICT': '区级',
  'level.code1': '类', 'level.code2': '款', 'level.code3': '项', 'region.unknown': '未知地区',
  'findings.none': '没有发现问题。', 'findings.count': '{n} 条', 'findings.narrative': '编制说明与其他', 'findings.narrativeShort': '说明',
  'findings.page': '第 {n} 页', 'findings.lines': '第 {lines} 行', 'findings.expected': '应为', 'findings.actual': '实际',
  'findings.difference': '差额', 'findings.showCell': '在预算表中查看此处', 'findings.pageAlt': '文件第 {n} 页，问题所在处已框出',
  'findings.noPage': '暂时无法显示页面图像。',
  'table.name': '名称', 'table.short': '表{n}', 'table.functionCode': '功能分类科目编码', 'table.economicCode': '经济分类科目编码',
  'table.item': '项目', 'table.total': '合计', 'table.missing': '文件中没有此表。', 'table.empty': '本表无数据。',
  'table.preparedBy': '编制部门：{by}', 'table.unit': '单位：{unit}', 'table.printed': '印刷数（万元）', 'table.yuan': '元',
  'table.nameFilled': '名称取自其他表中相同编码的行',
  'table.title.1': '财务收支预算总表', 'table.title.2': '收入预算总表', 'table.title.3': '支出预算总表',
  'table.title.4': '财政拨款收支预算总表', 'table.title.5': '一般公共预算支出功能分类预算表',
  'table.title.6': '政府性基金预算支出功能分类预算表', 'table.title.7': '国有资本经营预算支出功能分类预算表',
  'table.title.8': '一般公共预算基本支出部门预算经济分类预算表', 'table.title.9': '“三公”经费和机关运行经费预算表',
  'side.INCOME': '收入', 'side.EXPENSE': '支出',
  'filter.all': '全部', 'filter.label': '筛选', 'filter.region': '地区', 'filter.level': '级次', 'filter.year': '年度',
  'filter.status': '结论', 'filter.department': '部门',
  'budgets.title': '预算', 'budgets.lead': '{departments} 个部门，{budgets} 份预算。按地区和级次列出，点击年度查看该年预算。',
  'budgets.none': '没有符合条件的预算。', 'budgets.department': '部门', 'budgets.years': '年度与结论',
  'budget.tables': '九张预算表', 'budget.charts': '图表分析', 'budget.source': '来源文件', 'budget.file': '文件',
  'budget.documentId': '文件编号', 'budget.received': '接收时间', 'budget.validated': '校验时间', 'budget.units': '预算单位',
  'budget.versions': '版本（{n}）', 'budget.current': '当前版本', 'budget.oldVersion': '正在查看已被替代的版本。',
  'budget.toCurrent': '查看当前版本', 'budget.tableFindings': '表{n}的问题', 'budget.otherFindings': '编制说明及其他问题',
  'charts.title': '图表分析', 'charts.code': '科目编码', 'charts.codeHelp': '如 210、21015、2101501', 'charts.show': '显示',
  'charts.csv': '下载 CSV', 'charts.share': '占比', 'charts.empty': '没有数据。', 'charts.noBudgets': '还没有预算。',
  'charts.level': '科目级次',
  'charts.function.title': '按功能分类的支出', 'charts.function.lead': '表3支出合计，由内向外：类、款、项。',
  'charts.economic.title': '按经济分类的基本支出', 'charts.economic.lead': '表8一般公共预算基本支出：类、款。点击进入下一级。',
  'charts.basic.title': '基本支出与项目支出', 'charts.basic.lead': '表3各类支出中的基本支出和项目支出。',
  'charts.basic.basic': '基本支出', 'charts.basic.project': '项目支出',
  'charts.changes.title': '与上一年度相比的变化', 'charts.changes.lead': '同一部门两个年度表3合计的变化，变化最大者在前。',
  'charts.changes.period': '{from} 年至 {to} 年，表3合计，变化最大的 20 个科目。', 'charts.changes.change': '变化',
  'charts.changes.oneYear': '此部门在 {year} 年之前没有预算，无法比较。', 'charts.changes.none': '此级次没有变化。',
  'charts.across.title': '科目 {code} 各部门比较', 'charts.across.lead': '{year} 年各部门 {code} {name} 的支出合计（表3），从高到低。',
  'charts.across.none': '{year} 年没有部门列示科目 {code}。',
  'charts.series.title': '科目 {code} 历年变化', 'charts.series.lead': '各部门 {code} {name} 历年的支出合计（表3）。',
  'presence.ONLY_TO': '新增', 'presence.ONLY_FROM': '取消',
  'ops.title': '运维', 'ops.lead': '主题、消费组积压、死信与文件状态；死信修复原因后可重放。', 'ops.needKey': '需要 API 密钥。',
  'ops.at': '数据时间：{at}', 'ops.refresh': '刷新', 'ops.statuses': '文件状态', 'ops.deadLetters': '死信主题',
  'ops.topics': '主题', 'ops.topic': '主题', 'ops.partitions': '分区', 'ops.messages': '消息数', 'ops.rate': '每秒',
  'ops.groups': '消费组积压', 'ops.group': '消费组', 'ops.committed': '已提交', 'ops.end': '末尾', 'ops.lag': '积压',
  'ops.letters': '死信（{n}）', 'ops.letter': '编号', 'ops.origin': '原主题', 'ops.document': '文件', 'ops.reason': '原因',
  'ops.deadAt': '进入死信', 'ops.replayed': '已重放', 'ops.replay': '重放', 'ops.replayAll': '全部重放',
  'ops.force': '强制（已重放过的也重放）', 'ops.noLetters': '没有死信。', 'ops.replayDone': '重放结果',
  'outcome.REPLAYED': '已重放', 'outcome.ALREADY_REPLAYED': '此前已重放，已跳过（可选“强制”）', 'outcome.NOT_FOUND': '未找到',
};

const en = {
  'app.title': 'Budget checker', 'nav.label': 'Main', 'nav.check': 'Check', 'nav.budgets': 'Budgets', 'nav.charts': 'Charts',
  'nav.ops': 'Operations', 'lang.switch': '切换到中文',
  'view.check': 'Check documents', 'view.budgets': 'Budgets', 'view.budget': 'Budget', 'view.charts': 'Charts', 'view.ops': 'Operations',
  'key.none': 'Enter API key', 'key.set': 'API key ✓', 'key.title': 'API key',
  'key.help': 'Uploads and operator actions need an API key. It is kept in this browser tab only and is gone when the tab closes.',
  'key.label': 'Key', 'key.save': 'Save', 'key.forget': 'Forget', 'key.cancel': 'Cancel', 'key.enter': 'Enter key',
  'key.forUpload': 'Enter the API key to upload.', 'key.forOps': 'The operator view needs the API key.',
  'key.refused': 'The API key was not accepted; enter it again.',
  'error.view': 'This page cannot be shown:', 'error.unreachable': 'Cannot reach the upload service at {url} (not running, or its CORS settings do not allow this page).',
  'check.title': 'Check budget documents', 'check.lead': 'Drop one or more department budgets (PDF or text), follow each through the pipeline, then read its verdict and where the problems are.',
  'check.drop': 'Drop PDF or text files here', 'check.dropHelp': 'or press Enter to choose files (several at once)',
  'check.text': 'text', 'check.duplicate': 'uploaded before (same content)', 'check.progress': 'Progress',
  'check.waiting': 'Working…', 'check.timeout': 'Timed out: the document did not finish within 5 minutes; see Operations.',
  'check.rejected': 'Upload refused:', 'check.failedAt': 'Failed at the {stage}', 'check.openBudget': 'Open the budget',
  'check.csv': 'Report as CSV', 'check.annotated': 'Annotated PDF',
  'check.failedHint.INGEST': 'The file was not accepted; check its format and size and upload it again.',
  'check.failedHint.PARSE': 'The file does not read as a department budget, or its tables could not be read. Make sure it is a department or unit budget.',
  'check.failedHint.VALIDATE': 'Checking failed: a fault of the system, not of the document; operators can replay it once fixed.',
  'check.failedHint.STORE': 'Storing the result failed: a fault of the system; operators can replay it once fixed.',
  'stage.INGEST': 'intake stage', 'stage.PARSE': 'reading stage', 'stage.VALIDATE': 'checking stage', 'stage.STORE': 'storing stage',
  'step.upload': 'Upload', 'step.received': 'Received', 'step.parsed': 'Parsed', 'step.validated': 'Validated', 'step.failed': 'Failed',
  'status.VALID': 'Valid', 'status.VALID_WITH_WARNINGS': 'Valid with warnings', 'status.INVALID': 'Invalid',
  'docstatus.RECEIVED': 'Received', 'docstatus.PARSED': 'Parsed', 'docstatus.VALIDATED': 'Validated', 'docstatus.FAILED': 'Failed',
  'count.errors': '{n} errors', 'count.warnings': '{n} warnings', 'count.notes': '{n} notes',
  'severity.ERROR': 'Error', 'severity.WARNING': 'Warning', 'severity.INFO': 'Note',
  'kind.DEPARTMENT': 'department budget', 'kind.UNIT': 'unit budget', 'level.CITY': 'city', 'level.DISTRICT': 'district',
  'level.code1': '类 class', 'level.code2': '款 section', 'level.code3': '项 item', 'region.unknown': 'unknown region',
  'findings.none': 'No findings.', 'findings.count': '{n}', 'findings.narrative': 'Narrative and other', 'findings.narrativeShort': 'narrative',
  'findings.page': 'page {n}', 'findings.lines': 'line {lines}', 'findings.expected': 'Expected', 'findings.actual': 'Actual',
  'findings.difference': 'Difference', 'findings.showCell': 'Show it in the budget table', 'findings.pageAlt': 'Page {n} of the document, the finding boxed',
  'findings.noPage': 'The page image is not available yet.',
  'table.name': 'Name', 'table.short': 'T{n}', 'table.functionCode': 'Function code', 'table.economicCode': 'Economic code',
  'table.item': 'Item', 'table.total': 'Total (合计)', 'table.missing': 'The document has no such table.', 'table.empty': 'The table has no data.',
  'table.preparedBy': 'Prepared by {by}', 'table.unit': 'Unit: {unit}', 'table.printed': 'Printed (万元)', 'table.yuan': 'Yuan',
  'table.nameFilled': 'Name taken from the same code in another table',
  'table.title.1': 'Financial income and expenditure', 'table.title.2': 'Income', 'table.title.3': 'Expenditure',
  'table.title.4': 'Fiscal appropriations', 'table.title.5': 'General public budget by function',
  'table.title.6': 'Government funds by function', 'table.title.7': 'State capital operations by function',
  'table.title.8': 'Basic spending by economic class', 'table.title.9': '“Three public” and operating expenses',
  'side.INCOME': 'Income', 'side.EXPENSE': 'Expenditure',
  'filter.all': 'All', 'filter.label': 'Filters', 'filter.region': 'Region', 'filter.level': 'Level', 'filter.year': 'Year',
  'filter.status': 'Verdict', 'filter.department': 'Department',
  'budgets.title': 'Budgets', 'budgets.lead': '{departments} departments, {budgets} budgets, by region and level; choose a year to open its budget.',
  'budgets.none': 'No budget matches.', 'budgets.department': 'Department', 'budgets.years': 'Years and verdicts',
  'budget.tables': 'The nine tables', 'budget.charts': 'Charts', 'budget.source': 'Source document', 'budget.file': 'File',
  'budget.documentId': 'Document id', 'budget.received': 'Received', 'budget.validated': 'Validated', 'budget.units': 'Budget units',
  'budget.versions': 'Versions ({n})', 'budget.current': 'current', 'budget.oldVersion': 'This is a superseded version.',
  'budget.toCurrent': 'Show the current one', 'budget.tableFindings': 'Findings in table {n}', 'budget.otherFindings': 'Narrative and other findings',
  'charts.title': 'Charts', 'charts.code': 'Code', 'charts.codeHelp': 'e.g. 210, 21015, 2101501', 'charts.show': 'Show',
  'charts.csv': 'CSV', 'charts.share': 'Share', 'charts.empty': 'No data.', 'charts.noBudgets': 'No budgets yet.',
  'charts.level': 'Code level',
  'charts.function.title': 'Spending by function', 'charts.function.lead': 'Table 3 合计, from the centre out: 类, 款, 项.',
  'charts.economic.title': 'Basic spending by economic class', 'charts.economic.lead': 'Table 8 (general public budget, basic spending): 类 and 款. Click to zoom in.',
  'charts.basic.title': 'Basic and project spending', 'charts.basic.lead': 'Basic (基本支出) and project (项目支出) spending per 类 of table 3.',
  'charts.basic.basic': 'Basic', 'charts.basic.project': 'Project',
  'charts.changes.title': 'Changes from the year before', 'charts.changes.lead': 'Change of table 3 合计 per code between two years, largest first.',
  'charts.changes.period': '{from} to {to}, table 3 合计, the 20 largest changes.', 'charts.changes.change': 'Change',
  'charts.changes.oneYear': 'This department has no budget before {year}: nothing to compare.', 'charts.changes.none': 'No change at this level.',
  'charts.across.title': 'Code {code} across departments', 'charts.across.lead': '{code} {name}, table 3 合计 of every department in {year}, largest first.',
  'charts.across.none': 'No department lists code {code} in {year}.',
  'charts.series.title': 'Code {code} over the years', 'charts.series.lead': '{code} {name}, table 3 合计 of each department per year.',
  'presence.ONLY_TO': 'new', 'presence.ONLY_FROM': 'dropped',
  'ops.title': 'Operations', 'ops.lead': 'Topics, consumer lag, dead letters and document statuses; replay a dead letter once its cause is fixed.',
  'ops.needKey': 'The API key is needed.',
  'ops.at': 'As of {at}', 'ops.refresh': 'Refresh', 'ops.statuses': 'Documents', 'ops.deadLetters': 'Dead-letter topics',
  'ops.topics': 'Topics', 'ops.topic': 'Topic', 'ops.partitions': 'Partitions', 'ops.messages': 'Messages', 'ops.rate': 'Per second',
  'ops.groups': 'Consumer lag', 'ops.group': 'Group', 'ops.committed': 'Committed', 'ops.end': 'End', 'ops.lag': 'Lag',
  'ops.letters': 'Dead letters ({n})', 'ops.letter': 'Id', 'ops.origin': 'From', 'ops.document': 'Document', 'ops.reason': 'Reason',
  'ops.deadAt': 'Dead at', 'ops.replayed': 'Replayed', 'ops.replay': 'Replay', 'ops.replayAll': 'Replay all',
  'ops.force': 'Force (replay again)', 'ops.noLetters': 'No dead letters.', 'ops.replayDone': 'Replay',
  'outcome.REPLAYED': 'replayed', 'outcome.ALREADY_REPLAYED': 'replayed before, skipped (use force)', 'outcome.NOT_FOUND': 'not found',
};

const dictionaries = { zh, en };
let current = localStorage.getItem(STORE) === 'en' ? 'en' : 'zh';

export function lang() {
  return current;
}

export function setLang(next) {
  current = next === 'en' ? 'en' : 'zh';
  localStorage.setItem(STORE, current);
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

export function t(key, params = {}) {
  let text = dictionaries[current][key] ?? zh[key];
  if (text == null) {
    console.warn('missing text', key);
    return key;
  }
  for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, value);
  return text;
}

/** The keys of one language missing in the other (for the tests). */
export function missingKeys() {
  return [...Object.keys(zh).filter((k) => !(k in en)), ...Object.keys(en).filter((k) => !(k in zh))];
}
