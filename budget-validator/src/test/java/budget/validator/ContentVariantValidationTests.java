package budget.validator;

import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.parser.testing.Content;
import budget.parser.testing.DocumentGenerator;
import budget.parser.testing.GoldenBudget;
import budget.parser.testing.Variation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content variants of the parser's property tests ({@link Content}: amounts scaled by an integer factor, other
 * places, levels, departments, units and years, a fund table with rows) are consistent budgets: every golden's
 * variant, printed plainly and read, gets exactly the ERRORs and WARNINGs of the golden's own document (the genuine
 * defects of a sample stay, scaled; a consistent golden stays without any), so a reading failure the property tests
 * report is the reader's, never an inconsistent variant's.
 */
class ContentVariantValidationTests {

    private static final BudgetValidator VALIDATOR = new BudgetValidator();

    /** One of each kind of content, and all of them together. */
    static final List<String> CONTENTS = List.of(
            "scale=7", "scale=9973", "scale=100", "scale=5000", "year=2019", "year=2027",
            "place=广东省, department={}财政局", "place=浙江省杭州市西湖区, department={}教育局, spelling=SHORT",
            "place=内蒙古自治区鄂尔多斯市伊金霍洛旗, department=中共{}委宣传部, spelling=CODE",
            "place=长沙县, department={}人民医院, spelling=CONSOLIDATED, supervisor={}卫生健康委员会",
            "fund=6:1", "fund=7:2",
            "scale=371, year=2021, place=北京市朝阳区, department={}机关事务管理局, spelling=SHORT, fund=6:3");

    static List<String> goldens() {
        return GoldenBudget.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void everyContentVariantValidatesAsItsGoldenDoes(String name) {
        GoldenBudget golden = GoldenBudget.load(name);
        Set<String> own = findings(golden, Variation.plain(Variation.Form.TAB));
        for (String content : CONTENTS) {
            Variation variation = Variation.parse("form=TAB, " + content);
            assertThat(variation.content().isNone()).as(content).isFalse();
            assertThat(findings(golden, variation)).as(name + " " + content).isEqualTo(own);
        }
    }

    /** The consistent goldens: the variants of a golden without defects have no ERROR at all. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void aConsistentGoldensVariantsHaveNoError(String name) {
        GoldenBudget golden = GoldenBudget.load(name);
        if (findings(golden, Variation.plain(Variation.Form.TAB)).stream().anyMatch(f -> f.startsWith("ERROR"))) {
            return; // a sample with genuine defects: the test above keeps exactly those
        }
        for (String content : CONTENTS) {
            assertThat(findings(golden, Variation.parse("form=TAB, " + content)))
                    .as(name + " " + content).noneMatch(f -> f.startsWith("ERROR"));
        }
    }

    /** The ERRORs and WARNINGs of the document a golden prints in a variation, as in the corpus noise test. */
    private static Set<String> findings(GoldenBudget golden, Variation variation) {
        ParseOutcome outcome = new BudgetParser().parse(DocumentGenerator.render(golden, variation));
        assertThat(outcome).as(golden.name() + " " + variation.differencesFromPlain())
                .isInstanceOf(ParseOutcome.Parsed.class);
        Set<String> out = new TreeSet<>();
        for (ValidationFinding finding : VALIDATOR.validate(((ParseOutcome.Parsed) outcome).budget()).findings()) {
            if (finding.severity() != Severity.INFO) {
                out.add(CorpusFindingsTests.key(finding));
            }
        }
        return out;
    }
}
