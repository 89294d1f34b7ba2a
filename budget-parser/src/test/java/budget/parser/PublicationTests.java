package budget.parser;

import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.events.published.Publication;
import budget.events.published.PublishedBudget;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.parser.testing.Corpus;
import budget.parser.testing.DocumentGenerator;
import budget.parser.testing.GoldenBudget;
import budget.parser.testing.PropertyCheck;
import budget.parser.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parsed event carries the budget in two parts, as published and as read; validate-service joins them again.
 * Property: for every budget the reader gives (every sample, every corpus document in every text form and as PDF,
 * and generated variants of every golden, misread or not), the two parts joined, and the parsed event written and
 * read back, are that budget exactly; and the validated event carries the published part alone.
 */
class PublicationTests {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final int GENERATED_PER_GOLDEN = 40;

    static Stream<String> documents() {
        List<String> all = new ArrayList<>();
        Samples.NAMES.forEach(sample -> all.add("sample:" + sample));
        Corpus.DOCUMENTS.forEach(document -> {
            Corpus.FORMS.forEach(form -> all.add(document + "." + form));
            all.add(document + ".pdf");
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theTwoPartsOfEveryBudgetJoinIntoIt(String document) throws IOException {
        ParsedBudget budget = read(document);

        assertThat(problems(budget)).as(document).isEmpty();
    }

    @Test
    void generatedVariantsOfEveryGoldenSplitAndJoinExactly() {
        for (String name : GoldenBudget.NAMES) {
            GoldenBudget golden = GoldenBudget.load(name);
            PropertyCheck.Result result = PropertyCheck.run(GENERATED_PER_GOLDEN, 20261201L ^ name.hashCode(), false,
                    variation -> Optional.empty(), variation -> {
                        ParseOutcome outcome = new BudgetParser().parse(DocumentGenerator.render(golden, variation));
                        return outcome instanceof ParseOutcome.Parsed parsed ? problems(parsed.budget()) : List.of();
                    }, variation -> DocumentGenerator.render(golden, variation));
            assertThat(result.failures()).as(name).isEmpty();
            assertThat(result.checked()).as(name).isEqualTo(GENERATED_PER_GOLDEN);
        }
    }

    @Test
    void theValidatedEventCarriesThePublishedBudgetWithoutTheReading() throws IOException {
        ParsedBudget budget = read("putuo-justice-bureau-2026-unit.pdf");
        DocumentParsed parsed = parsedEvent(budget);
        DocumentValidated validated = DocumentValidated.of(parsed, ValidationReport.of(List.of(), 1), NOW);

        String json = EventJson.writeString(validated);
        assertThat(EventJson.read(json, DocumentValidated.class).budget()).isEqualTo(Publication.publish(budget));
        assertThat(json).as("no reader's provenance in the public event")
                .doesNotContain("\"placement\"", "\"cellBoxes\"", "\"lines\"", "\"diagnostics\"", "\"titleLine\"");
        String parsedJson = EventJson.writeString(parsed);
        assertThat(json.length()).as("the validated event is smaller than the parsed one, which carries the reading")
                .isLessThan(parsedJson.length() / 2);
        PublishedBudget published = validated.budget();
        var table3 = published.table(3);
        var row = budget.table(3).rows().get(0);
        assertThat(table3.amount(table3.rows().get(0).amounts(), "合计")).isEqualByComparingTo(row.amount("合计"));
    }

    /** What differs between the budget and its two parts joined, directly and through the event's JSON. */
    private static List<String> problems(ParsedBudget budget) {
        List<String> problems = new ArrayList<>();
        Publication.Split split = Publication.split(budget);
        if (!Publication.join(split.budget(), split.reading()).equals(budget)) {
            problems.add("joined parts differ from the budget");
        }
        DocumentParsed event = parsedEvent(budget);
        DocumentParsed reread = EventJson.read(EventJson.write(event), DocumentParsed.class);
        if (!reread.equals(event)) {
            problems.add("the parsed event reads back otherwise than written");
        }
        if (!reread.asRead().equals(budget)) {
            problems.add("the parsed event's budget, read back and joined, differs from the budget");
        }
        return problems;
    }

    private static DocumentParsed parsedEvent(ParsedBudget budget) {
        DocumentReceived received = DocumentReceived.text("d0c", "budget.txt", "UTF-8", 1, StoredOriginal.of("d0c"), NOW);
        return DocumentParsed.of(received, budget, NOW);
    }

    private static ParsedBudget read(String document) throws IOException {
        if (document.startsWith("sample:")) {
            return Samples.parsed(document.substring("sample:".length()));
        }
        if (document.endsWith(".pdf")) {
            String name = document.substring(0, document.length() - ".pdf".length());
            ParseOutcome outcome = new BudgetDocuments().read(Files.readAllBytes(Corpus.pdf(name)));
            return ((ParseOutcome.Parsed) outcome).budget();
        }
        int dot = document.lastIndexOf('.');
        return Corpus.parsed(document.substring(0, dot), document.substring(dot + 1));
    }
}
