package budget.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * Requires an API key ({@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}) for what changes
 * the pipeline (uploads, replays: any non-GET under /api) and for the operator endpoints (/api/ops); reads
 * stay open unless budget.security.protect-reads is true. Keys are budget.security.api-keys, a comma
 * separated list; with none configured, protected endpoints refuse everyone rather than open up.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    private final List<byte[]> keys;
    private final boolean protectReads;

    public ApiKeyFilter(String keys, boolean protectReads) {
        this.keys = Arrays.stream(keys.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.protectReads = protectReads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isProtected(request) || presented(request)) {
            chain.doFilter(request, response);
            return;
        }
        String detail = keys.isEmpty()
                ? "no API key is configured on this service (budget.security.api-keys); protected endpoints are closed"
                : "this endpoint needs an API key: send it as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + detail + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
    }

    private boolean isProtected(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.startsWith("/api/")) {
            return false;
        }
        boolean read = List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
        return !read || path.startsWith("/api/ops/") || protectReads;
    }

    private boolean presented(HttpServletRequest request) {
        String key = request.getHeader("X-API-Key");
        String authorization = request.getHeader("Authorization");
        if (key == null && authorization != null && authorization.startsWith("Bearer ")) {
            key = authorization.substring("Bearer ".length()).strip();
        }
        if (key == null) {
            return false;
        }
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        // constant-time comparison: the answer time does not reveal how much of a key was right
        return keys.stream().anyMatch(k -> MessageDigest.isEqual(k, given));
    }
}
