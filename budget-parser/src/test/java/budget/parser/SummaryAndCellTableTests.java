package budget.parser;

import budget.model.BudgetKind;
import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import org.junit.jupiter.api.Test;

import static budget.parser.testing.Documents.parse;
import static budget.parser.testing.Documents.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Summary tables (1, 4) and table 9 in several forms. */
class SummaryAndCellTableTests {

    private static final String SUMMARY_TITLE = "2026年部门财务收支预算总表";
    private static final String FISCAL_TITLE = "2026年部门财政拨款收支预算总表";
    private static final String THREE_PUBLIC_TITLE = "2026年部门“三公”经费和机关运行经费预算表";

    private static SummaryItem item(BudgetTable table, SummaryItem.Side side, String name) {
        return table.items().stream().filter(i -> i.side() == side && i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + side + " " + name + " in " + table.items()));
    }

    @Test
    void summaryTableSidesRolesAndBlankCells() {
        ParsedBudget budget = parse(table(SUMMARY_TITLE, "元", """
                本年收入\t\t本年支出\t
                项目\t预算数\t项目\t预算数
                一、财政拨款收入\t300,170,000\t一、社会保障和就业支出\t15,517,039
                1. 一般公共预算\t300,170,000\t二、卫生健康支出\t284,652,961
                2. 政府性基金预算\t\t\t
                二、事业收入\t\t\t
                收入总计\t300,170,000\t支出总计\t300,170,000"""));
        BudgetTable table = budget.table(1);
        assertThat(table.columns()).containsExactly("预算数");
        SummaryItem fiscal = item(table, SummaryItem.Side.INCOME, "财政拨款收入");
        assertThat(fiscal.role()).isEqualTo(SummaryItem.Role.ITEM);
        assertThat(fiscal.label()).isEqualTo("一、财政拨款收入");
        assertThat(fiscal.amount("预算数")).isEqualByComparingTo("300170000");
        assertThat(item(table, SummaryItem.Side.INCOME, "一般公共预算").role()).isEqualTo(SummaryItem.Role.SUB_ITEM);
        assertThat(item(table, SummaryItem.Side.INCOME, "政府性基金预算").amount("预算数")).isZero();
        assertThat(item(table, SummaryItem.Side.EXPENSE, "支出总计").role()).isEqualTo(SummaryItem.Role.TOTAL);
        assertThat(item(table, SummaryItem.Side.EXPENSE, "卫生健康支出").amount("预算数"))
                .isEqualByComparingTo("284652961");
    }

    @Test
    void fiscalSummaryInSingleSpacesIsPlacedByTheFundTables() {
        ParsedBudget budget = parse(
                table(FISCAL_TITLE, "元", """
                        财政拨款收入 财政拨款支出
                        项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算
                        一、一般公共预算资金 100.00 一、社会保障和就业支出 100.00 100.00
                        二、政府性基金 二、卫生健康支出
                        收入总计 100.00 支出总计 100.00 100.00"""),
                table("2026年部门一般公共预算支出功能分类预算表", "元", """
                        功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                        208\t\t\t社会保障和就业支出\t100.00\t100.00\t
                        合计\t\t\t\t100.00\t100.00\t"""),
                table("2026年部门政府性基金预算支出功能分类预算表", "元", "注：本表无数据。"),
                table("2026年部门国有资本经营预算支出功能分类预算表", "元", "注：本表无数据。"));
        BudgetTable table = budget.table(4);
        SummaryItem social = item(table, SummaryItem.Side.EXPENSE, "社会保障和就业支出");
        assertThat(social.amount("一般公共预算")).isEqualByComparingTo("100");
        assertThat(social.amount("政府性基金预算")).isZero();
        assertThat(item(table, SummaryItem.Side.EXPENSE, "卫生健康支出").amount("合计")).isZero();
        assertThat(item(table, SummaryItem.Side.INCOME, "政府性基金").amount("预算数")).isZero();
        assertThat(budget.diagnostics()).isEmpty();
    }

    /** Table 1 with 2、国有资本经营预算资金 and 四、文化旅游体育与传媒支出 centred in taller cells, part above, part below. */
    private static void wrappedAroundReadsAsPrinted(ParsedBudget budget) {
        BudgetTable table = budget.table(1);
        assertThat(table.items()).extracting(SummaryItem::name).containsExactlyInAnyOrder("财政拨款收入", "一般公共预算",
                "国有资本经营预算资金", "事业收入", "收入总计", "社会保障和就业支出", "卫生健康支出", "住房保障支出",
                "文化旅游体育与传媒支出", "支出总计");
        SummaryItem capital = item(table, SummaryItem.Side.INCOME, "国有资本经营预算资金");
        assertThat(capital.role()).isEqualTo(SummaryItem.Role.SUB_ITEM);
        assertThat(capital.amount("预算数")).isEqualByComparingTo("170000");
        assertThat(item(table, SummaryItem.Side.EXPENSE, "住房保障支出").amount("预算数")).isZero();
        assertThat(item(table, SummaryItem.Side.INCOME, "事业收入").amount("预算数")).isZero();
        assertThat(item(table, SummaryItem.Side.EXPENSE, "文化旅游体育与传媒支出").amount("预算数"))
                .isEqualByComparingTo("170000");
        assertThat(budget.diagnostics()).isEmpty();
    }

    @Test
    void summaryLabelsWrappedAroundTheirLineOfAmountsInLayoutText() {
        wrappedAroundReadsAsPrinted(parse(table(SUMMARY_TITLE, "元", """
                项目                         预算数    项目                           预算数
                一、财政拨款收入           300,170,000    一、社会保障和就业支出           15,517,039
                1、一般公共预算           300,000,000    二、卫生健康支出             284,482,961
                2、国有资本经营预算
                                       170,000    三、住房保障支出                       0
                资金
                                                  四、文化旅游体育与传媒支
                二、事业收入                       0                             170,000
                                                  出
                收入总计               300,170,000    支出总计                 300,170,000""")));
    }

    @Test
    void summaryLabelsWrappedAroundTheirLineOfAmountsInSingleSpaces() {
        wrappedAroundReadsAsPrinted(parse(table(SUMMARY_TITLE, "元", """
                项目 预算数 项目 预算数
                一、财政拨款收入 300,170,000 一、社会保障和就业支出 15,517,039
                1、一般公共预算 300,000,000 二、卫生健康支出 284,482,961
                2、国有资本经营预算
                170,000 三、住房保障支出 0
                资金
                四、文化旅游体育与传媒支
                二、事业收入 0 170,000
                出
                收入总计 300,170,000 支出总计 300,170,000""")));
    }

    @Test
    void aWrappedAroundLabelSharesItsLineOfAmountsAsTheIdentitiesAllow() {
        // blank cells vanished: 40.00 40.00 after 二、政府性基金 could be its amount and one of 社会保障和就业支出, but a
        // lone 合计 breaks 合计 = Σ funds, so both are the expense label's (wrapped around the line) and the fund tables
        // place them
        ParsedBudget budget = parse(
                table(FISCAL_TITLE, "元", """
                        项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算
                        一、一般公共预算资金 100.00 一、一般公共服务支出 60.00 60.00
                        二、社会保障和就业支
                        二、政府性基金 40.00 40.00
                        出
                        收入总计 100.00 支出总计 100.00 100.00"""),
                table("2026年部门一般公共预算支出功能分类预算表", "元", """
                        功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                        201\t\t\t一般公共服务支出\t60.00\t60.00\t
                        208\t\t\t社会保障和就业支出\t40.00\t40.00\t
                        合计\t\t\t\t100.00\t100.00\t"""),
                table("2026年部门政府性基金预算支出功能分类预算表", "元", "注：本表无数据。"),
                table("2026年部门国有资本经营预算支出功能分类预算表", "元", "注：本表无数据。"));
        BudgetTable table = budget.table(4);
        assertThat(item(table, SummaryItem.Side.INCOME, "政府性基金").amount("预算数")).isZero();
        SummaryItem social = item(table, SummaryItem.Side.EXPENSE, "社会保障和就业支出");
        assertThat(social.amount("合计")).isEqualByComparingTo("40");
        assertThat(social.amount("一般公共预算")).isEqualByComparingTo("40");
        assertThat(budget.diagnostics()).isEmpty();
    }

    @Test
    void aWrappedAroundLabelAndTheLabelBelowItThatCouldEachTakeTheAmountAreBothDoubted() {
        // blank cells vanished: 40 after 二、事业收入 is its amount, or that of 六、文化旅游体育与传媒支出 wrapped around
        // the line; nothing tells which
        ParsedBudget budget = parse(table(SUMMARY_TITLE, "元", """
                项目 预算数 项目 预算数
                一、财政拨款收入 100 一、社会保障和就业支出 60
                六、文化旅游体育与传媒支
                二、事业收入 40
                出
                收入总计 140 支出总计 100"""));
        BudgetTable table = budget.table(1);
        SummaryItem business = item(table, SummaryItem.Side.INCOME, "事业收入");
        SummaryItem culture = item(table, SummaryItem.Side.EXPENSE, "文化旅游体育与传媒支出");
        assertThat(business.amount("预算数")).isEqualByComparingTo("40");
        for (SummaryItem doubted : java.util.List.of(business, culture)) {
            assertThat(budget.diagnostics()).as(doubted.name()).anySatisfy(d -> {
                assertThat(d.line()).isEqualTo(doubted.line());
                assertThat(d.reason()).contains("may be shared otherwise").contains("二、事业收入")
                        .contains("六、文化旅游体育与传媒支");
            });
        }
    }

    @Test
    void summaryInPipesAndOneCellPerLine() {
        ParsedBudget pipes = parse(table(SUMMARY_TITLE, "元", """
                | 本年收入 | | 本年支出 | |
                |------------|----------------|-------------|----------------|
                | 项目 | 预算数 | 项目 | 预算数 |
                | 一、财政拨款收入 | 154,227,143.00 | 一、社会保障和就业支出 | 154,227,143.00 |
                | | | | |
                | 收入总计 | 154,227,143.00 | 支出总计 | 154,227,143.00 |"""));
        assertThat(pipes.table(1).items()).hasSize(4);
        ParsedBudget stream = parse(table(SUMMARY_TITLE, "元", """
                项目
                预算数
                项目
                预算数
                一、财政拨款收入
                154,227,143.00
                一、社会保障和就业支出
                154,227,143.00
                收入总计
                154,227,143.00
                支出总计
                154,227,143.00"""));
        assertThat(stream.table(1).items()).extracting(SummaryItem::name)
                .containsExactly("财政拨款收入", "社会保障和就业支出", "收入总计", "支出总计");
        assertThat(stream.table(1).items()).extracting(SummaryItem::side).containsExactly(SummaryItem.Side.INCOME,
                SummaryItem.Side.EXPENSE, SummaryItem.Side.INCOME, SummaryItem.Side.EXPENSE);
    }

    @Test
    void threePublicCellsByHeadingWithBlankCellsAndAWrongHeaderYear() {
        ParsedBudget budget = parse(table("部门“三公”经费和机关运行经费预算表", "万元", """
                2026年“三公”经费预算数\t\t\t\t\t\t2025年机关运行经费预算数
                合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t
                \t\t\t小计\t购置费\t运行费\t
                0.50\t\t0.50\t\t\t\t1,741.76"""));
        BudgetTable table = budget.table(9);
        assertThat(table.headerYear()).isEqualTo(2025);
        assertThat(table.cells()).extracting(NamedCell::name).containsExactly("total", "abroad", "reception",
                "vehicleTotal", "vehiclePurchase", "vehicleRunning", "operatingExpenses");
        NamedCell operating = table.cells().get(6);
        assertThat(operating.printed()).isEqualTo("1,741.76");
        assertThat(operating.tenThousandYuan()).isEqualByComparingTo("1741.76");
        assertThat(operating.yuan()).isEqualByComparingTo("17417600");
        assertThat(table.cells().get(1).printed()).isEmpty();
        assertThat(table.cells().get(1).yuan()).isZero();
    }

    @Test
    void threePublicWithVanishedBlanksIsPlacedByTheNarrative() {
        String document = table(THREE_PUBLIC_TITLE, "万元", """
                “三公”经费预算数 机关运行经费预算数
                合计 因公出国(境)费 公务接待费 公务用车购置及运行费
                小计 购置费 运行费
                0.50 0.50 52.15""") + """

                其他相关情况说明

                2026年“三公”经费预算数为0.5万元。其中：因公出国（境）费0万元；公务接待费0.5万元。

                机关运行经费预算为52.15万元。
                """;
        BudgetTable table = parse(document).table(9);
        assertThat(table.cells().get(2).name()).isEqualTo("reception");
        assertThat(table.cells().get(2).tenThousandYuan()).isEqualByComparingTo("0.50");
        assertThat(table.cells().get(1).tenThousandYuan()).isZero();
        assertThat(table.cells().get(6).tenThousandYuan()).isEqualByComparingTo("52.15");
    }

    @Test
    void threePublicWithVanishedBlanksAndNoNarrativeIsReported() {
        ParsedBudget budget = parse(table(THREE_PUBLIC_TITLE, "万元", """
                合计 因公出国(境)费 公务接待费 公务用车购置及运行费 小计 购置费 运行费 机关运行经费预算数
                0.50 0.50 52.15"""));
        assertThat(budget.diagnostics()).anySatisfy(d -> assertThat(d.table()).isEqualTo(9));
        assertThat(budget.table(9).cells().get(0).tenThousandYuan()).isEqualByComparingTo("0.50");
    }

    @Test
    void unitBudgetSummaryKeepsItsPrintedExpenseColumns() {
        ParsedBudget budget = parse(table("2025年预算单位财务收支预算总表", "元", """
                本年收入\t\t本年支出\t\t\t\t\t
                项目\t预算数\t项目\t合计\t基本支出\t\t\t项目支出
                \t\t\t\t小计\t人员经费\t公用经费\t
                一、财政拨款收入\t100.00\t一、卫生健康支出\t100.00\t60.00\t50.00\t10.00\t40.00
                收入总计\t100.00\t支出总计\t100.00\t60.00\t50.00\t10.00\t40.00"""));
        BudgetTable table = budget.table(1);
        assertThat(table.columns()).containsExactly("预算数", "合计", "基本支出", "人员经费", "公用经费", "项目支出");
        SummaryItem health = item(table, SummaryItem.Side.EXPENSE, "卫生健康支出");
        assertThat(health.amounts()).containsOnlyKeys("合计", "基本支出", "人员经费", "公用经费", "项目支出");
        assertThat(health.amount("公用经费")).isEqualByComparingTo("10");
        assertThat(budget.metadata().kind()).isEqualTo(BudgetKind.UNIT);
    }
}
