package org.citizenhub.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemMessages;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class BodySizeLimitFilterTest {

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(100,
            new ServletProblemWriter(new ProblemDocuments(ProblemMessages.defaults()), JsonMapper.shared()));

    @Test
    void a_chunked_body_is_cut_off_with_413_once_more_than_the_limit_was_read() throws Exception {
        MockHttpServletRequest request = chunked("x".repeat(101));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"type\":\"https://citizenhub.example/problems/payload-too-large\"");
    }

    @Test
    void a_chunked_body_within_the_limit_is_read_completely() throws Exception {
        MockHttpServletRequest request = chunked("x".repeat(100));
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[][] read = new byte[1][];

        filter.doFilter(request, response, (req, res) -> read[0] = req.getReader().readLine().getBytes());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(read[0]).hasSize(100);
    }

    @Test
    void an_announced_content_length_above_the_limit_is_rejected_without_calling_the_application() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/letters");
        request.setContent(new byte[101]);
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not be called");
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"title\":\"Request too large\"");
    }

    /** A request without Content-Length, as a chunked transfer arrives. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/letters") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.addHeader("Transfer-Encoding", "chunked");
        return request;
    }
}
