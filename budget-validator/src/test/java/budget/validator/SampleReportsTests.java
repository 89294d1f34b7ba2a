package budget.validator;

import budget.model.ParsedBudget;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import budget.validator.testing.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full report on each of the five real documents. Every finding below was checked by hand against the
 * text; the reasoning, line by line, is in src/test/resources/sample-findings.md. Each line reads
 * {@code severity rule | location | expected | actual}.
 */
class SampleReportsTests {

    private final BudgetValidator validator = new BudgetValidator();

    @Test
    void baoshan2026() {
        assertReport("baoshan-medical-security-2026", ValidationStatus.VALID_WITH_WARNINGS,
                // 涉及项目预算资金14,332.01万元 vs table 3 项目支出 143,432,349.40 元
                "WARNING NARRATIVE.PERFORMANCE_FUNDS | narrative 涉及项目预算资金 L351,194 | 14343.23494 | 14332.01");
    }

    @Test
    void minhang2023() {
        assertReport("minhang-medical-security-2023", ValidationStatus.VALID_WITH_WARNINGS,
                // 主要职能: 医疗救助等区级配套医疗救助等区级配套资金
                "WARNING PROSE.DOUBLED_WORD | narrative 疗互助帮困、医疗救助等区级配套医疗救助等区级配套资金的预算、 L38 | - | -",
                // 主要用于财政部门集中安排的安排的公务员医疗补助经费
                "WARNING PROSE.DOUBLED_WORD | narrative 财政部门集中安排的安排的公务员医疗补 L83 | - | -",
                // 125,937,272.00 元 rounds to 12593.73; printed truncated
                "INFO PRECISION.WITHIN_ONE_UNIT | narrative 2101399 其他医疗救助支出 L85,244 | 12593.7272 | 12593.72",
                // 3,100,956.00 元 rounds to 310.10; printed truncated
                "INFO PRECISION.WITHIN_ONE_UNIT | narrative 2101501 行政运行 L86,246 | 310.0956 | 310.09",
                // 确保确保帮困对象医疗和照护费用
                "WARNING PROSE.DOUBLED_WORD | narrative 用网上报销，确保确保帮困对象医疗 L417 | - | -",
                // 年度预算412万元 for a line of 4,128,610.00 元: truncated to whole 万元
                "INFO PRECISION.WITHIN_ONE_UNIT | narrative 2101301 医疗救助经费 L445,187 | 412.861 | 412",
                // the performance form asks 4,120,000.00 元, 8,610 元 less than the line it funds
                "WARNING NARRATIVE.PROJECT_BUDGET | narrative 2101301 医疗救助 L502,187 | 4128610.00 | 4120000.00");
    }

    @Test
    void minhang2026() {
        assertReport("minhang-medical-security-2026", ValidationStatus.VALID_WITH_WARNINGS,
                // 主要职能 and line 83 as in 2023
                "WARNING PROSE.DOUBLED_WORD | narrative 疗互助帮困、医疗救助等区级配套医疗救助等区级配套资金的预算、 L37 | - | -",
                "WARNING PROSE.DOUBLED_WORD | narrative 财政部门集中安排的安排的公务员医疗补 L83 | - | -",
                // 239,986,267.50 元 rounds to 23998.63; printed truncated
                "INFO PRECISION.WITHIN_ONE_UNIT | narrative 2101399 其他医疗救助支出 L85,221 | 23998.62675 | 23998.62",
                // a department budget: 2026年部门预算安排购置车辆0辆，…；单位预算安排购置单价100万元（含）以上设备
                "WARNING PROSE.KIND_WORDING | narrative 他用车0辆；单位预算安排购置单价 L343 | - | -",
                // 确保确保帮困对象医疗和照护费用
                "WARNING PROSE.DOUBLED_WORD | narrative 用网上报销，确保确保帮困对象医疗 L371 | - | -",
                // 年度预算3495.66万元 while 2101301 城乡医疗救助 carries 34,965,856.50 元 (narrative line 84: 3496.59)
                "WARNING NARRATIVE.PROJECT_BUDGET | narrative 2101301 医疗救助经费 L399,168 | 3496.58565 | 3495.66",
                // 救助对象救助对象在享受市级医疗救助政策救助后
                "WARNING PROSE.DOUBLED_WORD | narrative 22〕1号：救助对象救助对象在享受市级医 L407 | - | -");
    }

    @Test
    void shanghai2026() {
        assertReport("shanghai-medical-security-2026", ValidationStatus.VALID_WITH_WARNINGS,
                // 涉及项目预算资金16,843.05万元 vs table 3 项目支出 169,110,000 元
                "WARNING NARRATIVE.PERFORMANCE_FUNDS | narrative 涉及项目预算资金 L354,183 | 16911.00 | 16843.05",
                // 立项依据 opens its quoted list with ” (the ” of line 382 closes it)
                "WARNING PROSE.STRAY_QUOTE | narrative ”国家发改委、 L370 | - | -",
                // “上海医保经办服务人工智能应用子系统”、上海医保结算能力提升子系统”: the opening quote is missing
                "WARNING PROSE.STRAY_QUOTE | narrative 力提升子系统”和“上海市医 L465 | - | -");
    }

    @Test
    void songjiang2026() {
        assertReport("songjiang-medical-security-2026", ValidationStatus.VALID_WITH_WARNINGS,
                // 其他收入3万元，其他收入3万元，比2025年度预算收入减少0万元
                "WARNING PROSE.DOUBLED_WORD | narrative 收入0万元；其他收入3万元，其他收入3万元，比2025年 L71 | - | -",
                // “其他医疗救助”1803万元 as fiscal spending; table 5 has 18,000,000.00, table 3 adds 30,000 of 其他收入
                "WARNING NARRATIVE.SUBJECT_ITEM | narrative 2101399 其他医疗救助 L86,251 | 1800.00 | 1803",
                // the income paragraph of line 71 repeated inside table 1's region: the parser's diagnostic
                "WARNING PARSE.UNREAD_LINE | T1 2026年，上海市松江区医疗保障局收入预算5265.59万元，其中：财政拨款收入5262.59万元，"
                        + "比2025年预算减少1364.77万元；事业收入0万元；事业… L128 | - | -",
                // table 9 of the 2026 budget headed 2025年机关运行经费预算数
                "WARNING META.TABLE_YEAR | T9 2025年机关运行经费预算数 L349 | 2026 | 2025",
                // 机构设置 describes the city bureau's own office
                "WARNING META.OWN_UNIT_DEPARTMENT | narrative 上海市医疗保障局本部 | - | -");
    }

    @Test
    void noSampleHasAnArithmeticErrorInItsTables() {
        for (String sample : Samples.NAMES) {
            assertThat(validator.validate(parsed(sample)).errors()).as(sample).isZero();
        }
    }

    private void assertReport(String sample, ValidationStatus status, String... findings) {
        ValidationReport report = validator.validate(parsed(sample));

        assertThat(report.findings()).extracting(SampleReportsTests::line).containsExactly(findings);
        assertThat(report.status()).isEqualTo(status);
        assertThat(validator.validate(parsed(sample))).as("validating twice gives the same report").isEqualTo(report);
    }

    private static ParsedBudget parsed(String sample) {
        return Samples.parsed(sample).orElseThrow(() -> new AssertionError("the parser cannot read " + sample));
    }

    private static String line(ValidationFinding f) {
        return f.severity() + " " + f.ruleId() + " | " + f.location().describe() + " | " + plain(f.expected()) + " | "
                + plain(f.actual());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
