package budget.parser;

import budget.model.BudgetKind;
import budget.model.GovernmentLevel;
import budget.model.SummaryItem;
import budget.model.TableStatus;
import budget.parser.testing.Content;
import budget.parser.testing.GoldenBudget;
import budget.parser.testing.Variation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a document prints, varied ({@link Content}): the varied golden is the golden with exactly the changes named,
 * a description reads back into the same variation, and the documents the readers once misread for their content
 * (PF-18: provinces and banners; PF-19: a name spelled from a lower level of the title's place; PF-20: a unit under
 * its 预算主管部门) read back into their goldens.
 */
class ContentVariantTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            // PF-18: a province's title: its region and level
            "baoshan-medical-security-2026; form=TAB, place=广东省, department={}财政局",
            // PF-18: a banner (旗级) of an autonomous region, the name spelled from the city
            "baoshan-medical-security-2026; form=LAYOUT, place=内蒙古自治区鄂尔多斯市伊金霍洛旗, department={}市场监督管理局, "
                    + "spelling=SHORT",
            // PF-19: the county's name without its province, the key with it
            "baoshan-medical-security-2026; form=TAB, place=浙江省安吉县, department={}政务服务中心, spelling=SHORT",
            "minhang-medical-security-2023; form=ONE_PER_LINE, place=四川省成都市, department={}机关事务管理局, spelling=SHORT",
            // PF-20: a unit budget's cover printing the supervisor above the unit
            "putuo-justice-bureau-2026-unit; form=TAB, place=重庆市渝中区, department={}档案馆, supervisor={}政务服务中心",
            // PF-22: a title that starts with the department's full name, the department line without the province
            "shanghai-finance-bureau-2025-unit; form=TAB, place=浙江省杭州市西湖区, department={}档案馆, spelling=SHORT, "
                    + "namedTitle=true",
            "putuo-justice-bureau-2026-dept; form=PIPE, place=北京市朝阳区, department=中共{}委宣传部, namedTitle=true",
            // 事业收入 in tables 1 and 2
            "putuo-justice-bureau-2026-dept; form=ONE_PER_LINE, zero=BLANK, fund=2:1",
            // amounts that look like codes and page numbers, one cell per line, no separators, no decimals when whole
            "songjiang-medical-security-2026; form=ONE_PER_LINE, zero=BLANK, thousands=false, decimals=WHEN_NONZERO, "
                    + "pageNumber=PLAIN, scale=2000",
            // a fund table with rows, other classes, another year, all at once
            "putuo-justice-bureau-2026-dept; form=SINGLE, zero=BLANK, scale=37, year=2019, fund=6:2, classes=205/213"})
    void readsBackIntoItsVariedGolden(String golden, String variation) {
        assertThat(GeneratedDocumentPropertyTests.readBack(GoldenBudget.load(golden), Variation.parse(variation)))
                .isEmpty();
    }

    @Test
    void aVariedGoldenIsTheGoldenWithTheNamedChangesOnly() {
        GoldenBudget golden = GoldenBudget.load("putuo-justice-bureau-2026-dept");
        GoldenBudget varied = Variation.parse("form=TAB, scale=7, year=2021, place=浙江省杭州市西湖区, "
                + "department={}教育局, spelling=SHORT, fund=6:1").content().apply(golden);

        assertThat(varied.department()).isEqualTo("杭州市西湖区教育局");
        assertThat(varied.departmentKey()).isEqualTo("浙江省杭州市西湖区教育局");
        assertThat(varied.region()).isEqualTo("浙江省杭州市西湖区");
        assertThat(varied.level()).isEqualTo(GovernmentLevel.DISTRICT);
        assertThat(varied.levelWord()).isEqualTo("区级");
        assertThat(varied.year()).isEqualTo(2021);
        assertThat(varied.kind()).isEqualTo(BudgetKind.DEPARTMENT);
        // 收入总计 96,282,213.44 × 7
        assertThat(total(varied, 1)).isEqualByComparingTo("673975494.08");
        assertThat(total(golden, 1)).isEqualByComparingTo("96282213.44");
        // table 6 has the rows now, and its note is gone; the golden's is empty
        assertThat(golden.table(6).status()).isEqualTo(TableStatus.EMPTY);
        assertThat(varied.table(6).status()).isEqualTo(TableStatus.PRESENT);
        assertThat(varied.table(6).note()).isNull();
        assertThat(varied.table(6).rows()).extracting(GoldenBudget.Row::code).hasSize(3);
        BigDecimal moved = varied.table(6).totals().get("合计");
        assertThat(moved.signum()).isPositive();
        assertThat(varied.table(5).totals().get("合计").add(moved)).isEqualByComparingTo("673975494.08");
        // table 7's note names the varied year
        assertThat(varied.table(7).note()).contains("2021").doesNotContain("2026");
    }

    @Test
    void aDescriptionReadsBackIntoTheSameVariation() {
        for (String name : GoldenBudget.NAMES) {
            GoldenBudget golden = GoldenBudget.load(name);
            Random random = new Random(name.hashCode());
            for (int i = 0; i < 200; i++) {
                Variation v = Variation.random(random, Variation.Form.values()[i % 5], golden);
                assertThat(Variation.parse(v.differencesFromPlain())).as(v.differencesFromPlain()).isEqualTo(v);
            }
        }
    }

    private static BigDecimal total(GoldenBudget golden, int table) {
        return golden.table(table).items().stream().filter(i -> i.role() == SummaryItem.Role.TOTAL
                && i.side() == SummaryItem.Side.INCOME).findFirst().orElseThrow().amounts().get("预算数");
    }
}
