package org.citizenhub.web.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.citizenhub.web.problem.CommonProblem;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Rejects request bodies larger than {@code hub.web.max-body-size} with 413 problem+json: up front when the
 * Content-Length announces too much, otherwise (chunked bodies) as soon as more bytes than allowed were read.
 * Bodies read by Spring MVC surface as a {@link PayloadTooLargeException} cause that the exception handler
 * answers with 413; anything else that reads too much is answered here.
 *
 * <p>Paths matching a pattern of {@code hub.web.max-body-size-overrides} (e.g. an upload endpoint) get that limit
 * instead; the most specific matching pattern wins. Multipart bodies are parsed by the servlet container, which
 * does not read through this filter: the container's own multipart limits bound chunked uploads there.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private record PathLimit(PathPattern pattern, long maxBytes) {
    }

    private final long maxBytes;
    private final List<PathLimit> overrides;
    private final ServletProblemWriter problems;

    public BodySizeLimitFilter(long maxBytes, ServletProblemWriter problems) {
        this(maxBytes, Map.of(), problems);
    }

    /**
     * @param overrides limits by {@link PathPattern} (matched against the path within the application, e.g.
     *                  {@code /attachments} or {@code /files/**}), used instead of {@code maxBytes} where they match
     */
    public BodySizeLimitFilter(long maxBytes, Map<String, Long> overrides, ServletProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.overrides = overrides.entrySet().stream()
                .map(e -> new PathLimit(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(PathLimit::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
        this.problems = problems;
    }

    /** The limit for this request: the most specific matching override, else {@code hub.web.max-body-size}. */
    long limitFor(HttpServletRequest request) {
        if (overrides.isEmpty()) {
            return maxBytes;
        }
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        for (PathLimit override : overrides) {
            if (override.pattern().matches(path)) {
                return override.maxBytes();
            }
        }
        return maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            problems.write(request, response, CommonProblem.PAYLOAD_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(announced >= 0 ? request : new LimitedRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (PayloadTooLargeException.isCauseOf(failure) && !response.isCommitted()) {
                response.resetBuffer();
                problems.write(request, response, CommonProblem.PAYLOAD_TOO_LARGE);
                return;
            }
            throw failure;
        }
    }

    /** A request whose body stream fails once it delivered more than the limit. */
    static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    static final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long count;

        CountingInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            count += n;
            if (count > maxBytes) {
                throw new PayloadTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return delegate.available();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
