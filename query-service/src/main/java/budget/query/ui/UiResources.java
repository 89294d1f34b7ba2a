package budget.query.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * How browsers may keep the web interface's files. A file at a path that carries its version never changes, so it is
 * kept a year and never asked for again ({@code immutable}): the interface's modules, styles and ECharts are served
 * under {@code /ui/<version>/…}, where the version is a digest of all of them (any change to any file gives new
 * paths; the modules import each other, and find ECharts, by relative paths, so one versioned entry point versions
 * them all). The page itself ({@link UiPage}) and the unversioned {@code /ui/…} paths are asked for
 * again each time and answered 304 while unchanged ({@code no-cache}), so a new release shows at once.
 */
@Configuration(proxyBeanMethods = false)
class UiResources implements WebMvcConfigurer {

    static final Duration VERSIONED = Duration.ofDays(365);
    private static final String MODULES = "classpath:/static/ui/";

    private final String version = digest();

    /** The version of the interface's modules: the first 12 hex digits of the SHA-256 of their paths and bytes. */
    String version() {
        return version;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl forever = CacheControl.maxAge(VERSIONED).cachePublic().immutable();
        registry.addResourceHandler("/ui/" + version + "/**").addResourceLocations(MODULES).setCacheControl(forever);
        registry.addResourceHandler("/ui/**").addResourceLocations(MODULES).setCacheControl(CacheControl.noCache());
    }

    private static String digest() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(MODULES + "**/*.*");
            Arrays.sort(files, Comparator.comparing(UiResources::path));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Resource file : files) {
                sha.update(path(file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("the web interface's modules cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(Resource file) {
        try {
            String url = file.getURL().toString();
            return url.substring(url.lastIndexOf("/static/ui/") + "/static/ui/".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
