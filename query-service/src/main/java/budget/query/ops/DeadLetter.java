package budget.query.ops;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * One record in a dead-letter topic, with where it came from and why it failed.
 *
 * @param id         {@code <dlq topic>:<partition>:<offset>}, what replay takes
 * @param replayedAt when it was last re-published, or null
 */
record DeadLetter(
        @JsonProperty("id") String id,
        @JsonProperty("dlqTopic") String dlqTopic,
        @JsonProperty("originalTopic") String originalTopic,
        @JsonProperty("originalPartition") Integer originalPartition,
        @JsonProperty("originalOffset") Long originalOffset,
        @JsonProperty("key") String key,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("exception") String exception,
        @JsonProperty("reason") String reason,
        @JsonProperty("deadAt") Instant deadAt,
        @JsonProperty("replayedAt") Instant replayedAt) {
}
