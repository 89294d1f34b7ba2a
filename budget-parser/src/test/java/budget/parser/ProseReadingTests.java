package budget.parser;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.NarrativeFact.ComparisonBasis;
import budget.model.ParsedBudget;
import budget.model.ProseMark;
import budget.parser.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the prose states of the previous year (a previous figure, the current one, the change and its percentage,
 * the year and whether it is the budget or its execution) and the writing slips it shows, in the corpus's own
 * sentences (the line named is where the document prints them).
 */
class ProseReadingTests {

    private static final String DEPARTMENT = "上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局\n\n";
    private static final String UNIT = "上海市普陀区2026年区级单位预算\n预算单位：上海市普陀区司法局\n\n";
    private static final String TABLES = "\n\n2026年部门财务收支预算总表\n编制部门：上海市普陀区司法局\n";

    private static ParsedBudget parse(String text) {
        ParseOutcome outcome = new BudgetParser().parse(text);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).budget();
    }

    /** The lines as the explanation of a 2026 department budget. */
    private static ParsedBudget explanation(String lines) {
        return parse(DEPARTMENT + "2026年部门预算编制说明\n" + lines + TABLES);
    }

    @Test
    void aSubjectItemsStatementOfPreviousCurrentAndPercentage() {
        // putuo-justice-bureau-2026-unit.plumber.txt lines 66–67
        ParsedBudget budget = explanation("""
                财政拨款支出主要内容如下：
                1、公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元。主要用于：行政单位的基本支出。2025年当年预算执行数为
                1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少1.10%。主要原因是：支出减少。""");
        NarrativeFact change = budget.fact(FactKind.STATED_CHANGE).orElseThrow();
        assertThat(change.label()).isEqualTo(budget.fact(FactKind.SUBJECT_ITEM).orElseThrow().label())
                .isEqualTo("公共安全支出（204类）司法（06款）行政运行（01项）");
        assertThat(change.previous().value()).isEqualByComparingTo("1690.69");
        assertThat(change.amount().value()).isEqualByComparingTo("1434.89");
        assertThat(change.percent().value()).isEqualByComparingTo("-1.10");
        assertThat(change.percent().unit()).isEqualTo("%");
        assertThat(change.change()).isNull();
        assertThat(change.comparedYear()).isEqualTo(2025);
        assertThat(change.basis()).isEqualTo(ComparisonBasis.EXECUTION);
        assertThat(change.line()).isEqualTo(7);
    }

    @Test
    void eachStatementBelongsToTheItemBeforeIt() {
        // putuo-justice-bureau-2026-dept.plumber.txt lines 111–116, the lines joined as a PDF's text would not be
        ParsedBudget budget = explanation("11、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）114.97万元。主要用于：行政单位医疗"
                + "保险缴费经费。2025年当年预算执行数为59.43万元，2026年预算安排114.97万元，比2025年预算执行数增加93.45%。主要原因是：支出增加。"
                + "12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：行政事业单位为职工缴纳的住房公积金。"
                + "2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比2025年预算执行数增加5.27%。主要原因是：支出增加。"
                + "13、住房保障支出（221类）住房改革支出（02款）购房补贴（03项）243.36万元。主要用于：发放购房补贴。");
        List<NarrativeFact> changes = budget.facts(FactKind.STATED_CHANGE);
        assertThat(changes).extracting(NarrativeFact::label).containsExactly(
                "医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）",
                "住房保障支出（221类）住房改革支出（02款）住房公积金（01项）");
        assertThat(changes.get(1).amount().text()).isEqualTo("201.50");
    }

    @Test
    void aChangeInAmountWithItsPercentageAndComparisonsWith比and与() {
        // songjiang-medical-security-2026.txt line 73; putuo-justice-bureau-2026-dept.plumber.txt line 292
        ParsedBudget budget = explanation("支出预算5265.59万元，其中：财政拨款支出预算5262.59万元，比2025年预算减少1364.7万元，减少20.59%，"
                + "主要原因是支出减少。\n\n2026年“三公”经费预算数为10.81万元，比2025年预算持平。其中：\n"
                + "（一）因公出国（境）费0万元，与2025年预算数持平。");
        NarrativeFact fiscal = budget.fact(FactKind.FISCAL_EXPENSE).orElseThrow();
        assertThat(fiscal.change().value()).isEqualByComparingTo("-1364.7");
        assertThat(fiscal.percent().value()).isEqualByComparingTo("-20.59");
        assertThat(fiscal.basis()).isEqualTo(ComparisonBasis.BUDGET);
        NarrativeFact threePublic = budget.fact(FactKind.THREE_PUBLIC_TOTAL).orElseThrow();
        assertThat(threePublic.change().value()).isZero();
        assertThat(threePublic.comparedYear()).isEqualTo(2025);
        assertThat(budget.fact(FactKind.THREE_PUBLIC_ABROAD).orElseThrow().comparedYear()).isEqualTo(2025);
    }

    @Test
    void aPercentageIsNotReadAsAnAmount() {
        ParsedBudget budget = explanation("财政拨款收入9628.22万元，比2025年预算增长8.97%。");
        NarrativeFact fiscal = budget.fact(FactKind.FISCAL_INCOME).orElseThrow();
        assertThat(fiscal.change()).isNull();
        assertThat(fiscal.percent().value()).isEqualByComparingTo("8.97");
    }

    @Test
    void theComparedYearIsTheYearPrinted() {
        // putuo-justice-bureau-2026-dept.plumber.txt line 81: a 2026 budget compared with 2026
        NarrativeFact fiscal = explanation("2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2026年预算增加"
                + "793.14万元；事业收入0万元。").fact(FactKind.FISCAL_INCOME).orElseThrow();
        assertThat(fiscal.comparedYear()).isEqualTo(2026);
        assertThat(fiscal.change().value()).isEqualByComparingTo("793.14");
    }

    private static List<ProseMark> marks(ParsedBudget budget, ProseMark.Kind kind) {
        return budget.marks().stream().filter(m -> m.kind() == kind).toList();
    }

    @Test
    void doubledWordsClausesAndPunctuation() {
        // minhang-medical-security-2026.txt line 407, songjiang-medical-security-2026.txt line 71,
        // putuo-justice-bureau-2026-dept.plumber.txt line 97
        ParsedBudget budget = explanation("""
                根据通知：救助对象救助对象在享受市级医疗救助政策救助后，按剩余个人实际自负医疗费用的50%比例予以救助。
                其他收入3万元，其他收入3万元，比2025年度预算收入减少0万元。
                主要用于：信息化建设及运行维护等方面的支出。。2025年当年预算执行数为60.41万元。""");
        assertThat(marks(budget, ProseMark.Kind.DOUBLED_WORD)).extracting(ProseMark::text)
                .containsExactly("救助对象救助对象", "其他收入3万元，其他收入3万元，");
        ProseMark stops = marks(budget, ProseMark.Kind.DOUBLED_PUNCTUATION).get(0);
        assertThat(stops.text()).isEqualTo("。。");
        assertThat(stops.excerpt()).isEqualTo("等方面的支出。。2025年当");
        assertThat(stops.line()).isEqualTo(7);
    }

    @Test
    void aWordDoubledAcrossAWrappedLineIsSeenButNotAcrossAHeadingAndTheNextLine() {
        ParsedBudget wrapped = explanation("""
                本部门支出预算主要用于人员经费、公用经费和项目支出，其中项目支出主要用于医疗救助等区级配套资金的预算增加
                增加部分主要是人员经费。""");
        assertThat(marks(wrapped, ProseMark.Kind.DOUBLED_WORD)).extracting(ProseMark::text).containsExactly("增加增加");
        // the title and the line after it: 上海市普陀区2025年区级部门预算 / 预算主管部门：… is no 预算预算
        assertThat(marks(explanation("支出预算"), ProseMark.Kind.DOUBLED_WORD)).isEmpty();
    }

    @Test
    void sentencesCutShortAndPlaceholders() {
        // putuo-justice-bureau-2026-unit.plumber.txt lines 64 and 276
        ParsedBudget budget = parse(UNIT + "2026年单位预算编制说明\n财政拨款收入支出增加（减少）的主要原因是业务量增加。"
                + TABLES.replace("部门", "预算单位") + "\n其他相关情况说明\n"
                + "（二）公务用车购置及运行费9.98万元，与2025年预算数持平，主要原因是。其中：公务用车购置费0万元。\n"
                + "（三）公务接待费XX万元，政府采购预算为万元。\n");
        assertThat(marks(budget, ProseMark.Kind.PLACEHOLDER)).extracting(ProseMark::text)
                .containsExactly("增加（减少）", "XX");
        assertThat(marks(budget, ProseMark.Kind.CUT_SHORT)).extracting(ProseMark::text).containsExactly("原因是", "为");
    }

    @Test
    void aSentenceEndingItsParagraphWithoutAFullStop() {
        // putuo-justice-bureau-2026-dept.plumber.txt lines 85–87: the line is shorter than the full lines around it
        ParsedBudget budget = explanation("""
                支出预算9628.22万元，其中：财政拨款支出预算9628.22万元，比2025年预算增加793.14万元。财政拨款支出预算中，一般公共预算拨款
                预算0万元，与2025年预算持平。
                财政拨款收入支出增加的主要原因是工作量增加
                财政拨款支出主要内容如下：
                1. “行政单位离退休”科目11.73万元，主要用于单位离退休人员活动费用
                二、机关运行经费预算""");
        List<ProseMark> stops = marks(budget, ProseMark.Kind.MISSING_FULL_STOP);
        assertThat(stops).hasSize(1);
        assertThat(stops.get(0).line()).isEqualTo(7);
        assertThat(stops.get(0).text()).isEqualTo("是工作量增加");
    }

    @Test
    void aClosingQuoteWithNoOpeningOne() {
        // putuo-justice-bureau-2026-dept.plumber.txt line 330; shanghai-medical-security-2026.txt lines 370–382
        ParsedBudget budget = explanation("""
                4.开展“人民调解协议书检查”、优秀调解案例”活动。

                ”国家发改委、财政部《关于在公共服务领域推广政府和社会资本合作模式指导意见》

                国务院关于印发《“十三五”推进基本公共服务均等化规划》的通知

                ”

                主要用于“上海市医保“一网通办”事项（含全程网办）服务”和“上海医保附加基金管理子系统”。""");
        assertThat(marks(budget, ProseMark.Kind.STRAY_QUOTE)).extracting(ProseMark::excerpt)
                .containsExactly("优秀调解案例”活动。", "”国家发改委、");
    }

    @Test
    void theOtherKindsWordingInTheTemplatesSentencesOnly() {
        // putuo-justice-bureau-2026-unit.plumber.txt line 290; its table 8 title names 部门预算经济分类 rightly
        ParsedBudget unit = parse(UNIT + "2026年单位预算编制说明\n2026年，上海市普陀区司法局收入预算8695.94万元。"
                + TABLES.replace("部门", "预算单位") + "\n其他相关情况说明\n"
                + "2026年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆。\n"
                + "8．2026年预算单位一般公共预算基本支出部门预算经济分类预算表\n");
        assertThat(marks(unit, ProseMark.Kind.KIND_WORDING)).extracting(ProseMark::text).containsExactly("部门预算");
        ParsedBudget department = parse(DEPARTMENT + "2026年部门预算编制说明\n本部门收入预算9628.22万元。" + TABLES
                + "\n其他相关情况说明\n2026年部门预算安排购置车辆0辆；单位预算安排购置单价100万元（含）以上设备0台（套）。\n");
        assertThat(marks(department, ProseMark.Kind.KIND_WORDING)).extracting(ProseMark::text).containsExactly("单位预算");
    }

    @Test
    void theCorpusDocumentsShowOnlyTheirReviewedSlips() throws IOException {
        // every sample, and the 司法局 department budget as pdfplumber reads it: what
        // budget-validator/src/test/resources/expected-findings.tsv lists with its reasons (and the blank page 3 after
        // its 目录, a slip of the layout)
        assertThat(Samples.parsed("baoshan-medical-security-2026").marks()).isEmpty();
        assertThat(Samples.parsed("minhang-medical-security-2026").marks()).extracting(ProseMark::text).containsExactly(
                "医疗救助等区级配套医疗救助等区级配套", "安排的安排的", "单位预算", "确保确保", "救助对象救助对象");
        String plumber = Files.readString(Samples.directory().resolve("pdf-text/putuo-justice-bureau-2026-dept.plumber.txt"),
                StandardCharsets.UTF_8);
        assertThat(parse(plumber).marks()).extracting(ProseMark::kind).containsExactlyInAnyOrder(
                ProseMark.Kind.DOUBLED_PUNCTUATION, ProseMark.Kind.MISSING_FULL_STOP, ProseMark.Kind.STRAY_QUOTE,
                ProseMark.Kind.BLANK_PAGE);
    }
}
