package budget.parser;

import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.FactKind;
import budget.model.GovernmentLevel;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The title block, the department key and the figures stated in prose. */
class MetadataAndNarrativeTests {

    private static ParsedBudget parse(String text) {
        ParseOutcome outcome = new BudgetParser().parse(text);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).budget();
    }

    @Test
    void districtNameWithoutCityGetsTheCityTheTablesPrint() {
        BudgetMetadata meta = parse("""
                # 闵行区2026年区级部门预算

                预算主管部门：闵行区医疗保障局（汇总）

                2026年部门支出预算总表
                编制部门：上海市闵行区医疗保障局（汇总）
                单位：元
                """).metadata();
        assertThat(meta.departmentPrinted()).isEqualTo("闵行区医疗保障局（汇总）");
        assertThat(meta.departmentKey()).isEqualTo("上海市闵行区医疗保障局");
        assertThat(meta.consolidated()).isTrue();
        assertThat(meta.level()).isEqualTo(GovernmentLevel.DISTRICT);
        assertThat(meta.region()).isEqualTo("上海市闵行区");
        assertThat(meta.year()).isEqualTo(2026);
        assertThat(meta.kind()).isEqualTo(BudgetKind.DEPARTMENT);
    }

    @Test
    void everySpellingOfOneDepartmentHasOneKey() {
        String a = parse("闵行区2026年区级部门预算\n预算主管部门：上海市闵行区医疗保障局（汇总）\n").metadata().departmentKey();
        String b = parse("上海市闵行区 2026 年区级部门预算\n预算主管部门：闵行区 医疗保障局\n").metadata().departmentKey();
        assertThat(a).isEqualTo("上海市闵行区医疗保障局").isEqualTo(b);
    }

    @Test
    void codePrefixIsKeptApartFromTheKey() {
        BudgetMetadata meta = parse("上海市松江区2026年区级部门预算\n\n预算主管部门：157上海市松江区医疗保障局\n").metadata();
        assertThat(meta.departmentKey()).isEqualTo("上海市松江区医疗保障局");
        assertThat(meta.departmentCode()).isEqualTo("157");
        assertThat(meta.consolidated()).isFalse();
    }

    @Test
    void cityLevelAndSpacedYears() {
        BudgetMetadata meta = parse("上海市 2026 年市级部门预算\n\n预算主管部门：上海市医疗保障局\n").metadata();
        assertThat(meta.level()).isEqualTo(GovernmentLevel.CITY);
        assertThat(meta.region()).isEqualTo("上海市");
        assertThat(meta.year()).isEqualTo(2026);
    }

    @Test
    void unitBudgetsAreReadAsUnits() {
        BudgetMetadata meta = parse("""
                上海市医疗保险事业管理中心2025年单位预算

                2025年预算单位支出预算总表
                编制单位：上海市医疗保险事业管理中心
                单位：元
                """).metadata();
        assertThat(meta.kind()).isEqualTo(BudgetKind.UNIT);
        assertThat(meta.departmentKey()).isEqualTo("上海市医疗保险事业管理中心");
    }

    @Test
    void provincesAutonomousRegionsAndBannersHaveTheirLevelAndRegion() {
        BudgetMetadata province = parse("广东省2026年省级部门预算\n预算主管部门：广东省财政厅\n").metadata();
        assertThat(province.level()).isEqualTo(GovernmentLevel.CITY);
        assertThat(province.region()).isEqualTo("广东省");
        assertThat(province.departmentKey()).isEqualTo("广东省财政厅");

        BudgetMetadata banner = parse("内蒙古自治区鄂尔多斯市伊金霍洛旗2024年旗级部门预算\n"
                + "预算主管部门：鄂尔多斯市伊金霍洛旗教育局\n").metadata();
        assertThat(banner.level()).isEqualTo(GovernmentLevel.DISTRICT);
        assertThat(banner.region()).isEqualTo("内蒙古自治区鄂尔多斯市伊金霍洛旗");
        assertThat(banner.departmentPrinted()).isEqualTo("鄂尔多斯市伊金霍洛旗教育局");
        assertThat(banner.departmentKey()).isEqualTo("内蒙古自治区鄂尔多斯市伊金霍洛旗教育局");
        assertThat(banner.year()).isEqualTo(2024);

        // an autonomous region is a province: its name never takes a city in front
        BudgetMetadata region = parse("内蒙古自治区2024年部门预算\n预算主管部门：内蒙古自治区财政厅\n\n"
                + "2024年部门支出预算总表\n编制部门：内蒙古自治区财政厅\n单位：元\n").metadata();
        assertThat(region.level()).isEqualTo(GovernmentLevel.CITY);
        assertThat(region.region()).isEqualTo("内蒙古自治区");
        assertThat(region.departmentKey()).isEqualTo("内蒙古自治区财政厅");
    }

    @Test
    void aNameFromALowerLevelOfTheTitlesPlaceGetsThePlaceInItsKey() {
        String title = "浙江省杭州市西湖区2026年区级部门预算\n预算主管部门：";
        String district = parse(title + "西湖区财政局\n").metadata().departmentKey();
        String city = parse(title + "杭州市西湖区财政局\n").metadata().departmentKey();
        String full = parse(title + "浙江省杭州市西湖区财政局\n").metadata().departmentKey();
        assertThat(district).isEqualTo("浙江省杭州市西湖区财政局").isEqualTo(city).isEqualTo(full);
        // a name that does not start with a level of the place keeps its own
        assertThat(parse(title + "中共杭州市西湖区委宣传部\n").metadata().departmentKey()).isEqualTo("中共杭州市西湖区委宣传部");
    }

    @Test
    void aTitleThatStartsWithTheDepartmentGivesItsPlacesAndLevel() {
        BudgetMetadata county = parse("浙江省安吉县教育局2026年部门预算\n预算主管部门：安吉县教育局\n").metadata();
        assertThat(county.region()).isEqualTo("浙江省安吉县");
        assertThat(county.level()).isEqualTo(GovernmentLevel.DISTRICT);
        assertThat(county.departmentKey()).isEqualTo("浙江省安吉县教育局");

        BudgetMetadata party = parse("中共北京市朝阳区委宣传部2026年部门预算\n预算主管部门：中共北京市朝阳区委宣传部\n")
                .metadata();
        assertThat(party.region()).isEqualTo("北京市朝阳区");
        assertThat(party.level()).isEqualTo(GovernmentLevel.DISTRICT);

        // 市场 and 城市 are no places
        assertThat(parse("广东省市场监督管理局2026年部门预算\n预算主管部门：广东省市场监督管理局\n").metadata().region())
                .isEqualTo("广东省");
        assertThat(parse("上海市城市管理行政执法局2026年部门预算\n预算主管部门：上海市城市管理行政执法局\n").metadata()
                .region()).isEqualTo("上海市");
    }

    @Test
    void aUnitBudgetIsTheUnitsNotItsSupervisors() {
        BudgetMetadata meta = parse("""
                长沙县2025年县级单位预算
                预算主管部门：长沙县卫生健康局
                预算单位：长沙县人民医院

                2025年预算单位支出预算总表
                编制单位：长沙县人民医院
                单位：元
                """).metadata();
        assertThat(meta.kind()).isEqualTo(BudgetKind.UNIT);
        assertThat(meta.departmentPrinted()).isEqualTo("长沙县人民医院");
        assertThat(meta.departmentKey()).isEqualTo("长沙县人民医院");
        assertThat(meta.level()).isEqualTo(GovernmentLevel.DISTRICT);
        assertThat(meta.region()).isEqualTo("长沙县");
    }

    @Test
    void budgetUnitsFromOrganisation() {
        BudgetMetadata meta = parse("""
                闵行区2026年区级部门预算
                预算主管部门：上海市闵行区医疗保障局（汇总）

                上海市闵行区医疗保障局部门预算是包括闵行区医疗保障局本级以及下属1家预算单位的综合收支计划。
                本部门中，行政单位1家，事业单位1家，具体包括：

                1. 上海市闵行区医疗保障局本级
                2. 上海市闵行区医疗保险事务中心

                名词解释
                """).metadata();
        assertThat(meta.budgetUnits()).containsExactly("上海市闵行区医疗保障局本级", "上海市闵行区医疗保险事务中心");
    }

    @Test
    void statedTotalsWithChangesAndSubjectItems() {
        ParsedBudget budget = parse("""
                闵行区2026年区级部门预算
                预算主管部门：上海市闵行区医疗保障局（汇总）

                2026年部门预算编制说明

                2026年，本部门收入预算 16,066.66 万元，其中：财政拨款收入 16,066.66 万元，比 2025 年预算增加 9.61 万元；其他收入3万元。
                支出预算5265.59万元，其中：财政拨款支出预算5262.59万元，比2025年预算减少1364.7万元。政府性基金拨款支出预算0万元，与2025年预算持平；国有资本经营预算拨款支出预算为 0。

                1. “城乡医疗救助”科目3496.59万元，主要用于救助。
                2. 卫生健康支出（类）15,539.54 万元，主要用于医疗保障。
                3. “其他医疗救助”1803万元，主要用于补助。

                2026年部门支出预算总表
                编制部门：上海市闵行区医疗保障局（汇总）
                """);
        NarrativeFact fiscal = budget.fact(FactKind.FISCAL_INCOME).orElseThrow();
        assertThat(fiscal.amount().text()).isEqualTo("16,066.66");
        assertThat(fiscal.amount().value()).isEqualByComparingTo("16066.66");
        assertThat(fiscal.change().value()).isEqualByComparingTo("9.61");
        assertThat(fiscal.comparedYear()).isEqualTo(2025);
        assertThat(budget.fact(FactKind.FISCAL_EXPENSE).orElseThrow().change().value()).isEqualByComparingTo("-1364.7");
        assertThat(budget.fact(FactKind.GOVERNMENT_FUND_EXPENSE).orElseThrow().change().value()).isZero();
        assertThat(budget.fact(FactKind.STATE_CAPITAL_EXPENSE).orElseThrow().amount().value()).isZero();
        assertThat(budget.fact(FactKind.INCOME_TOTAL).orElseThrow().amount().scale()).isEqualTo(2);
        assertThat(budget.facts(FactKind.SUBJECT_ITEM)).extracting(NarrativeFact::label)
                .containsExactly("城乡医疗救助", "卫生健康支出（类）", "其他医疗救助");
        assertThat(budget.facts(FactKind.SUBJECT_ITEM).get(2).amount().scale()).isZero();
    }

    @Test
    void otherSectionsProjectsAndPerformanceForms() {
        ParsedBudget budget = parse("""
                上海市2026年市级部门预算
                预算主管部门：上海市医疗保障局

                2026年“三公”经费预算数为193.70万元，比2025年预算减少15.00万元。其中：
                （一）因公出国（境）费150.00万元，与2025年预算持平。
                （二）公务用车购置及运行费22.10万元。其中：公务用车购置费0.00万元；公务用车运行费22.10万元。
                （三）公务接待费21.60万元。
                机关运行经费预算168.98万元，比上年预算增加5.77万元。
                2026年本部门政府采购预算总额为24.40万元，其中：政府采购货物预算3.00万元、政府采购工程预算0万元、政府采购服务预算21.40万元。
                编报绩效目标的项目36个，涉及项目预算资金16,843.05万元。
                截至2025年8月31日，上海市医疗保障局共有车辆6辆。

                热线服务保障经费项目经费情况说明
                一、项目概述
                服务12393热线，每人3240元。
                六、年度预算安排
                项目资金总额2408.84万元，含坐席租赁费。
                七、绩效目标

                医疗救助资金项目经费情况说明
                六、年度预算安排
                年度财政资金预算安排金额 33,760,000.00 元。

                财政项目支出绩效目标填报表
                项目名称\t医疗救助资金\t\t项目类别\t特定目标类
                项目资金 (元)\t项目资金总额\t33,760,000.00\t年度资金申请总额\t33,760,000.00
                """);
        assertThat(budget.fact(FactKind.THREE_PUBLIC_TOTAL).orElseThrow().change().value())
                .isEqualByComparingTo("-15.00");
        assertThat(budget.fact(FactKind.THREE_PUBLIC_VEHICLE_PURCHASE).orElseThrow().amount().text()).isEqualTo("0.00");
        NarrativeFact operating = budget.fact(FactKind.OPERATING_EXPENSES).orElseThrow();
        assertThat(operating.comparedYear()).isEqualTo(2025);
        assertThat(budget.fact(FactKind.PROCUREMENT_SERVICES).orElseThrow().amount().value())
                .isEqualByComparingTo("21.40");
        assertThat(budget.fact(FactKind.PERFORMANCE_PROJECT_COUNT).orElseThrow().amount().unit()).isEqualTo("个");
        assertThat(budget.fact(FactKind.VEHICLE_COUNT).orElseThrow().amount().value()).isEqualByComparingTo("6");
        assertThat(budget.facts(FactKind.PROJECT_ANNUAL_BUDGET)).extracting(NarrativeFact::label, f -> f.amount().text(),
                f -> f.amount().unit()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("热线服务保障经费", "2408.84", "万元"),
                org.assertj.core.groups.Tuple.tuple("医疗救助资金", "33,760,000.00", "元"));
        NarrativeFact form = budget.fact(FactKind.PERFORMANCE_FORM_AMOUNT).orElseThrow();
        assertThat(form.label()).isEqualTo("医疗救助资金");
        assertThat(form.amount().yuan()).isEqualByComparingTo("33760000");
    }

    @Test
    void notABudgetWhenThereIsNoTitleAndNoTable() {
        ParseOutcome outcome = new BudgetParser().parse("会议纪要\n\n今天讨论了预算编制的进度。\n");
        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.NotABudget.class,
                n -> assertThat(n.reason()).contains("no title block").contains("no budget tables"));
        assertThat(new BudgetParser().parse("")).isInstanceOf(ParseOutcome.NotABudget.class);
    }

    @Test
    void tablesWithoutATitleBlockAreStillABudget() {
        ParseOutcome outcome = new BudgetParser().parse("""
                2026年部门支出预算总表
                编制部门：上海市医疗保障局
                单位：元
                功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
                208\t\t\t社会保障和就业支出\t10.00\t10.00\t
                """);
        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Parsed.class, p -> {
            assertThat(p.budget().metadata().year()).isEqualTo(2026);
            assertThat(p.budget().metadata().departmentKey()).isEqualTo("上海市医疗保障局");
            assertThat(p.budget().metadata().titleLine()).isZero();
        });
    }
}
