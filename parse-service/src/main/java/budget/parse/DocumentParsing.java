package budget.parse;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.EventJson;
import budget.model.BudgetMetadata;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.support.EventPublisher;
import budget.support.PipelineTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * One received document in, one parsed event out; a text that is not a budget goes to the failed topic with
 * the parser's reason instead. The parser never throws for bad text, so an exception here is an
 * infrastructure fault (malformed event, broker down) and is left to the binder's retry and dead letter.
 */
@Component
class DocumentParsing {

    private static final Logger log = LoggerFactory.getLogger(DocumentParsing.class);

    private final BudgetParser parser;
    private final EventPublisher publisher;
    private final PipelineTopics topics;
    private final MeterRegistry meters;
    private final Timer parseTime;
    private final Clock clock = Clock.systemUTC();

    DocumentParsing(BudgetParser parser, EventPublisher publisher, PipelineTopics topics, MeterRegistry meters) {
        this.parser = parser;
        this.publisher = publisher;
        this.topics = topics;
        this.meters = meters;
        this.parseTime = Timer.builder("budget.stage.duration").tag("stage", "parse")
                .description("time to parse one document").register(meters);
    }

    /** Parses one received document and publishes the parsed budget, or the failure. */
    void accept(Message<byte[]> message) {
        DocumentReceived received = EventJson.read(message.getPayload(), DocumentReceived.class);
        MDC.put("documentId", received.documentId());
        try {
            ParseOutcome outcome = parseTime.record(() -> parser.parse(received.text()));
            if (outcome instanceof ParseOutcome.NotABudget notABudget) {
                fail(received, "not a budget document: " + notABudget.reason());
                return;
            }
            var budget = ((ParseOutcome.Parsed) outcome).budget();
            if (!identified(budget.metadata())) {
                fail(received, "not a budget document: the title block names no department or no year");
                return;
            }
            DocumentParsed event = DocumentParsed.of(received, budget, clock.instant());
            meters.counter("budget.documents", "stage", "parsed").increment();
            publisher.publish(topics.parsed(), event, event.budgetKey().id());
            log.info("parsed {} as {}", received.filename(), event.budgetKey().id());
        } finally {
            MDC.remove("documentId");
        }
    }

    private static boolean identified(BudgetMetadata metadata) {
        return metadata != null && metadata.departmentKey() != null && !metadata.departmentKey().isBlank()
                && metadata.kind() != null && metadata.year() > 0;
    }

    private void fail(DocumentReceived received, String reason) {
        DocumentFailed failed = DocumentFailed.of(received.documentId(), received.filename(),
                DocumentFailed.Stage.PARSE, reason, clock.instant());
        publisher.publish(topics.failed(), failed, received.documentId());
        meters.counter("budget.documents", "stage", "failed").increment();
        log.info("{} is not a budget: {}", received.filename(), reason);
    }
}
