package budget.query.ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the web interface (static files under /, see README "Web interface") needs to know of its
 * deployment: where uploads go. Everything else it asks this service, on its own origin.
 */
@RestController
class UiController {

    private final UiSettings settings;

    UiController(@Value("${budget.query.ingest-url}") String ingestUrl) {
        this.settings = new UiSettings(ingestUrl.endsWith("/") ? ingestUrl.substring(0, ingestUrl.length() - 1) : ingestUrl);
    }

    @Operation(summary = "Settings of the web interface: the ingest-service base URL uploads go to (empty: this origin)")
    @GetMapping("/api/ui/settings")
    UiSettings settings() {
        return settings;
    }

    /** @param ingestUrl base URL of ingest-service as the browser reaches it; empty when it is this origin */
    record UiSettings(@JsonProperty("ingestUrl") String ingestUrl) {
    }
}
