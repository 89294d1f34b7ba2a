package budget.query.documents;

import budget.events.DocumentFailed;
import budget.events.DocumentReceived;
import budget.events.DocumentValidated;
import budget.query.storage.BsonMapping;
import budget.support.PollBatch;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents collection, owned by the status tracker alone: each document's status and the time it reached each
 * stage. Every write sets the stage's own fields (the same values again on a redelivery) and promotes the status
 * only upwards (see {@link DocumentStatus} for the ranks). The writes of the records of one poll are made together,
 * in one bulk write before the poll is committed ({@link PollBatch}).
 */
@Component
class DocumentStatusStore {

    private final MongoCollection<Document> documents;
    private final ThreadLocal<Unwritten> unwritten = ThreadLocal.withInitial(Unwritten::new);

    DocumentStatusStore(MongoDatabase database) {
        this.documents = database.getCollection("documents");
        // unique by construction (the _id is); it lets even a server without secondary indexes find the
        // document of the conditional status write by index instead of by a scan
        documents.createIndex(Indexes.ascending("_id", "statusRank"), new IndexOptions().name("id_rank").unique(true));
        documents.createIndex(Indexes.ascending("status"), new IndexOptions().name("status"));
        documents.createIndex(Indexes.ascending("budgetKey"), new IndexOptions().name("budget_key"));
    }

    void received(StageEvent event) {
        Document received = new Document("at", iso(event.occurredAt()))
                // a version-1 event had no media type: it was a text
                .append("mediaType", event.mediaType() == null ? DocumentReceived.TEXT : event.mediaType())
                .append("sizeBytes", event.sizeBytes());
        if (event.originalEncoding() != null) {
            received.append("encoding", event.originalEncoding());
        }
        if (event.pageCount() != null) {
            received.append("pageCount", event.pageCount());
        }
        record(event.documentId(), event.filename(), DocumentStatus.RECEIVED, DocumentStatus.RECEIVED_RANK,
                Updates.combine(Updates.set("stages.received", received)));
    }

    void parsed(StageEvent event) {
        record(event.documentId(), event.filename(), DocumentStatus.PARSED, DocumentStatus.PARSED_RANK, Updates.combine(
                Updates.set("budgetKey", event.budgetKey().id()),
                Updates.set("stages.parsed.at", iso(event.occurredAt())),
                Updates.set("stages.parsed.budgetKey", BsonMapping.toDocument(event.budgetKey()))));
    }

    void failed(StageEvent event) {
        DocumentFailed.Stage stage = stage(event.stage());
        record(event.documentId(), event.filename(), DocumentStatus.FAILED, DocumentStatus.failedRank(stage),
                Updates.combine(Updates.set("stages.failed", new Document(Map.of("at", iso(event.occurredAt()),
                        "stage", event.stage() == null ? "UNKNOWN" : event.stage(), "reason",
                        event.reason() == null ? "(no reason given)" : event.reason())))));
    }

    /** The budget is stored: the document is where the pipeline ends. */
    void validated(DocumentValidated event, Instant storedAt) {
        var report = event.report();
        record(event.documentId(), event.filename(), DocumentStatus.VALIDATED, DocumentStatus.VALIDATED_RANK,
                Updates.combine(
                        Updates.set("budgetKey", event.budgetKey().id()),
                        Updates.set("stages.validated", new Document(Map.of("at", iso(event.occurredAt()),
                                "storedAt", iso(storedAt),
                                "budgetKey", BsonMapping.toDocument(event.budgetKey()),
                                "validationStatus", report.status().name(), "errors", report.errors(),
                                "warnings", report.warnings(), "notes", report.notes())))));
    }

    /** A record of the document went to a dead-letter topic: the document waits there until it is replayed. */
    void deadLettered(DeadLetterRecord letter) {
        Document fields = new Document("at", iso(letter.at()))
                .append("stage", letter.stage())
                .append("id", letter.id())
                .append("topic", letter.topic())
                .append("partition", letter.partition())
                .append("offset", letter.offset())
                .append("originalTopic", letter.originalTopic())
                .append("originalPartition", letter.originalPartition())
                .append("originalOffset", letter.originalOffset())
                .append("exception", letter.exception())
                .append("reason", letter.reason());
        record(letter.documentId(), letter.filename(), DocumentStatus.DEAD_LETTERED, letter.rank(),
                Updates.set("stages.deadLettered", fields));
    }

    /**
     * A record re-published from the dead letter {@code deadLetterId} arrived: if the document is still waiting in
     * that dead letter it is out of it, its rank lowered so that the replayed record's stage names the status.
     */
    void replayed(String documentId, String deadLetterId) {
        Document found = documents.find(Filters.eq("_id", documentId)).first();
        if (found == null) {
            return;
        }
        Document letter = found.get("stages", new Document()).get("deadLettered", Document.class);
        if (letter == null || !deadLetterId.equals(letter.getString("id"))) {
            return;
        }
        documents.updateOne(Filters.eq("_id", documentId),
                Updates.set("stages.deadLettered.replayedAt", iso(Instant.now())));
        if (DocumentStatus.DEAD_LETTERED.name().equals(found.getString("status"))) {
            // conditional on the rank it was read with: a stage that moved it on meanwhile keeps its status
            documents.updateOne(new Document("_id", documentId).append("statusRank", found.getInteger("statusRank")),
                    Updates.set("statusRank", 0));
        }
    }

    Optional<Document> find(String documentId) {
        return Optional.ofNullable(documents.find(Filters.eq("_id", documentId)).first());
    }

    /** How many documents are in each status, counted in MongoDB. */
    Map<String, Long> countByStatus() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Document group : documents.aggregate(List.of(
                Aggregates.group("$status", Accumulators.sum("count", 1))))) {
            counts.put(String.valueOf(group.get("_id")), ((Number) group.get("count")).longValue());
        }
        return counts;
    }

    /**
     * Sets the stage's fields and raises the rank to this one if it is higher; then names the status, but only
     * while the rank is still this one, so a lower stage arriving late never overwrites it.
     */
    private void record(String documentId, String filename, DocumentStatus status, int rank, Bson stageFields) {
        List<UpdateOneModel<Document>> writes = List.of(
                new UpdateOneModel<>(Filters.eq("_id", documentId),
                        Updates.combine(stageFields, Updates.setOnInsert("filename", filename),
                                Updates.max("statusRank", rank)),
                        new UpdateOptions().upsert(true)),
                // a plain document, not Filters.and (which renders $and): the embedded server matches only the
                // plain form against the (_id, statusRank) index
                new UpdateOneModel<>(new Document("_id", documentId).append("statusRank", rank),
                        Updates.combine(Updates.set("status", status.name()), Updates.set("updatedAt", iso(Instant.now())))));
        if (PollBatch.deferring()) {
            Unwritten pending = unwritten.get();
            pending.writes.addAll(writes);
            PollBatch.defer(pending);
        } else {
            documents.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    /**
     * The status writes of the poll being processed on this thread, written in one ordered bulk write (their order
     * kept: each document's second write depends on its first) before the poll's offsets are committed.
     */
    private final class Unwritten implements PollBatch.Flush {
        final List<UpdateOneModel<Document>> writes = new ArrayList<>();

        @Override
        public void flush() {
            List<UpdateOneModel<Document>> all = new ArrayList<>(writes);
            writes.clear();
            documents.bulkWrite(all, new BulkWriteOptions().ordered(true));
        }

        @Override
        public void discard() {
            writes.clear();
        }
    }

    private static DocumentFailed.Stage stage(String name) {
        try {
            return name == null ? null : DocumentFailed.Stage.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }
}
