package budget.parser;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.TableStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static budget.parser.testing.Documents.parse;
import static budget.parser.testing.Documents.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Code tables (2, 3, 5–8) in every physical form, on small snippets. */
class CodeTableFormTests {

    private static final String EXPENSE_TITLE = "2026年部门支出预算总表";
    private static final String GENERAL_TITLE = "2026年部门一般公共预算支出功能分类预算表";

    private static TableRow row(BudgetTable table, String code) {
        return table.rows().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " in " + table.rows()));
    }

    private static void amounts(TableRow row, String... values) {
        List<BigDecimal> actual = List.copyOf(row.amounts().values());
        assertThat(actual).as(row.code()).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            assertThat(actual.get(i)).as(row.code() + " column " + i).isEqualByComparingTo(values[i]);
        }
    }

    @Test
    void tabSeparatedRowsKeepBlankCellsAsZero() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                项目\t\t\t支出预算\t\t
                功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                类\t款\t项\t\t\t\t
                208\t\t\t社会保障和就业支出\t1,000.00\t\t1,000.00
                208\t05\t\t行政事业单位养老支出\t1,000.00\t\t1,000.00
                208\t05\t01\t行政单位离退休\t1,000.00\t0.00\t1,000.00
                合计\t\t\t\t1,000.00\t\t1,000.00"""));
        BudgetTable table = budget.table(3);
        assertThat(table.status()).isEqualTo(TableStatus.PRESENT);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("208", "20805", "2080501");
        assertThat(row(table, "2080501").codeParts()).containsExactly("208", "05", "01");
        amounts(row(table, "208"), "1000", "0", "1000");
        assertThat(row(table, "208").placement()).isEqualTo(RowPlacement.DELIMITED);
        assertThat(table.totals().get("项目支出")).isEqualByComparingTo("1000");
        assertThat(table.totalLine()).isNotNull();
    }

    @Test
    void markdownPipeTablesWithRulesAndBlankRows() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                | 项目 | | | 支出预算 | | | |
                |----------|----|----|------|------|------|------|
                | 功能分类科目编码 | | | 功能分类科目名称 | 合计 | 基本支出 | 项目支出 |
                | 类 | 款 | 项 | | | | |
                | 210 | | | 卫生健康支出 | 300.00 | 100.00 | 200.00 |
                | | | | | | | |

                | | | | | | | |
                |-----|----|----|------|------|------|------|
                | 210 | 11 | | 行政事业单位医疗 | 300.00 | 100.00 | 200.00 |
                | 合计 | | | | 300.00 | 100.00 | 200.00 |"""));
        BudgetTable table = budget.table(3);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("210", "21011");
        amounts(row(table, "21011"), "300", "100", "200");
        assertThat(budget.diagnostics()).isEmpty();
    }

    @Test
    void integersWithoutDecimalsAndTenThousandYuanUnit() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "万元", """
                功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                221\t\t\t住房保障支出\t2,007\t2,007\t
                221\t02\t\t住房改革支出\t2007.5\t2007.5\t"""));
        BudgetTable table = budget.table(3);
        assertThat(table.unit()).isEqualTo("万元");
        amounts(row(table, "221"), "20070000", "20070000", "0");
        amounts(row(table, "22102"), "20075000", "20075000", "0");
    }

    /** A line of fixed-width cells: codes and names left-aligned, amounts right-aligned, as pdftotext -layout. */
    private static String layout(String c1, String c2, String c3, String name, String... amounts) {
        StringBuilder line = new StringBuilder();
        line.append(String.format("%-5s%-4s%-4s%-16s", c1, c2, c3, name));
        for (String amount : amounts) {
            line.append(String.format("%14s", amount));
        }
        return line.toString().stripTrailing();
    }

    @Test
    void spaceAlignedColumnsPlaceNumbersByPositionAndJoinWrappedNames() {
        String body = String.join("\n",
                layout("", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出"),
                layout("208", "", "", "社会保障和就业支出", "2,000.00", "2,000.00", ""),
                layout("208", "05", "", "行政事业单位养老支出", "2,000.00", "", "2,000.00"),
                layout("208", "05", "06", "机关事业单位职业年金缴费", "2,000.00", "", "2,000.00"),
                layout("", "", "", "支出"),
                layout("合计", "", "", "", "2,000.00", "2,000.00", ""));
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", body));
        BudgetTable table = budget.table(3);
        amounts(row(table, "208"), "2000", "2000", "0");
        amounts(row(table, "20805"), "2000", "0", "2000");
        assertThat(row(table, "20805").placement()).isEqualTo(RowPlacement.POSITION);
        assertThat(row(table, "2080506").name()).isEqualTo("机关事业单位职业年金缴费支出");
        assertThat(row(table, "2080506").lines()).hasSize(2);
        assertThat(table.totals().get("基本支出")).isEqualByComparingTo("2000");
    }

    @Test
    void singleSpacesWithBlanksDroppedArePlacedByTheTableIdentities() {
        // 208 prints two numbers: 合计 and one part. Its children say which part: 20805 is all project spending.
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
                208 社会保障和就业支出 500.00 500.00
                208 05 行政事业单位养老支出 500.00 500.00
                208 05 01 行政单位离退休 500.00 500.00
                210 卫生健康支出 900.00 100.00 800.00
                合计 1,400.00 100.00 1,300.00"""));
        BudgetTable table = budget.table(3);
        amounts(row(table, "208"), "500", "0", "500");
        amounts(row(table, "2080501"), "500", "0", "500");
        assertThat(row(table, "208").placement()).isEqualTo(RowPlacement.IDENTITY);
        assertThat(row(table, "210").placement()).isEqualTo(RowPlacement.DELIMITED);
        assertThat(budget.diagnostics()).isEmpty();
    }

    @Test
    void aPlacementNothingDecidesIsAmbiguousAndReported() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
                208 社会保障和就业支出 500.00 500.00"""));
        TableRow row = row(budget.table(3), "208");
        assertThat(row.placement()).isEqualTo(RowPlacement.AMBIGUOUS);
        assertThat(row.amount("合计")).isEqualByComparingTo("500");
        assertThat(budget.diagnostics()).anySatisfy(d -> {
            assertThat(d.table()).isEqualTo(3);
            assertThat(d.line()).isEqualTo(row.lines().get(0));
            assertThat(d.reason()).contains("208").contains("基本支出=500.00").contains("项目支出=500.00");
        });
    }

    @Test
    void anotherTableWithTheSameCodeDecidesThePlacement() {
        ParsedBudget budget = parse(
                table(EXPENSE_TITLE, "元", """
                        功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
                        208 社会保障和就业支出 500.00 500.00"""),
                table(GENERAL_TITLE, "元", """
                        功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                        208\t\t\t社会保障和就业支出\t500.00\t500.00\t"""));
        TableRow row = row(budget.table(3), "208");
        assertThat(row.placement()).isEqualTo(RowPlacement.IDENTITY);
        amounts(row, "500", "500", "0");
    }

    @Test
    void oneCellPerLineRowsAreRebuiltFromTheCodeGrammar() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                功能分类科目编码
                功能分类科目名称
                合计
                基本支出
                项目支出
                208
                社会保障和就业支出
                700.00
                300.00
                400.00
                208
                05
                行政事业单位养老支出
                300.00
                300.00
                208
                01
                人力资源和社会保障管理事务
                400.00
                400.00
                合计
                700.00
                300.00
                400.00"""));
        BudgetTable table = budget.table(3);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("208", "20805", "20801");
        amounts(row(table, "20805"), "300", "300", "0");
        amounts(row(table, "20801"), "400", "0", "400");
        assertThat(table.totals().get("合计")).isEqualByComparingTo("700");
    }

    /** Cells one per line, as plain pdftotext prints them. */
    private static String perLine(String cells) {
        return String.join("\n", cells.trim().split("\\s+"));
    }

    @Test
    void oneCellPerLineWholeAmountsThatLookLikeCodesStayAmountsOfTheirRow() {
        // amounts printed without decimals, as the Shanghai finance bureau prints them: 720 has the digits of a 类
        // code, 15 those of a 款 part; each completes its row's 合计 = Σ parts, and no code of table 8 (3xx) wants it
        ParsedBudget budget = parse(table("2026年部门一般公共预算基本支出部门预算经济分类预算表", "元", perLine("""
                经济分类科目编码 经济分类科目名称 合计 人员经费 公用经费
                303 对个人和家庭的补助 735 735 0
                303 09 奖励金 720 720 0
                303 99 其他对个人和家庭的补助 15 15 0
                合计 735 735 0""")));
        BudgetTable table = budget.table(8);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("303", "30309", "30399");
        amounts(row(table, "30309"), "720", "720", "0");
        amounts(row(table, "30399"), "15", "15", "0");
        assertThat(row(table, "30309").placement()).isNotEqualTo(RowPlacement.AMBIGUOUS);
        assertThat(table.totals().get("合计")).isEqualByComparingTo("735");
        assertThat(budget.diagnostics()).isEmpty();
    }

    @Test
    void oneCellPerLineAmountsWithoutSeparatorsThatReadAsWholeCodesStayAmounts() {
        // 2121011 reads as 212 10 11 and 21011 as the 款 210 11 of this very table; 2100000 has 00 parts. Blank cells
        // vanished, so 21011 and 21013 are placed by their parent.
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", perLine("""
                功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
                210 卫生健康支出 2121011 21011 2100000
                210 11 行政事业单位医疗 21011 21011
                210 13 医疗救助 2100000 2100000
                合计 2121011 21011 2100000""")));
        BudgetTable table = budget.table(3);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("210", "21011", "21013");
        amounts(row(table, "210"), "2121011", "21011", "2100000");
        amounts(row(table, "21011"), "21011", "21011", "0");
        amounts(row(table, "21013"), "2100000", "0", "2100000");
        assertThat(table.rows()).extracting(TableRow::placement).doesNotContain(RowPlacement.AMBIGUOUS);
        assertThat(budget.diagnostics()).isEmpty();
    }

    @Test
    void oneCellPerLineAnAmountBeforeTheNextPageIsNotACodeThatBreaksTheHierarchy() {
        // 2087959 (no separators) completes 2210201's row and is followed by Han text (the repeated header's wrapped
        // 事业单位 at the top of the next page); as a code it would be 208 79 59 after 221 02 01, a class going back
        // under a 款 that is not printed: it is the amount
        ParsedBudget budget = parse(table("2026年部门收入预算总表", "元", perLine("""
                功能分类科目编码 功能分类科目名称 合计 财政拨款收入 事业收入 其他收入
                221 住房保障支出 4521559 4521559
                221 02 住房改革支出 4521559 4521559
                221 02 01 住房公积金 2087959 2087959""") + "\n\f" + perLine("""
                事业单位 功能分类科目编码 功能分类科目名称 合计 财政拨款收入 事业收入 其他收入 经营收入
                221 02 03 购房补贴 2433600 2433600
                合计 4521559 4521559""")));
        BudgetTable table = budget.table(2);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("221", "22102", "2210201", "2210203");
        // blank cells vanished: which source column holds the second 2087959 is left to the other tables
        assertThat(row(table, "2210201").amount("合计")).isEqualByComparingTo("2087959");
        assertThat(row(table, "2210203").amount("合计")).isEqualByComparingTo("2433600");
        assertThat(budget.diagnostics()).noneMatch(d -> d.reason().contains("'2087959'"));
    }

    @Test
    void oneCellPerLineACodeThatWouldAlsoCompleteTheRowBeforeIsDoubted() {
        // 21099 prints 1221 and 1000: short of 合计 = Σ parts by 221, which is also the next row's 类 code followed
        // by its name. The code is kept (no row lost), and both rows are AMBIGUOUS with the two readings named.
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", perLine("""
                功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
                210 卫生健康支出 1221 1000 221
                210 99 其他卫生健康支出 1221 1000
                221 住房保障支出 500.00 500.00
                221 02 住房改革支出 500.00 500.00""")));
        BudgetTable table = budget.table(3);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("210", "21099", "221", "22102");
        assertThat(row(table, "21099").placement()).isEqualTo(RowPlacement.AMBIGUOUS);
        assertThat(row(table, "221").placement()).isEqualTo(RowPlacement.AMBIGUOUS);
        for (String code : List.of("21099", "221")) {
            assertThat(budget.diagnostics()).as(code).anySatisfy(d -> {
                assertThat(d.table()).isEqualTo(3);
                assertThat(d.line()).isEqualTo(row(table, code).lines().get(0));
                assertThat(d.reason()).contains("'221'").contains("1221 = 1000 + 221");
            });
        }
    }

    @Test
    void pageBreaksPageNumbersAndRepeatedHeadersInsideATable() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                类\t款\t项\t\t\t\t
                210\t\t\t卫生健康支出\t300.00\t100.00\t200.00
                210\t11\t\t行政事业单位医疗\t100.00\t100.00\t

                - 3 -
                \f第 4 页
                2026年部门支出预算总表
                编制部门：上海市闵行区医疗保障局（汇总）
                功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                类\t款\t项\t\t\t\t
                210\t13\t\t医疗救助\t200.00\t\t200.00
                合计\t\t\t\t300.00\t100.00\t200.00"""));
        BudgetTable table = budget.table(3);
        assertThat(table.rows()).extracting(TableRow::code).containsExactly("210", "21011", "21013");
        assertThat(budget.diagnostics()).isEmpty();
    }

    @Test
    void aNameWrappedAroundItsNumbersWhereAPageStarts() {
        // the row after the page break prints its name centred in a taller cell: part above its line of numbers, at
        // the top of the new page (after the form feed, or after the repeated header), part below
        String header = layout("", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出");
        String first = String.join("\n", header,
                layout("208", "", "", "社会保障和就业支出", "3,000.00", "3,000.00", ""),
                layout("208", "05", "", "行政事业单位养老支出", "3,000.00", "3,000.00", ""),
                layout("208", "05", "01", "行政单位离退休", "1,000.00", "1,000.00", ""));
        String wrapped = String.join("\n",
                layout("", "", "", "机关事业单位基本养老保险缴"),
                layout("208", "05", "05", "", "2,000.00", "2,000.00", ""),
                layout("", "", "", "费支出"));
        for (String page : List.of("\f" + wrapped, "\f" + header + "\n" + wrapped)) {
            BudgetTable table = parse(table(EXPENSE_TITLE, "元", first + "\n" + page)).table(3);
            assertThat(table.rows()).extracting(TableRow::code)
                    .containsExactly("208", "20805", "2080501", "2080505");
            assertThat(row(table, "2080505").name()).isEqualTo("机关事业单位基本养老保险缴费支出");
            assertThat(row(table, "20805").name()).isEqualTo("行政事业单位养老支出");
            amounts(row(table, "2080505"), "2000", "2000", "0");
        }
        // single spaces, pages apart by a blank line only
        ParsedBudget single = parse(table(EXPENSE_TITLE, "元", """
                功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出
                208 05 行政事业单位养老支出 3,000.00 3,000.00 0.00
                208 05 01 行政单位离退休 1,000.00 1,000.00 0.00

                机关事业单位基本养老保险缴
                208 05 05 2,000.00 2,000.00 0.00
                费支出"""));
        assertThat(row(single.table(3), "2080505").name()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(row(single.table(3), "2080501").name()).isEqualTo("行政单位离退休");
        assertThat(single.diagnostics()).isEmpty();
    }

    @Test
    void codesMergedIntoTheNameCellUnderATwoColumnCodeHeader() {
        ParsedBudget budget = parse(table("2、2026年部门收入预算总表", "元", """
                功能分类科目编码\t\t功能分类科目名称\t合计\t财政拨款收入\t事业收入\t事业单位经营收入\t其他收入
                类\t款\t\t\t\t\t\t
                208\t\t社会保障和就业支出\t221,560.00\t221,560.00\t\t\t
                208\t05\t行政事业单位养老支出\t221,560.00\t221,560.00\t\t\t
                208\t05\t01 行政单位离退休\t221,560.00\t221,560.00\t\t\t

                210\t15\t\t医疗保障管理事务\t5.00\t5.00\t\t\t"""));
        BudgetTable table = budget.table(2);
        TableRow merged = row(table, "2080501");
        assertThat(merged.codeParts()).containsExactly("208", "05", "01");
        assertThat(merged.name()).isEqualTo("行政单位离退休");
        amounts(merged, "221560", "221560", "0", "0", "0");
        amounts(row(table, "21015"), "5", "5", "0", "0", "0");
    }

    @Test
    void fullCodesPrintedWholeAloneOrBeforeTheName() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                科目编码\t科目名称\t合计\t基本支出\t项目支出
                2080505\t机关事业单位基本养老保险缴费支出\t10.00\t10.00\t
                2080506 机关事业单位职业年金缴费支出\t\t20.00\t20.00\t"""));
        BudgetTable table = budget.table(3);
        assertThat(row(table, "2080505").codeParts()).containsExactly("208", "05", "05");
        assertThat(row(table, "2080506").name()).isEqualTo("机关事业单位职业年金缴费支出");
        amounts(row(table, "2080506"), "20", "20", "0");
    }

    @Test
    void aPageWithoutNamesTakesNamesFromTheSameCodeElsewhere() {
        ParsedBudget budget = parse(
                table(EXPENSE_TITLE, "元", """
                        功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                        208\t\t\t社会保障和就业支出\t10.00\t10.00\t0.00
                        208\t05\t\t行政事业单位养老支出\t10.00\t10.00\t0.00"""),
                table(GENERAL_TITLE, "元", """
                        项目\t\t\t一般公共预算支出\t\t
                        功能分类科目编码\t\t\t合计\t基本支出\t项目支出
                        类\t款\t项\t\t\t
                        208\t\t\t10.00\t10.00\t0.00
                        208\t05\t\t10.00\t10.00

                        功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                        合计\t\t\t\t10.00\t10.00\t0.00"""));
        BudgetTable table = budget.table(5);
        TableRow filled = row(table, "20805");
        assertThat(filled.name()).isEqualTo("行政事业单位养老支出");
        assertThat(filled.nameFilled()).isTrue();
        amounts(filled, "10", "10", "0");
        assertThat(row(budget.table(3), "20805").nameFilled()).isFalse();
    }

    @Test
    void economicCodesHaveTwoLevels() {
        ParsedBudget budget = parse(table("2026年部门一般公共预算基本支出部门预算经济分类预算表", "元", """
                部门预算经济分类科目 编码\t\t经济分类科目名称\t合计\t人员经费\t公用经费
                类\t款\t\t\t\t
                301\t\t工资福利支出\t100.00\t100.00\t0.00
                301\t01\t基本工资\t100.00\t100.00\t0.00
                合计\t\t\t100.00\t100.00\t0.00"""));
        BudgetTable table = budget.table(8);
        assertThat(row(table, "30101").codeParts()).containsExactly("301", "01");
        assertThat(table.columns()).containsExactly("合计", "人员经费", "公用经费");
    }

    @Test
    void separatorLinesAndStrayParagraphsDoNotBreakATable() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                210\t\t\t卫生健康支出\t300.00\t100.00\t200.00
                ------\t---------------\t------\t---------------
                2026年，本部门收入预算0.03万元，其中：财政拨款收入0.03万元。
                210\t11\t\t行政事业单位医疗\t300.00\t100.00\t200.00"""));
        assertThat(budget.table(3).rows()).extracting(TableRow::code).containsExactly("210", "21011");
        assertThat(budget.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.table()).isEqualTo(3);
            assertThat(d.reason()).contains("narrative");
        });
        assertThat(budget.facts()).isEmpty();
    }

    @Test
    void unreadableLinesWithNumbersAreReported() {
        ParsedBudget budget = parse(table(EXPENSE_TITLE, "元", """
                功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                210\t\t\t卫生健康支出\t300.00\t100.00\t200.00
                21X\t11\t\t行政事业单位医疗\t300.00\t100.00\t200.00"""));
        assertThat(budget.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.text()).startsWith("21X");
            assertThat(d.table()).isEqualTo(3);
        });
    }

    @Test
    void emptyTablesKeepTheirNoteOrTheirBlankTotalRow() {
        ParsedBudget budget = parse(
                table("6、2026年部门政府性基金预算支出功能分类预算表", "元", "备注：本部门 2026 年无政府性基金预算财政拨款支出，故本表无数据。"),
                table("2026年部门国有资本经营预算支出功能分类预算表", "元", """
                        功能分类科目编码\t\t\t合计\t基本支出\t项目支出
                        类\t款\t项\t\t\t
                        合计\t\t\t\t\t"""));
        assertThat(budget.table(6).status()).isEqualTo(TableStatus.EMPTY);
        assertThat(budget.table(6).note()).contains("本表无数据");
        assertThat(budget.table(7).status()).isEqualTo(TableStatus.EMPTY);
        assertThat(budget.table(7).totals()).containsOnlyKeys("合计", "基本支出", "项目支出");
        assertThat(budget.table(5).status()).isEqualTo(TableStatus.MISSING);
        assertThat(budget.tables()).hasSize(9).extracting(BudgetTable::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
