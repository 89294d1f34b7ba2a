package budget.validator;

import budget.model.validation.FindingLocation;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.validator.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No noise: on every document of the samples folder, in every text form, the warnings and errors are exactly the
 * reviewed ones of {@code expected-findings.tsv}, each listed there with the reason it is true. A finding missing
 * from the report is a genuine defect no longer found; a finding not in the file is a false alarm (or a defect
 * nobody has reviewed yet: then review it and add it with its reason).
 */
class CorpusFindingsTests {

    private static final Path EXPECTED = Path.of("src", "test", "resources", "expected-findings.tsv");
    private static final BudgetValidator VALIDATOR = new BudgetValidator();

    /** One reviewed finding: the documents and forms it is expected in, and what it is, without line numbers. */
    private record Expected(String document, Set<String> forms, String finding, String reason) {

        boolean appliesTo(String name) {
            String form;
            String base;
            if (name.startsWith("pdf/")) {
                form = "pdf";
                base = name.substring("pdf/".length());
            } else if (name.startsWith("pdf-text/")) {
                form = name.substring(name.lastIndexOf('.') + 1);
                base = name.substring("pdf-text/".length(), name.lastIndexOf('.'));
            } else {
                form = "";
                base = name;
            }
            return base.equals(document) && (forms.contains("*") || forms.contains(form));
        }
    }

    static List<String> documents() {
        return Samples.everyDocument();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theWarningsAndErrorsAreExactlyTheReviewedOnes(String document) {
        Set<String> actual = reported(document, severity -> severity != Severity.INFO);
        Set<String> expected = reviewed(document, finding -> true);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        assertThat(unexpected).as(document + ": findings not in expected-findings.tsv (false alarms, or unreviewed)")
                .isEmpty();
        assertThat(missing).as(document + ": reviewed findings no longer reported").isEmpty();
    }

    static List<String> moreForms() {
        return Samples.moreForms();
    }

    /**
     * The forms that lose a page's reading order or its ends ({@code samples/pdf-text-more/}) may leave the reader in
     * doubt more often (PARSE.* warnings), but never with a misreading reported as the document's error: no ERROR
     * that is not one of the document's reviewed ones. Where the page's layout is kept (pages run on without form
     * feeds) every genuine one is found too; in content-stream order, where cells lose their columns, a genuine slip
     * among rows the reader could not place is its doubt (a PARSE.* warning naming the readings), not an ERROR.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("moreForms")
    void inFormsThatLoseStructureTheErrorsAreExactlyTheGenuineOnes(String document) {
        Set<String> actual = reported(document, severity -> severity == Severity.ERROR);
        String base = document.substring(document.indexOf('/') + 1, document.lastIndexOf('.'));
        Set<String> expected = reviewed("pdf-text/" + base + ".layout",
                finding -> finding.startsWith(Severity.ERROR + " "));
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertThat(unexpected).as(document + ": ERRORs that are not the document's").isEmpty();
        if (!document.endsWith(".stream")) {
            assertThat(actual).as(document + ": the document's genuine ERRORs").isEqualTo(expected);
        }
    }

    /** The keys of the findings of these severities the report on a document has. */
    private static Set<String> reported(String document, Predicate<Severity> severities) {
        ValidationReport report = VALIDATOR.validate(Samples.parsed(document)
                .orElseThrow(() -> new AssertionError("the parser cannot read " + document)));
        Set<String> keys = new TreeSet<>();
        for (ValidationFinding finding : report.findings()) {
            if (severities.test(finding.severity())) {
                keys.add(key(finding));
            }
        }
        return keys;
    }

    /** The reviewed findings of expected-findings.tsv that apply to a document, those the filter keeps. */
    private static Set<String> reviewed(String document, Predicate<String> keep) {
        Set<String> findings = new TreeSet<>();
        for (Expected e : expected()) {
            if (e.appliesTo(document) && keep.test(e.finding())) {
                findings.add(e.finding());
            }
        }
        return findings;
    }

    /** severity, rule and place without line numbers or page: the same finding in every form of a document. */
    static String key(ValidationFinding finding) {
        FindingLocation at = finding.location();
        FindingLocation withoutLines = new FindingLocation(at.table(), at.code(), at.item(), at.column(), List.of());
        return finding.severity() + " " + finding.ruleId() + " " + withoutLines.describe();
    }

    private static List<Expected> expected() {
        List<Expected> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || f[3].isBlank()) {
                    throw new IllegalStateException("expected-findings.tsv needs document, forms, finding and a "
                            + "reason: " + line);
                }
                out.add(new Expected(f[0], Set.of(f[1].split(",")), f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
