package org.citizenhub.mailbox.letter;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import org.citizenhub.web.security.SiteTree;

/**
 * {@code gov.hub.mailbox.letter.<event>.v1} for every handling step that other systems follow: accepted,
 * rejected, assigned, transferred, replied, published, rated, reopened, due-soon, overdue. One payload shape
 * (schema: resources/events/letter.handled.v1.schema.json); fields that do not apply to a step are null. Like
 * {@link LetterSubmitted}, it carries no letter text and no personal data.
 */
public record LetterHandled(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TOPIC = LetterSubmitted.TOPIC;
    public static final URI SOURCE = LetterSubmitted.SOURCE;

    /**
     * @param event       the step, as in the type (e.g. {@code transferred})
     * @param department  the handling department after the step
     * @param reason      not accepted: DUPLICATE, OUT_OF_SCOPE, ABUSIVE, UNCLEAR or MERGED; transferred: null
     * @param mergedInto  tracking number of the letter it was merged into
     * @param dueAt       the reply deadline after the step, when one runs
     * @param onTime      replied: whether within the deadline
     * @param rating      rated: SATISFIED, BASICALLY_SATISFIED or UNSATISFIED
     * @param site         the site (集约化) of the letter: its mailbox office's; null if the directory does not know
     *                     the office
     * @param handlingSite the site of the handling department after the step; null before assignment or if the
     *                     directory does not know the department (a city letter transferred to a district: the
     *                     district)
     */
    public record Data(UUID letterId, String trackingNumber, String mailbox, String category, String event,
                       String status, String department, String fromDepartment, String reason, String mergedInto,
                       OffsetDateTime dueAt, Boolean onTime, String rating, OffsetDateTime occurredAt, String site,
                       String handlingSite) {
    }

    public static String type(String event) {
        return "gov.hub.mailbox.letter." + event + ".v1";
    }

    static LetterHandled of(Letter letter, LetterChange change, SiteTree sites, ZoneId zone, java.time.Clock clock) {
        var s = letter.state();
        var d = change.details();
        String tn = s.trackingNumber().value();
        String event = change.action().event();
        String reason = (String) d.get("reason");
        if (change.action() == LetterChange.Action.TRANSFERRED) {
            reason = null;
        }
        Object dueAt = d.get("dueAt");
        return new LetterHandled(
                EventMetadata.create(type(event), SOURCE, tn, TOPIC, tn, clock),
                new Data(s.id(), tn, s.mailbox(), s.category().name(), event, change.to().name(), s.department(),
                        (String) d.get("fromDepartment"), reason, (String) d.get("mergedInto"),
                        dueAt instanceof java.time.Instant i ? i.atZone(zone).toOffsetDateTime() : null,
                        (Boolean) d.get("onTime"), (String) d.get("rating"),
                        change.at().atZone(zone).toOffsetDateTime(), siteOf(sites, s.mailboxOwner()),
                        siteOf(sites, s.department())));
    }

    static String siteOf(SiteTree sites, String department) {
        return department == null ? null : sites.siteOf(department).orElse(null);
    }
}
