package budget.query.ops;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The operator's view: topics, lag, dead letters and document statuses; and replay of dead letters. */
@RestController
class OpsController {

    private final TopicMonitor monitor;
    private final DeadLetters deadLetters;

    OpsController(TopicMonitor monitor, DeadLetters deadLetters) {
        this.monitor = monitor;
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "Topics (partitions, end offsets, messages, rate), consumer group lag, dead-letter depths, document statuses")
    @GetMapping(path = "/api/ops/topics", produces = MediaType.APPLICATION_JSON_VALUE)
    TopicsView topics() {
        return monitor.look();
    }

    @Operation(summary = "The same view as plain text for terminals (?format=text or Accept: text/plain)")
    @GetMapping(path = "/api/ops/topics", produces = MediaType.TEXT_PLAIN_VALUE)
    String topicsText() {
        return OpsText.render(monitor.look());
    }

    @Operation(summary = "Dead letters of every consumer binding, with origin, exception and reason")
    @GetMapping("/api/ops/dlq")
    List<DeadLetter> deadLetters() {
        return deadLetters.list();
    }

    @Operation(summary = "Re-publish dead letters (by id, or all) to their original topic; idempotent unless forced")
    @PostMapping("/api/ops/dlq/replay")
    List<ReplayResult> replay(@RequestBody ReplayRequest request) {
        return deadLetters.replay(request.ids() == null ? List.of() : request.ids(), Boolean.TRUE.equals(request.all()),
                Boolean.TRUE.equals(request.force()));
    }

    /** ids: dead letter ids from the list; all: every dead letter; force: replay again what was replayed. */
    record ReplayRequest(@JsonProperty("ids") List<String> ids, @JsonProperty("all") Boolean all,
                         @JsonProperty("force") Boolean force) {
    }
}
