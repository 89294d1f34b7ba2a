package budget.validator;

import budget.model.ClassificationNames;
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
            "fund=6:1", "fund=7:2", "fund=2:3", "classes=", "namedTitle=true",
            "place=浙江省安吉县, department={}人民医院, namedTitle=true",
            "scale=371, year=2021, place=北京市朝阳区, department={}机关事务管理局, spelling=SHORT, fund=6:3");

    /** The contents for a golden: {@code classes=} gets other classes that fit the golden's (the first in order). */
    static List<String> contents(GoldenBudget golden) {
        String classes = Content.otherClasses(new java.util.Random(12), golden);
        return CONTENTS.stream().filter(c -> !c.equals("classes=") || !classes.isEmpty())
                .map(c -> c.equals("classes=") ? c + classes : c).toList();
    }

    static List<String> goldens() {
        return GoldenBudget.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void everyContentVariantValidatesAsItsGoldenDoes(String name) {
        GoldenBudget golden = GoldenBudget.load(name);
        Set<String> own = findings(golden, Variation.plain(Variation.Form.TAB));
        for (String content : contents(golden)) {
            Variation variation = Variation.parse("form=TAB, " + content);
            assertThat(variation.content().isNone()).as(content).isFalse();
            assertThat(findings(golden, variation)).as(name + " " + content)
                    .isEqualTo(reclassed(own, golden, variation.content()));
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
        for (String content : contents(golden)) {
            assertThat(findings(golden, Variation.parse("form=TAB, " + content)))
                    .as(name + " " + content).noneMatch(f -> f.startsWith("ERROR"));
        }
    }

    /** The golden's findings where the content gives its classes other codes and names: at those codes and names. */
    private static Set<String> reclassed(Set<String> findings, GoldenBudget golden, Content content) {
        if (content.classes().isEmpty()) {
            return findings;
        }
        List<String> own = Content.ownClasses(golden);
        List<String> codes = List.of(content.classes().split("/"));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (int i = 0; i < own.size(); i++) {
            String from = own.get(i);
            golden.table(3).rows().stream().filter(r -> r.code().equals(from)).findFirst().ifPresent(r ->
                    names.put(r.name(), ClassificationNames.className(codesAt(codes, own, from)).orElseThrow()));
        }
        Set<String> out = new TreeSet<>();
        for (String finding : findings) {
            StringBuilder moved = new StringBuilder();
            for (String token : finding.split(" ")) {
                String to = token.matches("\\d{3}(\\d{2}){0,2}") && own.contains(token.substring(0, 3))
                        ? codesAt(codes, own, token.substring(0, 3)) + token.substring(3)
                        : names.getOrDefault(token, token);
                moved.append(moved.isEmpty() ? "" : " ").append(to);
            }
            out.add(moved.toString());
        }
        return out;
    }

    private static String codesAt(List<String> codes, List<String> own, String code) {
        return codes.get(own.indexOf(code));
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
