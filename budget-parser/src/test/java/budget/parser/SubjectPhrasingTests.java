package budget.parser;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import budget.model.SubjectChain;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subject items of 财政拨款支出主要内容 in every phrasing the corpus prints (the sentences are the documents' own,
 * from samples/ and samples/pdf-text/, as the named line prints them), each read into one SUBJECT_ITEM whose label
 * is the subject as printed, chain and codes included.
 */
class SubjectPhrasingTests {

    /** One sentence (or a few lines) of the explanation, in a document that has one. */
    private static List<NarrativeFact> subjects(String lines) {
        String text = "普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局\n\n2026年部门预算编制说明\n\n"
                + "财政拨款支出主要内容如下：\n" + lines + "\n\n2026年部门财务收支预算总表\n编制部门：上海市普陀区司法局\n";
        ParseOutcome outcome = new BudgetParser().parse(text);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        ParsedBudget budget = ((ParseOutcome.Parsed) outcome).budget();
        return budget.facts(FactKind.SUBJECT_ITEM);
    }

    private static NarrativeFact only(String lines) {
        List<NarrativeFact> facts = subjects(lines);
        assertThat(facts).as("subjects read from %s", lines).hasSize(1);
        return facts.get(0);
    }

    @Test
    void aQuotedSubjectWith科目() {
        // minhang-medical-security-2026.txt line 84
        NarrativeFact fact = only("7. “城乡医疗救助”科目3496.59万元，主要用于反映财政用于城乡困难群众医疗救助的支出。");
        assertThat(fact.label()).isEqualTo("城乡医疗救助");
        assertThat(fact.amount().value()).isEqualByComparingTo("3496.59");
        assertThat(fact.amount().unit()).isEqualTo("万元");
    }

    @Test
    void asciiAndFullWidthQuotesAndCornerBrackets() {
        // minhang-medical-security-2026.txt line 86, as pasted with ASCII quotes, full-width quotes and 「」
        assertThat(only("9. \"行政运行\"科目292.03万元，主要用于公务员的基本支出。").label()).isEqualTo("行政运行");
        assertThat(only("9. ＂行政运行＂科目292.03万元，主要用于公务员的基本支出。").label()).isEqualTo("行政运行");
        assertThat(only("9. 「行政运行」科目292.03万元，主要用于公务员的基本支出。").label()).isEqualTo("行政运行");
    }

    @Test
    void aClosingAsciiQuoteDoesNotOpenALabel() {
        // minhang-medical-security-2026.txt lines 86–87 in ASCII quotes, on one line
        List<NarrativeFact> facts = subjects("9. \"行政运行\"科目292.03万元，主要用于基本支出。10. \"一般行政管理事务\"科目13.70万元，"
                + "主要用于其他项目支出。");
        assertThat(facts).extracting(NarrativeFact::label).containsExactly("行政运行", "一般行政管理事务");
    }

    @Test
    void aQuotedClassWithThousandsSeparators() {
        // shanghai-finance-bureau-2025-unit.layout.txt line 82, and the same with a full-width comma
        NarrativeFact fact = only("1.“一般公共服务支出”科目12,789万元，主要用于人员经费、公用经费等基本支出。");
        assertThat(fact.label()).isEqualTo("一般公共服务支出");
        assertThat(fact.amount().value()).isEqualByComparingTo("12789");
        NarrativeFact fullWidth = only("1.“一般公共服务支出”科目12，789万元，主要用于人员经费、公用经费等基本支出。");
        assertThat(fullWidth.amount().value()).isEqualByComparingTo("12789");
        assertThat(fullWidth.amount().text()).isEqualTo("12，789");
    }

    @Test
    void aLevelMarkAndSpacesInTheFigure() {
        // baoshan-medical-security-2026.txt line 98; then half-width brackets and spaces inside the figure
        NarrativeFact fact = only("2. 卫生健康支出（类）15,539.54 万元，主要用于单位在医疗经费与医疗保障管理方面的支出。");
        assertThat(fact.label()).isEqualTo("卫生健康支出（类）");
        assertThat(fact.amount().text()).isEqualTo("15,539.54");
        NarrativeFact halfWidth = only("2. 卫生健康支出(类) 15, 539.54 万元，主要用于医疗保障管理方面的支出。");
        assertThat(halfWidth.label()).isEqualTo("卫生健康支出(类)");
        assertThat(halfWidth.amount().value()).isEqualByComparingTo("15539.54");
    }

    @Test
    void aQuotedChainReadsAsOneSubject() {
        // putuo-finance-bureau-2025-dept.layout.txt lines 91–92
        NarrativeFact fact = only("""
                    1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元，主要用于局本级及所属单位人员经
                费及公用经费等的基本支出。""");
        assertThat(fact.label()).isEqualTo("一般公共服务支出（类）财政事务（款）行政运行（项）");
        assertThat(fact.amount().value()).isEqualByComparingTo("1623.18");
        assertThat(SubjectChain.parse(fact.label()).levels()).extracting(SubjectChain.Level::name)
                .containsExactly("一般公共服务支出", "财政事务", "行政运行");
    }

    @Test
    void aQuotedChainWrappedInsideTheMarkAndInsideTheUnit() {
        // putuo-finance-bureau-2025-dept.layout.txt lines 101–104: a space before （项）, the closing quote on the
        // next line, and 万 / 元 cut by the line break
        List<NarrativeFact> facts = subjects("""
                    6.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出 （项）
                ”174.83万元，主要用于缴纳基本养老保险支出。
                    7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万
                元，主要用于缴纳职业年金支出。""");
        assertThat(facts).extracting(NarrativeFact::label).containsExactly(
                "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）",
                "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）");
        assertThat(facts).extracting(f -> f.amount().text()).containsExactly("174.83", "887.36");
        assertThat(facts.get(1).line()).as("the line of the figure").isEqualTo(facts.get(0).line() + 1);
    }

    @Test
    void anUnquotedChain() {
        // putuo-finance-bureau-2025-dept.layout.txt line 111 without its quotes
        NarrativeFact fact = only("11.住房保障支出（类）住房改革支出（款）购房补贴（项）268.77万元，主要用于购房补贴支出。");
        assertThat(fact.label()).isEqualTo("住房保障支出（类）住房改革支出（款）购房补贴（项）");
        assertThat(fact.amount().value()).isEqualByComparingTo("268.77");
    }

    @Test
    void aChainWithTheCodesInItsMarks() {
        // putuo-justice-bureau-2026-dept.layout.txt lines 98–99 and putuo-justice-bureau-2026-unit.layout.txt 108
        List<NarrativeFact> facts = subjects("""
                  1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为
                1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是：部分人员退休。
                  13、住房保障支出（221类）住房改革支出（02款）购房补贴（03项）207万元。主要用于：发放购房补贴。2025年当年预算执行数为
                241.76万元，2026年预算安排170.03万元，比2025年预算执行数增加21.74%。主要原因是：支出增加。""");
        assertThat(facts).extracting(NarrativeFact::label).containsExactly(
                "公共安全支出（204类）司法（06款）行政运行（01项）", "住房保障支出（221类）住房改革支出（02款）购房补贴（03项）");
        assertThat(facts).extracting(f -> f.amount().text()).containsExactly("1672.67", "207");
        SubjectChain chain = SubjectChain.parse(facts.get(1).label());
        assertThat(chain.levels()).extracting(SubjectChain.Level::code).containsExactly("221", "02", "03");
        assertThat(chain.levels()).extracting(SubjectChain.Level::depth).containsExactly(1, 2, 3);
    }

    @Test
    void anOutdatedClassNameInAChainIsReadAsPrinted() {
        // putuo-justice-bureau-2026-dept.layout.txt line 129
        NarrativeFact fact = only(" 11、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）114.97万元。主要用于：行政单位医疗保险缴"
                + "费经费。");
        assertThat(fact.label()).isEqualTo("医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）");
    }

    @Test
    void aMarkInsideProseIsNoSubject() {
        assertThat(subjects("按照（类）级科目编列，比2025年预算增加5万元。")).isEmpty();
        assertThat(subjects("本部门无政府性基金（类）预算。")).isEmpty();
    }
}
