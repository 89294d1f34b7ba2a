package budget.validator.writing;

import budget.model.BudgetKind;
import budget.model.ProseMark;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Findings;
import budget.validator.engine.RuleSet;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The writing slips a reviewer marks before publication, as the reader recorded them in the prose
 * ({@link ProseMark}): each is one warning at its line (and, for a PDF, its page and box), placed by the words
 * around it. Wording of the other kind of budget counts only where it contradicts the budget's kind.
 */
public final class WritingRules implements RuleSet {

    public static final RuleDescription DOUBLED_WORD = RuleDescription.warning("PROSE.DOUBLED_WORD",
            "同一词语或分句不连续重复（如“增加增加”“其他收入3万元，其他收入3万元”）",
            "No word or clause is printed twice in a row (增加增加; 其他收入3万元，其他收入3万元)");
    public static final RuleDescription DOUBLED_PUNCTUATION = RuleDescription.warning("PROSE.DOUBLED_PUNCTUATION",
            "标点不连续重复（如“。。”“，，”）", "No punctuation mark is doubled (。。 ，，)");
    public static final RuleDescription CUT_SHORT = RuleDescription.warning("PROSE.CUT_SHORT",
            "语句写完整（如“主要原因是。”缺少原因，“预算为万元”缺少金额）",
            "No sentence stops where its content should be (主要原因是。 with no reason, 预算为万元 with no figure)");
    public static final RuleDescription MISSING_FULL_STOP = RuleDescription.warning("PROSE.MISSING_FULL_STOP",
            "编制说明和其他相关情况说明中，结束段落的语句有句号",
            "In the explanation and the other notes, a sentence that ends its paragraph ends with a full stop");
    public static final RuleDescription STRAY_QUOTE = RuleDescription.warning("PROSE.STRAY_QUOTE",
            "引号成对，没有无前引号的后引号", "No closing quote mark without an opening one");
    public static final RuleDescription PLACEHOLDER = RuleDescription.warning("PROSE.PLACEHOLDER",
            "模板占位符均已替换（XX、××、“增加（减少）”等）",
            "No template placeholder is left in (XX, ××, 增加（减少）)");
    public static final RuleDescription KIND_WORDING = RuleDescription.warning("PROSE.KIND_WORDING",
            "单位预算的说明不用“部门预算”措辞，部门预算的说明不用“单位预算”措辞",
            "A unit budget's prose does not speak of 部门预算, nor a department budget's of 单位预算");

    private static final Map<ProseMark.Kind, RuleDescription> RULES = new EnumMap<>(Map.of(
            ProseMark.Kind.DOUBLED_WORD, DOUBLED_WORD,
            ProseMark.Kind.DOUBLED_PUNCTUATION, DOUBLED_PUNCTUATION,
            ProseMark.Kind.CUT_SHORT, CUT_SHORT,
            ProseMark.Kind.MISSING_FULL_STOP, MISSING_FULL_STOP,
            ProseMark.Kind.STRAY_QUOTE, STRAY_QUOTE,
            ProseMark.Kind.PLACEHOLDER, PLACEHOLDER,
            ProseMark.Kind.KIND_WORDING, KIND_WORDING));

    @Override
    public List<RuleDescription> rules() {
        return List.of(DOUBLED_WORD, DOUBLED_PUNCTUATION, CUT_SHORT, MISSING_FULL_STOP, STRAY_QUOTE, PLACEHOLDER,
                KIND_WORDING);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        rules().forEach(findings::checked);
        BudgetKind kind = budget.metadata() == null ? null : budget.metadata().kind();
        for (ProseMark mark : budget.budget().marks()) {
            RuleDescription rule = RULES.get(mark.kind());
            if (rule == null || mark.kind() == ProseMark.Kind.KIND_WORDING && !otherKind(mark.text(), kind)) {
                continue;
            }
            FindingLocation where = new FindingLocation(null, null, mark.excerpt(), null,
                    mark.line() > 0 ? List.of(mark.line()) : List.of());
            findings.report(rule, where, messageZh(mark, kind), messageEn(mark, kind));
        }
    }

    private static boolean otherKind(String words, BudgetKind kind) {
        return kind == BudgetKind.UNIT && words.contains("部门") || kind == BudgetKind.DEPARTMENT && words.contains("单位");
    }

    private static String messageZh(ProseMark mark, BudgetKind kind) {
        String at = "第 " + mark.line() + " 行“" + mark.excerpt() + "”";
        return switch (mark.kind()) {
            case DOUBLED_WORD -> at + "中“" + half(mark.text()) + "”连续出现两次。";
            case DOUBLED_PUNCTUATION -> at + "中标点“" + mark.text() + "”重复。";
            case CUT_SHORT -> at + "中“" + mark.text() + "”后语句未写完。";
            case MISSING_FULL_STOP -> at + "：语句“…" + mark.text() + "”结束段落，但没有句号。";
            case STRAY_QUOTE -> at + "中的后引号“””没有对应的前引号。";
            case PLACEHOLDER -> at + "中留有模板占位内容“" + mark.text() + "”。";
            case KIND_WORDING -> at + "：本文件为" + (kind == BudgetKind.UNIT ? "单位预算" : "部门预算") + "，却称“"
                    + mark.text() + "”。";
            case BLANK_PAGE, CUT_OFF_TEXT, UNREADABLE_CHARACTERS -> at; // LayoutRules', never reported here
        };
    }

    private static String messageEn(ProseMark mark, BudgetKind kind) {
        String at = "Line " + mark.line() + " (" + mark.excerpt() + ")";
        return switch (mark.kind()) {
            case DOUBLED_WORD -> at + " prints " + half(mark.text()) + " twice in a row.";
            case DOUBLED_PUNCTUATION -> at + " doubles the punctuation " + mark.text() + ".";
            case CUT_SHORT -> at + " stops after " + mark.text() + " without saying what.";
            case MISSING_FULL_STOP -> at + ": the sentence ending …" + mark.text() + " ends its paragraph without a full stop.";
            case STRAY_QUOTE -> at + " has a closing quote ” with no opening one.";
            case PLACEHOLDER -> at + " still holds the template's placeholder " + mark.text() + ".";
            case KIND_WORDING -> at + ": this is a " + (kind == BudgetKind.UNIT ? "unit budget (单位预算)"
                    : "department budget (部门预算)") + ", but the text says " + mark.text() + ".";
            case BLANK_PAGE, CUT_OFF_TEXT, UNREADABLE_CHARACTERS -> at; // LayoutRules', never reported here
        };
    }

    /** The word that is doubled: the first half of the doubled text. */
    private static String half(String doubled) {
        return doubled.length() % 2 == 0 ? doubled.substring(0, doubled.length() / 2) : doubled;
    }
}
