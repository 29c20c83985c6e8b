package org.citizenhub.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemMessages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
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

    @Test
    void a_path_with_an_override_accepts_a_body_up_to_its_own_limit_while_other_paths_keep_the_default() throws Exception {
        BodySizeLimitFilter withOverrides = new BodySizeLimitFilter(100,
                Map.of("/attachments", 1_000L, "/files/**", 500L, "/files/big/**", 2_000L),
                new ServletProblemWriter(new ProblemDocuments(ProblemMessages.defaults()), JsonMapper.shared()));

        assertThat(status(withOverrides, "/attachments", 1_000)).isEqualTo(200);
        assertThat(status(withOverrides, "/attachments", 1_001)).isEqualTo(413);
        assertThat(status(withOverrides, "/attachments/x", 101)).as("the pattern matches /attachments only")
                .isEqualTo(413);
        assertThat(status(withOverrides, "/letters", 101)).isEqualTo(413);
        assertThat(status(withOverrides, "/files/a/b", 500)).isEqualTo(200);
        assertThat(status(withOverrides, "/files/big/one", 2_000)).as("the most specific pattern wins")
                .isEqualTo(200);
        assertThat(status(withOverrides, "/files/big/one", 2_001)).isEqualTo(413);
    }

    @Test
    void an_override_is_matched_within_the_application_so_the_context_path_does_not_matter() throws Exception {
        BodySizeLimitFilter withOverride = new BodySizeLimitFilter(100, Map.of("/attachments", 1_000L),
                new ServletProblemWriter(new ProblemDocuments(ProblemMessages.defaults()), JsonMapper.shared()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/mailbox/attachments");
        request.setContextPath("/api/mailbox");
        request.setContent(new byte[1_000]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        withOverride.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());

        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void a_chunked_body_on_an_overridden_path_is_counted_against_the_override() throws Exception {
        BodySizeLimitFilter withOverride = new BodySizeLimitFilter(100, Map.of("/attachments", 1_000L),
                new ServletProblemWriter(new ProblemDocuments(ProblemMessages.defaults()), JsonMapper.shared()));
        MockHttpServletRequest within = chunked("x".repeat(1_000));
        within.setRequestURI("/attachments");
        MockHttpServletRequest beyond = chunked("x".repeat(1_001));
        beyond.setRequestURI("/attachments");
        MockHttpServletResponse ok = new MockHttpServletResponse();
        MockHttpServletResponse tooLarge = new MockHttpServletResponse();

        withOverride.doFilter(within, ok, (req, res) -> req.getInputStream().readAllBytes());
        withOverride.doFilter(beyond, tooLarge, (req, res) -> req.getInputStream().readAllBytes());

        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
    }

    @Test
    void overrides_are_configured_by_path_pattern_in_brackets() {
        var source = new MapConfigurationPropertySource(Map.of(
                "hub.web.max-body-size", "64KB",
                "hub.web.max-body-size-overrides.[/attachments]", "6MB",
                "hub.web.max-body-size-overrides.[/files/**]", "2MB"));

        HubWebProperties properties = new Binder(source).bind("hub.web", HubWebProperties.class).get();

        assertThat(properties.getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(properties.getMaxBodySizeOverrides())
                .containsEntry("/attachments", DataSize.ofMegabytes(6))
                .containsEntry("/files/**", DataSize.ofMegabytes(2));
    }

    private static int status(BodySizeLimitFilter filter, String path, int bodySize) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bodySize]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());
        return response.getStatus();
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
