package org.citizenhub.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citizenhub.web.problem.ProblemMessages;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.junit.jupiter.api.Test;

class BodySizeLimitsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void attachment_uploads_get_their_own_limit_and_every_other_path_the_default() {
        var filter = new BodySizeLimitWebFilter(MB, Map.of("/api/*/attachments", 6 * MB),
                new ReactiveProblemWriter(ProblemMessages.defaults()));

        assertThat(filter.limitFor("/api/mailbox/attachments")).isEqualTo(6 * MB);
        assertThat(filter.limitFor("/api/consultation/attachments")).isEqualTo(6 * MB);
        assertThat(filter.limitFor("/api/mailbox/letters")).isEqualTo(MB);
        assertThat(filter.limitFor("/api/mailbox/attachments/x/y")).isEqualTo(MB);
        assertThat(filter.limitFor("/admin/api/mailbox/mailboxes")).isEqualTo(MB);
    }

    @Test
    void the_first_matching_override_wins() {
        var overrides = new LinkedHashMap<String, Long>();
        overrides.put("/api/mailbox/**", 2 * MB);
        overrides.put("/api/*/attachments", 6 * MB);
        var filter = new BodySizeLimitWebFilter(MB, overrides, new ReactiveProblemWriter(ProblemMessages.defaults()));

        assertThat(filter.limitFor("/api/mailbox/attachments")).isEqualTo(2 * MB);
        assertThat(filter.limitFor("/api/consultation/attachments")).isEqualTo(6 * MB);
    }
}
