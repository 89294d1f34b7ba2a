package budget.validator;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.TableRow;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import budget.validator.testing.Samples;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alters one amount at a time in every cell of every row of the code tables (2, 3, 5, 6, 7, 8) of each parsed
 * sample and checks that the validator notices: a new ERROR appears that the unaltered sample did not have.
 * The alterations are the slips a publisher makes: a cent or a yuan off either way, a digit in the ten-thousands
 * wrong, and two adjacent digits swapped (which pair is chosen by a seeded random, so runs are repeatable).
 */
class FaultInjectionTests {

    private static final long SEED = 20_261_122L;
    private static final List<Integer> CODE_TABLES = List.of(2, 3, 5, 6, 7, 8);
    private static final List<BigDecimal> DELTAS = List.of(new BigDecimal("0.01"), new BigDecimal("-0.01"),
            BigDecimal.ONE, BigDecimal.ONE.negate(), new BigDecimal("10000"), new BigDecimal("-10000"));
    /**
     * ERROR findings on the unaltered samples that are genuine inconsistencies of the documents, by sample.
     * The hand check (src/test/resources/sample-findings.md) found none: the tables of all five documents add up.
     */
    private static final Map<String, Set<String>> GENUINE_ERRORS = Map.of();

    /** One altered cell. */
    record Alteration(String sample, int table, String code, String column, String kind, BigDecimal from,
                      BigDecimal to) {
        @Override
        public String toString() {
            return sample + " T" + table + " " + code + " " + column + " " + kind + ": " + from.toPlainString() + " → "
                    + to.toPlainString();
        }
    }

    private final BudgetValidator validator = new BudgetValidator();

    /** What one run of alterations over one budget found. */
    record Outcome(int alterations, List<Alteration> escaped, List<String> falseErrors) {
        int detected() {
            return alterations - escaped.size();
        }
    }

    @Test
    void everyAlteredAmountOfACodeTableRowOfTheSamplesIsCaughtAsAnError() {
        Assumptions.assumeTrue(Samples.NAMES.stream().allMatch(n -> Samples.parsed(n).isPresent()),
                "the parser cannot read the samples yet");
        Random random = new Random(SEED);
        int alterations = 0;
        List<Alteration> escaped = new ArrayList<>();
        List<String> falseErrors = new ArrayList<>();
        for (String sample : Samples.NAMES) {
            Outcome outcome = inject(sample, Samples.parsed(sample).orElseThrow(),
                    GENUINE_ERRORS.getOrDefault(sample, Set.of()), random);
            alterations += outcome.alterations();
            escaped.addAll(outcome.escaped());
            falseErrors.addAll(outcome.falseErrors());
        }
        print(new Outcome(alterations, escaped, falseErrors));

        assertThat(alterations).isPositive();
        assertThat(escaped).isEmpty();
        assertThat(falseErrors).isEmpty();
    }

    /**
     * The published budgets of the corpus, as pdfplumber's table form reads them. Their genuine errors (reviewed
     * in expected-findings.tsv, which {@link CorpusFindingsTests} holds the report to) are the report before any
     * alteration; an alteration is caught when an error appears that was not there.
     */
    @Test
    void everyAlteredAmountOfACodeTableRowOfThePublishedBudgetsIsCaughtAsAnError() {
        Random random = new Random(SEED);
        int alterations = 0;
        List<Alteration> escaped = new ArrayList<>();
        for (String document : Samples.CORPUS) {
            String name = "pdf-text/" + document + ".tsv";
            ParsedBudget budget = Samples.parsed(name).orElseThrow();
            Outcome outcome = inject(name, budget, errorKeys(validator.validate(budget)), random);
            alterations += outcome.alterations();
            escaped.addAll(outcome.escaped());
        }
        print(new Outcome(alterations, escaped, List.of()));

        assertThat(alterations).isPositive();
        assertThat(escaped).isEmpty();
    }

    @Test
    void everyAlteredAmountOfTheHandBuiltBudgetIsCaughtAsAnError() {
        Outcome outcome = inject("fixture", BudgetFixture.consistent(), Set.of(), new Random(SEED));
        print(outcome);

        assertThat(outcome.alterations()).isPositive();
        assertThat(outcome.escaped()).isEmpty();
        assertThat(outcome.falseErrors()).isEmpty();
    }

    @Test
    void aSwapExchangesTwoAdjacentDifferentDigitsAndKeepsThePoint() {
        BigDecimal swapped = swapAdjacentDigits(new BigDecimal("1206476.00"), new Random(1)).orElseThrow();

        assertThat(swapped).isNotEqualByComparingTo("1206476.00");
        assertThat(swapped.scale()).isEqualTo(2);
        assertThat(sortedDigits(swapped)).isEqualTo(sortedDigits(new BigDecimal("1206476.00")));
        assertThat(swapAdjacentDigits(new BigDecimal("0.00"), new Random(1))).isEmpty();
        assertThat(swapAdjacentDigits(new BigDecimal("1.1"), new Random(1))).contains(new BigDecimal("1.01"));
    }

    private Outcome inject(String name, ParsedBudget budget, Set<String> genuineErrors, Random random) {
        Set<String> before = errorKeys(validator.validate(budget));
        List<String> falseErrors = before.stream().filter(k -> !genuineErrors.contains(k)).map(k -> name + ": " + k)
                .toList();
        int alterations = 0;
        List<Alteration> escaped = new ArrayList<>();
        for (int table : CODE_TABLES) {
            BudgetTable printed = budget.table(table);
            for (int index = 0; index < printed.rows().size(); index++) {
                TableRow row = printed.rows().get(index);
                for (String column : columnsOf(printed, row)) {
                    for (Alteration alteration : alterationsOf(name, table, row, column, random)) {
                        alterations++;
                        ParsedBudget altered = Edits.rowAmountAt(budget, table, index, column, alteration.to());
                        Set<String> after = errorKeys(validator.validate(altered));
                        after.removeAll(before);
                        if (after.isEmpty()) {
                            escaped.add(alteration);
                        }
                    }
                }
            }
        }
        return new Outcome(alterations, escaped, falseErrors);
    }

    private static void print(Outcome outcome) {
        System.out.printf(Locale.ROOT, "fault-injection: %d alterations, %d detected (%.2f %%), %d escaped; "
                        + "false errors on unaltered samples: %d%n", outcome.alterations(), outcome.detected(),
                outcome.alterations() == 0 ? 0.0 : 100.0 * outcome.detected() / outcome.alterations(),
                outcome.escaped().size(), outcome.falseErrors().size());
        outcome.escaped().forEach(a -> System.out.println("  escaped: " + a));
        outcome.falseErrors().forEach(e -> System.out.println("  false error: " + e));
    }

    private static String sortedDigits(BigDecimal value) {
        return value.toPlainString().replace(".", "").chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<String> columnsOf(BudgetTable table, TableRow row) {
        LinkedHashSet<String> columns = new LinkedHashSet<>(table.type().columns());
        columns.addAll(row.amounts().keySet());
        return List.copyOf(columns);
    }

    private static List<Alteration> alterationsOf(String sample, int table, TableRow row, String column, Random random) {
        BigDecimal from = row.amount(column) == null ? BigDecimal.ZERO : row.amount(column);
        List<Alteration> alterations = new ArrayList<>();
        for (BigDecimal delta : DELTAS) {
            alterations.add(new Alteration(sample, table, row.code(), column, (delta.signum() > 0 ? "+" : "")
                    + delta.toPlainString(), from, from.add(delta)));
        }
        swapAdjacentDigits(from, random).ifPresent(to ->
                alterations.add(new Alteration(sample, table, row.code(), column, "swap", from, to)));
        return alterations;
    }

    /** 1,206,476.00 → e.g. 1,204,676.00: one pair of adjacent, different digits exchanged. */
    static Optional<BigDecimal> swapAdjacentDigits(BigDecimal value, Random random) {
        String text = (value.scale() < 2 ? value.setScale(2) : value).abs().toPlainString();
        int point = text.indexOf('.');
        String digits = text.replace(".", "");
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                pairs.add(i);
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        int at = pairs.get(random.nextInt(pairs.size()));
        char[] swapped = digits.toCharArray();
        swapped[at] = digits.charAt(at + 1);
        swapped[at + 1] = digits.charAt(at);
        String result = new String(swapped);
        if (point >= 0) {
            result = result.substring(0, point) + "." + result.substring(point);
        }
        BigDecimal to = new BigDecimal(result);
        return Optional.of(value.signum() < 0 ? to.negate() : to);
    }

    private static Set<String> errorKeys(ValidationReport report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(FaultInjectionTests::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String key(ValidationFinding f) {
        return f.ruleId() + " " + f.location().describe() + " expected " + plain(f.expected()) + " actual "
                + plain(f.actual());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
