package budget.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic event ids: one per (document, event type, detail), so redeliveries are recognisable. */
public final class EventIds {

    private EventIds() {
    }

    public static String of(String documentId, String eventType, String... detail) {
        String seed = documentId + '/' + eventType + '/' + String.join("/", detail);
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
