// Chinese first, English switchable; the choice is kept in localStorage. t('key', {name: value}).
const STORE = 'budget.lang';

// key: [中文, English], side by side so that no text lacks its translation
const TEXTS = {
  'app.title': ['部门预算核查', 'Budget checker'],

  'nav.label': ['主导航', 'Main'],
  'nav.check': ['核查文件', 'Check'],
  'nav.budgets': ['预算', 'Budgets'],
  'nav.charts': ['图表', 'Charts'],
  'nav.ops': ['运维', 'Operations'],

  'lang.switch': ['Switch to English', '切换到中文'],

  'view.check': ['核查文件', 'Check documents'],
  'view.budgets': ['预算', 'Budgets'],
  'view.budget': ['预算', 'Budget'],
  'view.charts': ['图表', 'Charts'],
  'view.ops': ['运维', 'Operations'],

  'key.none': ['输入 API 密钥', 'Enter API key'],
  'key.set': ['API 密钥 ✓', 'API key ✓'],
  'key.title': ['API 密钥', 'API key'],
  'key.help': ['上传文件和运维操作需要 API 密钥。密钥只保存在本浏览器标签页中，关闭标签页即清除。', 'Uploads and operator actions need an API key. It is kept in this browser tab only and is gone when the tab closes.'],
  'key.label': ['密钥', 'Key'],
  'key.save': ['保存', 'Save'],
  'key.forget': ['清除', 'Forget'],
  'key.cancel': ['取消', 'Cancel'],
  'key.enter': ['输入密钥', 'Enter key'],
  'key.forUpload': ['上传文件前请输入 API 密钥。', 'Enter the API key to upload.'],
  'key.forReads': ['此服务的查询也需要 API 密钥。', 'This service asks for the API key for reading too.'],
  'key.forOps': ['运维视图需要 API 密钥。', 'The operator view needs the API key.'],
  'key.refused': ['API 密钥未被接受，请重新输入。', 'The API key was not accepted; enter it again.'],

  'error.view': ['页面无法显示：', 'This page cannot be shown:'],
  'error.unreachable': ['无法连接上传服务 {url}（服务未启动，或其 CORS 设置不允许本页面）。', 'Cannot reach the upload service at {url} (not running, or its CORS settings do not allow this page).'],

  'check.title': ['核查预算文件', 'Check budget documents'],
  'check.lead': ['拖入一个或多个部门预算文件（PDF 或文本），逐一跟踪处理进度，查看核查结论与问题所在。', 'Drop one or more department budgets (PDF or text), follow each through the pipeline, then read its verdict and where the problems are.'],
  'check.drop': ['将 PDF 或文本文件拖放到此处', 'Drop PDF or text files here'],
  'check.dropHelp': ['或按 Enter 选择文件（可多选）', 'or press Enter to choose files (several at once)'],
  'check.text': ['文本', 'text'],
  'check.duplicate': ['此前已上传过（相同内容）', 'uploaded before (same content)'],
  'check.progress': ['处理进度', 'Progress'],
  'check.waiting': ['处理中…', 'Working…'],
  'check.timeout': ['等待超时：文件未在 5 分钟内完成处理，请查看运维页面。', 'Timed out: the document did not finish within 5 minutes; see Operations.'],
  'check.rejected': ['上传被拒绝：', 'Upload refused:'],
  'check.failedAt': ['在{stage}失败', 'Failed at the {stage}'],
  'check.openBudget': ['查看预算表', 'Open the budget'],
  'check.csv': ['下载报告 CSV', 'Report as CSV'],
  'check.annotated': ['下载批注 PDF', 'Annotated PDF'],
  'check.failedHint.INGEST': ['文件未被接收，请检查文件格式与大小后重新上传。', 'The file was not accepted; check its format and size and upload it again.'],
  'check.failedHint.PARSE': ['文件不像一份部门预算，或其中的表格无法读取。请确认上传的是部门预算或单位预算文件。', 'The file does not read as a department budget, or its tables could not be read. Make sure it is a department or unit budget.'],
  'check.failedHint.VALIDATE': ['读出的预算无法完成核查（原因见上），这是该文件的最终状态；如认为是系统缺陷，请将原因告知运维人员。', 'The budget read from the file could not be checked (the reason above); this is the document\'s final state. If you think it is a fault of the system, give the reason to the operators.'],
  'check.failedHint.STORE': ['核查结果无法保存（原因见上），这是该文件的最终状态；如认为是系统缺陷，请将原因告知运维人员。', 'The verdict could not be stored (the reason above); this is the document\'s final state. If you think it is a fault of the system, give the reason to the operators.'],
  'check.deadLettered': ['在{stage}暂停：记录已转入死信队列', 'Held at the {stage}: its record went to a dead-letter topic'],
  'check.deadLetteredHint': ['运维人员排除原因后，在运维页面重放死信 {id}，文件即继续处理；此页会继续跟踪。', 'Once the operators fix the cause and replay dead letter {id} on the Operations page, the document goes on; this page keeps following it.'],

  'stage.INGEST': ['接收阶段', 'intake stage'],
  'stage.PARSE': ['解析阶段', 'reading stage'],
  'stage.VALIDATE': ['校验阶段', 'checking stage'],
  'stage.STORE': ['保存阶段', 'storing stage'],
  'stage.STATUS': ['状态跟踪', 'status tracking'],

  'step.upload': ['上传', 'Upload'],
  'step.received': ['已接收', 'Received'],
  'step.parsed': ['已解析', 'Parsed'],
  'step.validated': ['已校验', 'Validated'],
  'step.uploadFailed': ['上传被拒', 'Upload refused'],
  'step.receivedFailed': ['接收失败', 'Intake failed'],
  'step.parsedFailed': ['解析失败', 'Reading failed'],
  'step.validatedFailed': ['校验失败', 'Checking failed'],

  'status.VALID': ['通过', 'Valid'],
  'status.VALID_WITH_WARNINGS': ['通过（有警告）', 'Valid with warnings'],
  'status.INVALID': ['不通过', 'Invalid'],

  'docstatus.RECEIVED': ['已接收', 'Received'],
  'docstatus.PARSED': ['已解析', 'Parsed'],
  'docstatus.VALIDATED': ['已校验', 'Validated'],
  'docstatus.FAILED': ['失败', 'Failed'],
  'docstatus.DEAD_LETTERED': ['在死信队列', 'Dead-lettered'],

  'count.errors': ['{n} 个错误', '{n} errors'],
  'count.warnings': ['{n} 个警告', '{n} warnings'],
  'count.notes': ['{n} 条提示', '{n} notes'],

  'severity.ERROR': ['错误', 'Error'],
  'severity.WARNING': ['警告', 'Warning'],
  'severity.INFO': ['提示', 'Note'],

  'kind.DEPARTMENT': ['部门预算', 'department budget'],
  'kind.UNIT': ['单位预算', 'unit budget'],

  'level.CITY': ['市级', 'city'],
  'level.DISTRICT': ['区级', 'district'],
  'level.code1': ['类', '类 class'],
  'level.code2': ['款', '款 section'],
  'level.code3': ['项', '项 item'],

  'region.unknown': ['未知地区', 'unknown region'],

  'findings.none': ['没有发现问题。', 'No findings.'],
  'findings.count': ['{n} 条', '{n}'],
  'findings.narrative': ['编制说明与其他', 'Narrative and other'],
  'findings.narrativeShort': ['说明', 'narrative'],
  'findings.page': ['第 {n} 页', 'page {n}'],
  'findings.lines': ['第 {lines} 行', 'line {lines}'],
  'findings.expected': ['应为', 'Expected'],
  'findings.actual': ['实际', 'Actual'],
  'findings.difference': ['差额', 'Difference'],
  'findings.showCell': ['在预算表中查看此处', 'Show it in the budget table'],
  'findings.pageAlt': ['文件第 {n} 页，问题所在处已框出', 'Page {n} of the document, the finding boxed'],
  'findings.noPage': ['暂时无法显示页面图像。', 'The page image is not available yet.'],

  'table.name': ['名称', 'Name'],
  'table.short': ['表{n}', 'T{n}'],
  'table.functionCode': ['功能分类科目编码', 'Function code'],
  'table.economicCode': ['经济分类科目编码', 'Economic code'],
  'table.item': ['项目', 'Item'],
  'table.total': ['合计', 'Total (合计)'],
  'table.missing': ['文件中没有此表。', 'The document has no such table.'],
  'table.empty': ['本表无数据。', 'The table has no data.'],
  'table.preparedBy': ['编制部门：{by}', 'Prepared by {by}'],
  'table.unit': ['单位：{unit}', 'Unit: {unit}'],
  'table.printed': ['印刷数（万元）', 'Printed (万元)'],
  'table.yuan': ['元', 'Yuan'],
  'table.nameFilled': ['名称取自其他表中相同编码的行', 'Name taken from the same code in another table'],
  'table.title.1': ['财务收支预算总表', 'Financial income and expenditure'],
  'table.title.2': ['收入预算总表', 'Income'],
  'table.title.3': ['支出预算总表', 'Expenditure'],
  'table.title.4': ['财政拨款收支预算总表', 'Fiscal appropriations'],
  'table.title.5': ['一般公共预算支出功能分类预算表', 'General public budget by function'],
  'table.title.6': ['政府性基金预算支出功能分类预算表', 'Government funds by function'],
  'table.title.7': ['国有资本经营预算支出功能分类预算表', 'State capital operations by function'],
  'table.title.8': ['一般公共预算基本支出部门预算经济分类预算表', 'Basic spending by economic class'],
  'table.title.9': ['“三公”经费和机关运行经费预算表', '“Three public” and operating expenses'],

  'side.INCOME': ['收入', 'Income'],
  'side.EXPENSE': ['支出', 'Expenditure'],

  'filter.all': ['全部', 'All'],
  'filter.label': ['筛选', 'Filters'],
  'filter.region': ['地区', 'Region'],
  'filter.level': ['级次', 'Level'],
  'filter.year': ['年度', 'Year'],
  'filter.status': ['结论', 'Verdict'],
  'filter.department': ['部门', 'Department'],

  'budgets.title': ['预算', 'Budgets'],
  'budgets.lead': ['{departments} 个部门，{budgets} 份预算。按地区和级次列出，点击年度查看该年预算。', '{departments} departments, {budgets} budgets, by region and level; choose a year to open its budget.'],
  'budgets.none': ['没有符合条件的预算。', 'No budget matches.'],
  'budgets.department': ['部门', 'Department'],
  'budgets.years': ['年度与结论', 'Years and verdicts'],

  'budget.tables': ['九张预算表', 'The nine tables'],
  'budget.charts': ['图表分析', 'Charts'],
  'budget.source': ['来源文件', 'Source document'],
  'budget.file': ['文件', 'File'],
  'budget.documentId': ['文件编号', 'Document id'],
  'budget.received': ['接收时间', 'Received'],
  'budget.validated': ['校验时间', 'Validated'],
  'budget.units': ['预算单位', 'Budget units'],
  'budget.versions': ['版本（{n}）', 'Versions ({n})'],
  'budget.current': ['当前版本', 'current'],
  'budget.oldVersion': ['正在查看已被替代的版本。', 'This is a superseded version.'],
  'budget.toCurrent': ['查看当前版本', 'Show the current one'],
  'budget.tableFindings': ['表{n}的问题', 'Findings in table {n}'],
  'budget.otherFindings': ['编制说明及其他问题', 'Narrative and other findings'],

  'charts.title': ['图表分析', 'Charts'],
  'charts.code': ['科目编码', 'Code'],
  'charts.codeHelp': ['如 210、21015、2101501', 'e.g. 210, 21015, 2101501'],
  'charts.show': ['显示', 'Show'],
  'charts.csv': ['下载 CSV', 'CSV'],
  'charts.share': ['占比', 'Share'],
  'charts.empty': ['没有数据。', 'No data.'],
  'charts.noBudgets': ['还没有预算。', 'No budgets yet.'],
  'charts.level': ['科目级次', 'Code level'],
  'charts.function.title': ['按功能分类的支出', 'Spending by function'],
  'charts.function.lead': ['表3支出合计，由内向外：类、款、项。', 'Table 3 合计, from the centre out: 类, 款, 项.'],
  'charts.economic.title': ['按经济分类的基本支出', 'Basic spending by economic class'],
  'charts.economic.lead': ['表8一般公共预算基本支出：类、款。点击进入下一级。', 'Table 8 (general public budget, basic spending): 类 and 款. Click to zoom in.'],
  'charts.basic.title': ['基本支出与项目支出', 'Basic and project spending'],
  'charts.basic.lead': ['表3各类支出中的基本支出和项目支出。', 'Basic (基本支出) and project (项目支出) spending per 类 of table 3.'],
  'charts.basic.basic': ['基本支出', 'Basic'],
  'charts.basic.project': ['项目支出', 'Project'],
  'charts.changes.title': ['与上一年度相比的变化', 'Changes from the year before'],
  'charts.changes.lead': ['同一部门两个年度表3合计的变化，变化最大者在前。', 'Change of table 3 合计 per code between two years, largest first.'],
  'charts.changes.period': ['{from} 年至 {to} 年，表3合计，变化最大的 20 个科目。', '{from} to {to}, table 3 合计, the 20 largest changes.'],
  'charts.changes.change': ['变化', 'Change'],
  'charts.changes.oneYear': ['此部门在 {year} 年之前没有预算，无法比较。', 'This department has no budget before {year}: nothing to compare.'],
  'charts.changes.none': ['此级次没有变化。', 'No change at this level.'],
  'charts.across.title': ['科目 {code} 各部门比较', 'Code {code} across departments'],
  'charts.across.lead': ['{year} 年各部门 {code} {name} 的支出合计（表3），从高到低。', '{code} {name}, table 3 合计 of every department in {year}, largest first.'],
  'charts.across.none': ['{year} 年没有部门列示科目 {code}。', 'No department lists code {code} in {year}.'],
  'charts.series.title': ['科目 {code} 历年变化', 'Code {code} over the years'],
  'charts.series.lead': ['各部门 {code} {name} 历年的支出合计（表3）。', '{code} {name}, table 3 合计 of each department per year.'],

  'presence.ONLY_TO': ['新增', 'new'],
  'presence.ONLY_FROM': ['取消', 'dropped'],

  'ops.title': ['运维', 'Operations'],
  'ops.lead': ['主题、消费组积压、死信与文件状态；死信修复原因后可重放。', 'Topics, consumer lag, dead letters and document statuses; replay a dead letter once its cause is fixed.'],
  'ops.needKey': ['需要 API 密钥。', 'The API key is needed.'],
  'ops.at': ['数据时间：{at}', 'As of {at}'],
  'ops.refresh': ['刷新', 'Refresh'],
  'ops.statuses': ['文件状态', 'Documents'],
  'ops.deadLetters': ['死信主题', 'Dead-letter topics'],
  'ops.topics': ['主题', 'Topics'],
  'ops.topic': ['主题', 'Topic'],
  'ops.partitions': ['分区', 'Partitions'],
  'ops.messages': ['消息数', 'Messages'],
  'ops.rate': ['每秒', 'Per second'],
  'ops.groups': ['消费组积压', 'Consumer lag'],
  'ops.group': ['消费组', 'Group'],
  'ops.committed': ['已提交', 'Committed'],
  'ops.end': ['末尾', 'End'],
  'ops.lag': ['积压', 'Lag'],
  'ops.letters': ['死信（{n}）', 'Dead letters ({n})'],
  'ops.letter': ['编号', 'Id'],
  'ops.origin': ['原主题', 'From'],
  'ops.document': ['文件', 'Document'],
  'ops.reason': ['原因', 'Reason'],
  'ops.deadAt': ['进入死信', 'Dead at'],
  'ops.replayed': ['已重放', 'Replayed'],
  'ops.replay': ['重放', 'Replay'],
  'ops.replayAll': ['全部重放', 'Replay all'],
  'ops.force': ['强制（已重放过的也重放）', 'Force (replay again)'],
  'ops.noLetters': ['没有死信。', 'No dead letters.'],
  'ops.replayDone': ['重放结果', 'Replay'],

  'outcome.REPLAYED': ['已重放', 'replayed'],
  'outcome.ALREADY_REPLAYED': ['此前已重放，已跳过（可选“强制”）', 'replayed before, skipped (use force)'],
  'outcome.NOT_FOUND': ['未找到', 'not found'],
};

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
  const texts = TEXTS[key];
  if (!texts) {
    console.warn('missing text', key);
    return key;
  }
  let text = texts[current === 'en' ? 1 : 0];
  for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, value);
  return text;
}
