package budget.parser.narrative;

import budget.model.FactKind;

import java.util.List;
import java.util.regex.Pattern;

/** The figures the narrative states, by kind: totals of the explanation and those of the other sections. */
final class StatedFigures {

    private static final String WAN = "万元";
    private static final String YUAN_UNITS = "万元|元";

    /** Stated in 部门预算编制说明: the totals and their changes against last year. */
    static final List<FigurePattern> TOTALS = List.of(
            new FigurePattern(FactKind.INCOME_TOTAL, "收入预算", "(?<!拨款)(?<label>收入预算(?:总额|总计)?)", WAN, WAN),
            new FigurePattern(FactKind.FISCAL_INCOME, "财政拨款收入", "(?<label>财政拨款收入(?:预算)?)", WAN, WAN),
            new FigurePattern(FactKind.BUSINESS_INCOME, "事业收入", "(?<label>事业收入(?:预算)?)", WAN, WAN),
            new FigurePattern(FactKind.OPERATING_INCOME, "事业单位经营收入", "(?<label>事业单位经营收入(?:预算)?)", WAN, WAN),
            new FigurePattern(FactKind.OTHER_INCOME, "其他收入", "(?<label>其他收入(?:预算)?)", WAN, WAN),
            new FigurePattern(FactKind.EXPENSE_TOTAL, "支出预算", "(?<![款本目])(?<label>支出预算(?:总额|总计)?)", WAN, WAN),
            new FigurePattern(FactKind.FISCAL_EXPENSE, "财政拨款支出预算", "(?<label>财政拨款支出预算)", WAN, WAN),
            new FigurePattern(FactKind.GENERAL_PUBLIC_EXPENSE, "一般公共预算", "(?<label>一般公共预算(?:财政)?拨款支出预算)", WAN,
                    WAN),
            new FigurePattern(FactKind.GOVERNMENT_FUND_EXPENSE, "政府性基金",
                    "(?<label>政府性基金(?:预算)?(?:财政)?拨款支出预算)", WAN, WAN),
            new FigurePattern(FactKind.STATE_CAPITAL_EXPENSE, "国有资本经营", "(?<label>国有资本经营预算(?:财政)?拨款支出预算)",
                    WAN, WAN));

    /**
     * The quoted subject items of the explanation: “城乡医疗救助”科目3496.59万元, “其他医疗救助”1803万元,
     * "…"科目 in ASCII or full-width quotes, 「…」, ‘…’, and chains in quotes
     * (“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元). The label is what the quotes hold; a subject
     * name holds no clause punctuation, which also keeps a closing ASCII quote from opening a label.
     */
    static final List<FigurePattern> SUBJECTS = List.of(
            quoted("“", "”", "“”\"」「"),
            quoted("「", "」", "」「“”"),
            quoted("\"", "\"", "\"“”"),
            quoted("＂", "＂", "＂“”"),
            quoted("‘", "’", "‘’“”"));

    /** Subject names are short; a chain of three levels stays well within this. */
    private static final int MAX_SUBJECT = 80;

    private static FigurePattern quoted(String open, String close, String notInside) {
        String head = Pattern.quote(open) + "(?<label>[^" + notInside + "，。；：,;:、\\n]{1," + MAX_SUBJECT + "})"
                + Pattern.quote(close) + "(?:科目)?(?:预算)?(?:安排)?";
        return new FigurePattern(FactKind.SUBJECT_ITEM, open, head, WAN, null);
    }

    /** The other sections: 三公, 机关运行经费, 政府采购, 绩效目标, 国有资产. */
    static final List<FigurePattern> OTHERS = List.of(
            new FigurePattern(FactKind.THREE_PUBLIC_TOTAL, "三公", "(?<label>三公[”\"]?经费(?:预算)?(?:数|总额)?)", WAN, null),
            new FigurePattern(FactKind.THREE_PUBLIC_ABROAD, "因公出国", "(?<label>因公出国[（(]境[)）](?:费|费用)(?:预算)?)", WAN,
                    null),
            new FigurePattern(FactKind.THREE_PUBLIC_VEHICLE_TOTAL, "公务用车购置及运行",
                    "(?<label>公务用车购置及运行(?:维护)?费(?:预算)?)", WAN, null),
            new FigurePattern(FactKind.THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置费", "(?<label>公务用车购置费(?:预算)?)", WAN,
                    null),
            new FigurePattern(FactKind.THREE_PUBLIC_VEHICLE_RUNNING, "公务用车运行", "(?<label>公务用车运行(?:维护)?费(?:预算)?)",
                    WAN, null),
            new FigurePattern(FactKind.THREE_PUBLIC_RECEPTION, "公务接待费", "(?<label>公务接待费(?:预算)?)", WAN, null),
            new FigurePattern(FactKind.OPERATING_EXPENSES, "机关运行经费", "(?<label>机关运行经费(?:预算)?(?:数)?)", WAN, null),
            new FigurePattern(FactKind.PROCUREMENT_TOTAL, "政府采购预算", "(?<label>政府采购预算(?:总额)?)", WAN, null),
            new FigurePattern(FactKind.PROCUREMENT_GOODS, "政府采购货物", "(?<label>政府采购货物(?:类)?预算)", WAN, null),
            new FigurePattern(FactKind.PROCUREMENT_WORKS, "政府采购工程", "(?<label>政府采购工程(?:类)?预算)", WAN, null),
            new FigurePattern(FactKind.PROCUREMENT_SERVICES, "政府采购服务", "(?<label>政府采购服务(?:类)?预算)", WAN, null),
            new FigurePattern(FactKind.PERFORMANCE_PROJECT_COUNT, "绩效目标的项目", "(?<label>绩效目标的项目)", "个", null),
            new FigurePattern(FactKind.PERFORMANCE_FUNDS, "涉及", "(?<label>涉及(?:项目)?预算资金)", YUAN_UNITS, null),
            new FigurePattern(FactKind.VEHICLE_COUNT, "共有", "(?<label>共有(?:各类)?车辆)", "辆", null));

    /** Runs the patterns on a paragraph, each only when its keyword occurs ({@code present}, see {@link LineWords}). */
    static void find(List<FigurePattern> patterns, Paragraph paragraph, long present, int year,
                     List<FigurePattern.Found> out) {
        for (FigurePattern pattern : patterns) {
            pattern.find(paragraph, (present & pattern.bit()) != 0, year, out);
        }
    }

    private StatedFigures() {
    }
}
