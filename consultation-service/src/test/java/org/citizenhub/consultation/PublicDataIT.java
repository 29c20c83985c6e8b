package org.citizenhub.consultation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;

/**
 * The public side's integration tests (knowledge base, Open311, statistics) on the service's one shared context
 * ({@link ConsultationIT}): a department of their own, form and query encoding, and a case taken through the
 * workflow to an approved (and, if allowed, published) answer.
 */
public abstract class PublicDataIT extends ConsultationIT {

    protected static final String FORM = "application/x-www-form-urlencoded";

    protected static final Account education = TestAccounts.handler("D-EDUCATION");

    protected Response put(String path, Account who, Object body) {
        return request("PUT", path, who, JSON, MAPPER.writeValueAsString(body));
    }

    protected static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A case whose writer agrees to the publication of its masked text. */
    protected static Map<String, Object> publicCase(String kind, String category, String title, String body) {
        var map = caseOf(kind, category, title, body);
        map.put("agreesToPublication", true);
        return map;
    }

    /** Accepted by the centre, dispatched to the handler's department, replied, approved by the reviewer. */
    protected void answer(String tn, Account handler, String reply, boolean allowPublication) {
        expect(step(dispatcher, tn, "acceptance", Map.of()), 200);
        expect(step(dispatcher, tn, "dispatch", Map.of("lead", handler.department(), "coHandlers", List.of())), 200);
        expect(step(handler, tn, "reply", Map.of("text", reply)), 200);
        expect(step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", allowPublication)), 200);
    }
}
