package budget.query.ui;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The web interface's one page, with its modules' paths versioned ({@code /ui/…} → {@code /ui/<version>/…}, see
 * {@link UiResources}), asked for again on every visit (no-cache, its ETag answered 304 while unchanged).
 */
@RestController
class UiPage {

    private final String html;

    UiPage(UiResources resources) {
        try {
            String page = new ClassPathResource("web/index.html").getContentAsString(StandardCharsets.UTF_8);
            this.html = page.replace("\"/ui/", "\"/ui/" + resources.version() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException("the web interface's page cannot be read", e);
        }
    }

    @GetMapping(value = {"/", "/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).eTag(Integer.toHexString(html.hashCode()))
                .body(html);
    }
}
