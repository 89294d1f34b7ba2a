package budget.validator;

import budget.model.BudgetTable;
import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import budget.model.TableRow;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Findings;
import budget.validator.engine.RuleSet;
import budget.validator.tables.CodeTableRules;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static budget.model.TableType.Columns.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class BudgetValidatorTests {

    private static final ParsedBudget BROKEN_ROW = Edits.addToRow(BudgetFixture.consistent(), 3, "2101501", "-0.01", BASIC);

    @Test
    void brokenArithmeticIsAnErrorByDefault() {
        ValidationReport report = new BudgetValidator().validate(BROKEN_ROW);

        assertThat(report.status()).isEqualTo(ValidationStatus.INVALID);
        assertThat(report.findings()).extracting(ValidationFinding::ruleId, ValidationFinding::severity)
                .contains(tuple("T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", Severity.ERROR));
    }

    @Test
    void severityOverridesChangeTheSeverityOfThatRuleOnly() {
        BudgetValidator validator = new BudgetValidator(Map.of("T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", Severity.WARNING));

        ValidationReport report = validator.validate(BROKEN_ROW);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT"))
                .extracting(ValidationFinding::severity).containsOnly(Severity.WARNING);
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("T3.TREE.PARENT_EQ_SUM_CHILDREN"))
                .extracting(ValidationFinding::severity).containsOnly(Severity.ERROR);
        assertThat(validator.severityOf("T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT")).isEqualTo(Severity.WARNING);
    }

    @Test
    void overridesCanSilenceAnErrorIntoANote() {
        BudgetValidator validator = new BudgetValidator(Map.of(
                "T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", Severity.INFO,
                "T3.TREE.PARENT_EQ_SUM_CHILDREN", Severity.INFO));

        ValidationReport report = validator.validate(Edits.addToRow(BudgetFixture.consistent(), 3, "2101501", "-0.01",
                BASIC));

        assertThat(report.status()).isEqualTo(ValidationStatus.VALID);
        assertThat(report.notes()).isEqualTo(report.findings().size()).isPositive();
    }

    @Test
    void anUnknownRuleIdInTheOverridesIsRefused() {
        assertThatThrownBy(() -> new BudgetValidator(Map.of("T3.NO_SUCH_RULE", Severity.INFO)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T3.NO_SUCH_RULE");
    }

    @Test
    void aMissingBudgetIsReportedNotThrown() {
        ValidationReport report = new BudgetValidator().validate(null);

        assertThat(report.findings()).extracting(ValidationFinding::ruleId).containsExactly("VALIDATOR.RULE_FAILED");
    }

    @Test
    void anEmptyBudgetIsMissingAllNineTablesAndNothingElse() {
        ValidationReport report = new BudgetValidator().validate(new ParsedBudget(null, null, null, null));

        assertThat(report.findings()).extracting(ValidationFinding::ruleId)
                .containsOnly("META.TABLE_MISSING").hasSize(9);
        assertThat(report.findings()).extracting(f -> f.location().table()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void aRuleFamilyThatFailsIsReportedAndTheOthersStillRun() {
        RuleSet failing = new RuleSet() {
            @Override
            public List<RuleDescription> rules() {
                return List.of();
            }

            @Override
            public void check(BudgetView budget, Findings findings) {
                throw new IllegalStateException("boom");
            }
        };
        List<RuleSet> families = new ArrayList<>(List.of(failing));
        families.add(new CodeTableRules());
        BudgetValidator validator = new BudgetValidator(Map.of(), families);

        ValidationReport report = validator.validate(BROKEN_ROW);

        assertThat(report.findings()).extracting(ValidationFinding::ruleId)
                .contains("VALIDATOR.RULE_FAILED", "T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("VALIDATOR.RULE_FAILED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.messageEn()).contains("boom");
                });
    }

    @Test
    void theReportDoesNotDependOnTheOrderOfFactsOrRows() {
        ParsedBudget broken = Edits.fact(BROKEN_ROW, FactKind.SUBJECT_ITEM, "城乡医疗救助", "3400");
        List<NarrativeFact> shuffled = new ArrayList<>(broken.facts());
        Collections.shuffle(shuffled, new Random(7));
        ParsedBudget reordered = new ParsedBudget(broken.metadata(), reverseRows(broken), shuffled, broken.diagnostics());

        assertThat(new BudgetValidator().validate(reordered)).isEqualTo(new BudgetValidator().validate(broken));
    }

    @Test
    void oneValidatorServesManyThreads() throws Exception {
        BudgetValidator validator = new BudgetValidator();
        List<ParsedBudget> budgets = List.of(BROKEN_ROW, BudgetFixture.consistent());
        List<ValidationReport> expected = budgets.stream().map(validator::validate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ParsedBudget budget = budgets.get(i % 2);
                runs.add(pool.submit(() -> validator.validate(budget)));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).isEqualTo(expected.get(i % 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCatalogueHasUniqueWellFormedIdsAndBothDescriptions() {
        List<RuleDescription> catalogue = BudgetValidator.catalogue();

        assertThat(catalogue).extracting(RuleDescription::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Z0-9_]+(\\.[A-Z0-9_]+)+"));
        assertThat(catalogue).allSatisfy(rule -> {
            assertThat(rule.descriptionZh()).isNotBlank();
            assertThat(rule.descriptionEn()).isNotBlank();
        });
    }

    @Test
    void everyFindingCarriesBothMessagesAndALocation() {
        ValidationReport report = new BudgetValidator().validate(BROKEN_ROW);

        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.messageZh()).isNotBlank();
            assertThat(f.messageEn()).isNotBlank();
            assertThat(f.location()).isNotNull();
            if (f.expected() != null) {
                assertThat(f.difference()).isEqualByComparingTo(f.actual().subtract(f.expected()));
            }
        });
    }

    private static List<BudgetTable> reverseRows(ParsedBudget budget) {
        return budget.tables().stream().map(t -> {
            List<TableRow> rows = new ArrayList<>(t.rows());
            Collections.reverse(rows);
            return new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                    t.headerYear(), t.unit(), t.columns(), rows, t.totals(), t.totalLine(), t.items(), t.cells(), t.lines());
        }).toList();
    }
}
