package budget.ingest.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Lets the web interface, served by query-service on another origin, upload here: the browser's preflight
 * and the upload itself are answered with CORS headers for the origins in budget.ingest.cors-allowed-origins
 * (comma separated; empty allows none; a port may be a pattern, {@code http://localhost:[*]}). The filter runs before the API key check, so a refused upload (401,
 * 413, 415, 429) still reaches the page with its reason instead of as an opaque network error.
 */
@Configuration(proxyBeanMethods = false)
class UploadCorsConfiguration {

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(@Value("${budget.ingest.cors-allowed-origins:}") String origins) {
        CorsConfiguration upload = new CorsConfiguration();
        upload.setAllowedOriginPatterns(Arrays.stream(origins.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList());
        upload.setAllowedMethods(List.of("POST", "OPTIONS"));
        upload.setAllowedHeaders(List.of("Content-Type", "X-API-Key", "Authorization"));
        upload.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/documents", upload);
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
