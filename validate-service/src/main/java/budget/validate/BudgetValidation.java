package budget.validate;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.model.BudgetSummary;
import budget.model.ParsedBudget;
import budget.model.YearOnYear;
import budget.model.validation.ValidationReport;
import budget.support.DocumentFailures;
import budget.support.EventPublisher;
import budget.support.PipelineTopics;
import budget.validator.BudgetValidator;
import budget.validator.crossyear.BudgetSummaries;
import budget.validator.crossyear.YearOnYears;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * One parsed budget in, one validated event out, carrying the verdict, the findings and the budget; then the
 * budget's summary onto the compacted summaries topic. A budget is validated against the previous year's budget
 * of its department and kind when the summary table holds it. When a budget's summary changes (a new budget, a new
 * version, or the previous year arriving later), the budget of the year after and the budget itself are validated
 * again if they were last compared with another previous year than the table now holds: read again from the
 * parsed topic where their summary says it is, validated, and published as a new validated event, so that the
 * cross-year findings end up as if the years had arrived in order. A parsed event this stage cannot validate (no
 * budget in it, or the validator failing on it: computation on the event alone, the same on every retry) ends as a
 * failed event with stage VALIDATE naming the document and the reason; only a malformed event or the broker not
 * taking the output is left to the binder's retries and dead letter.
 */
@Component
class BudgetValidation implements SummaryTable.Listener {

    private static final Logger log = LoggerFactory.getLogger(BudgetValidation.class);

    /** The failure codes of this stage: a parsed event with nothing to validate; the validator failing on it. */
    static final String NO_BUDGET = "NO_BUDGET";
    static final String VALIDATOR_FAILED = "VALIDATOR_FAILED";

    private final BudgetValidator validator;
    private final EventPublisher publisher;
    private final PipelineTopics topics;
    private final MeterRegistry meters;
    private final Timer validateTime;
    private final SummaryTable summaries;
    private final ParsedRecords parsedRecords;
    private final DocumentFailures failures;
    private final Clock clock = Clock.systemUTC();

    BudgetValidation(BudgetValidator validator, EventPublisher publisher, PipelineTopics topics, MeterRegistry meters,
                     SummaryTable summaries, ParsedRecords parsedRecords, DocumentFailures failures) {
        this.validator = validator;
        this.publisher = publisher;
        this.topics = topics;
        this.meters = meters;
        this.summaries = summaries;
        this.parsedRecords = parsedRecords;
        this.failures = failures;
        this.validateTime = Timer.builder("budget.stage.duration").tag("stage", "validate")
                .description("time to validate one budget").register(meters);
        summaries.listen(this);
    }

    /** Validates one parsed budget and publishes the validated event and the budget's summary. */
    void accept(Message<byte[]> message) {
        DocumentParsed parsed = EventJson.read(message.getPayload(), DocumentParsed.class);
        if (parsed.documentId() == null) {
            // nothing to name the failure after: retried, then dead-lettered with this reason
            throw new IllegalArgumentException("a parsed event without a document id (event " + parsed.eventId() + ")");
        }
        String topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
        BudgetSummary.SourceRecord source = topic == null || partition == null || offset == null ? null
                : new BudgetSummary.SourceRecord(topic, partition, offset);
        validate(parsed, source, false);
    }

    private void validate(DocumentParsed parsed, BudgetSummary.SourceRecord source, boolean again) {
        MDC.put("documentId", parsed.documentId());
        try {
            Verdict verdict;
            try {
                verdict = verdict(parsed);
            } catch (RuntimeException e) {
                // validating is computation on the event alone: what fails once fails on every retry, so it is the
                // document's terminal state, not a dead letter
                fail(parsed, VALIDATOR_FAILED, "validating " + parsed.filename() + " (document " + parsed.documentId()
                        + ") failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return;
            }
            if (verdict == null) {
                fail(parsed, NO_BUDGET, "the parsed event of " + parsed.filename() + " (document " + parsed.documentId()
                        + ") carries no budget, no reading of it or no budget key");
                return;
            }
            ValidationReport report = verdict.event().report();
            meters.counter("budget.documents", "stage", again ? "revalidated" : "validated", "status",
                    report.status().name()).increment();
            publisher.publish(topics.validated(), verdict.event(), parsed.budgetKey().id());
            publisher.publishRecord(topics.summaries(), verdict.own().with(source,
                    verdict.previous() == null ? null : verdict.previous().documentId()), parsed.budgetKey().id());
            log.info("{} {} ({}){}: {} with {} errors, {} warnings", again ? "validated again" : "validated",
                    parsed.filename(), parsed.budgetKey().id(),
                    verdict.previous() == null ? "" : " against " + verdict.previous().budgetKey().year(),
                    report.status(), report.errors(), report.warnings());
        } finally {
            MDC.remove("documentId");
        }
    }

    /** The validated event and the budget's summary; null when the event has nothing to validate. */
    private Verdict verdict(DocumentParsed parsed) {
        if (parsed.budget() == null || parsed.reading() == null || parsed.budgetKey() == null
                || parsed.budget().metadata() == null) {
            return null;
        }
        ParsedBudget budget = parsed.asRead();
        BudgetSummary own = BudgetSummaries.of(budget, parsed.documentId(), parsed.receivedAt());
        BudgetSummary previous = summaries.get(own.previousKey()).orElse(null);
        ValidationReport report = validateTime.record(() -> validator.validate(budget, previous));
        YearOnYear yearOnYear = previous == null ? null : YearOnYears.of(own, previous);
        return new Verdict(DocumentValidated.of(parsed, report, yearOnYear, clock.instant()), own, previous);
    }

    private record Verdict(DocumentValidated event, BudgetSummary own, BudgetSummary previous) {
    }

    private void fail(DocumentParsed parsed, String code, String reason) {
        failures.fail(parsed.documentId(), parsed.filename(), DocumentFailed.Stage.VALIDATE, code, reason);
    }

    /**
     * A summary became the table's latest: the budget itself is validated again if the previous year it was
     * compared with is not the table's, and so is the budget of the year after, for the same reason.
     */
    @Override
    public void changed(BudgetSummary summary) {
        summaries.get(summary.previousKey())
                .filter(previous -> !previous.documentId().equals(summary.comparedWith()))
                .ifPresent(previous -> again(summary));
        summaries.get(summary.nextKey())
                .filter(next -> !summary.documentId().equals(next.comparedWith()))
                .ifPresent(this::again);
    }

    /** An older summary was written after the latest: the compacted topic must keep the latest. */
    @Override
    public void outdated(BudgetSummary latest) {
        publisher.publishRecord(topics.summaries(), latest, latest.budgetKey().id());
    }

    private void again(BudgetSummary summary) {
        if (summary.source() == null) {
            log.warn("{} cannot be validated again: its summary does not say where its parsed budget is",
                    summary.budgetKey().id());
            return;
        }
        Optional<DocumentParsed> parsed = parsedRecords.read(summary.source());
        if (parsed.isEmpty() || !parsed.get().documentId().equals(summary.documentId())) {
            log.warn("{} cannot be validated again: its parsed budget is no longer at {}", summary.budgetKey().id(),
                    summary.source());
            return;
        }
        validate(parsed.get(), summary.source(), true);
    }
}
