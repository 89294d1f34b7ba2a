package budget.query.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * How browsers may keep the web interface's files. The webjars' paths carry their version
 * ({@code /webjars/echarts/5.3.1/…}): a file at such a path never changes, so it is kept a year and never asked for
 * again ({@code immutable}), which spares the charts page ECharts' megabyte on every visit. The interface's own
 * modules ({@code /ui/…}, {@code /}) have no version in their paths: they are asked for again each time and
 * answered 304 while unchanged ({@code no-cache} with Last-Modified), so a new release shows at once.
 */
@Configuration(proxyBeanMethods = false)
class UiResources implements WebMvcConfigurer {

    static final Duration VERSIONED = Duration.ofDays(365);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(VERSIONED).cachePublic().immutable());
        registry.addResourceHandler("/ui/**").addResourceLocations("classpath:/static/ui/")
                .setCacheControl(CacheControl.noCache());
    }
}
