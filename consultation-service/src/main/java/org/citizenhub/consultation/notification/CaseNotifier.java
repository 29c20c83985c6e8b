package org.citizenhub.consultation.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.citizenhub.casework.notify.CitizenNotifier;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.notify.Notification;
import org.citizenhub.casework.notify.NotificationKind;
import org.citizenhub.consultation.ConsultationProperties;
import org.citizenhub.consultation.cases.domain.CaseChange;
import org.citizenhub.consultation.cases.CaseHandling;
import org.citizenhub.consultation.cases.CaseRepository;
import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.Screening;
import org.springframework.stereotype.Component;

/**
 * Queues the writer's notification for the steps they are told of, in the step's transaction: accepted, refused,
 * merged (the duplicate's writer), a promised completion date, a question, and the answer — which also goes to the
 * writers of every duplicate merged into the case.
 */
@Component
class CaseNotifier implements CaseHandling.CaseStepListener {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CitizenNotifier notifier;
    private final CaseRepository cases;
    private final ConsultationProperties properties;

    CaseNotifier(CitizenNotifier notifier, CaseRepository cases, ConsultationProperties properties) {
        this.notifier = notifier;
        this.cases = cases;
        this.properties = properties;
    }

    @Override
    public void stepTaken(ConsultationCase c, CaseChange change) {
        String title = c.state().submission().title();
        switch (change.action()) {
            case ACCEPTED -> send(c.trackingNumber(), ConsultationNotifications.CASE_ACCEPTED, (locale) ->
                    params(title, ConsultationNotifications.DUE_DATE, date((Instant) change.details().get("dueAt"),
                            locale)));
            case REFUSED -> send(c.trackingNumber(), ConsultationNotifications.CASE_REFUSED, (locale) ->
                    params(title, ConsultationNotifications.REASON, reason(c.state().screening(), locale)));
            case MERGED -> send(c.trackingNumber(), ConsultationNotifications.CASE_MERGED, (locale) ->
                    params(title, ConsultationNotifications.MERGED_INTO, c.state().screening().mergedInto()));
            case COMPLETION_PROMISED -> send(c.trackingNumber(), ConsultationNotifications.COMPLETION_PROMISED,
                    (locale) -> params(title, ConsultationNotifications.DUE_DATE,
                            date((Instant) change.details().get("dueAt"), locale)));
            case INFORMATION_REQUESTED -> send(c.trackingNumber(), ConsultationNotifications.INFORMATION_REQUESTED,
                    (locale) -> params(title));
            case REPLIED -> {
                send(c.trackingNumber(), ConsultationNotifications.CASE_ANSWERED, (locale) -> params(title));
                for (String duplicate : c.state().mergedFrom()) {
                    send(duplicate, ConsultationNotifications.CASE_ANSWERED, (locale) -> params(title));
                }
            }
            default -> {
            }
        }
    }

    private interface Params {
        Map<String, String> of(Locale locale);
    }

    private void send(String trackingNumber, NotificationKind kind, Params params) {
        var reach = cases.reach(trackingNumber);
        var locale = Notification.supported(Locale.forLanguageTag(reach.locale()));
        var values = new LinkedHashMap<>(params.of(locale));
        values.put(ConsultationNotifications.QUERY_URL, properties.queryUrl());
        String recipient = switch (reach.channel()) {
            case EMAIL -> reach.contact().email();
            case SMS -> reach.contact().phone();
            case SITE -> null;
        };
        ContactChannel channel = recipient == null ? ContactChannel.SITE : reach.channel();
        notifier.enqueue(new Notification(reach.trackingNumber(), channel, recipient, kind, locale, values));
    }

    private static Map<String, String> params(String title, String... more) {
        var map = new LinkedHashMap<String, String>();
        map.put(ConsultationNotifications.TITLE, title);
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] != null) {
                map.put(more[i], more[i + 1]);
            }
        }
        return map;
    }

    private static String date(Instant at, Locale locale) {
        if (at == null) {
            return null;
        }
        var pattern = locale.getLanguage().equals("en") ? "d MMMM yyyy HH:mm" : "yyyy年M月d日 HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(ZONE));
    }

    private static String reason(Screening screening, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        String label = switch (screening.refusal()) {
            case OUT_OF_SCOPE -> en ? "not within the scope of this service" : "不属于受理范围";
            case IN_LEGAL_PROCEEDINGS -> en ? "already in legal or administrative proceedings" : "已进入诉讼、仲裁或行政复议程序";
            case INSUFFICIENT_INFORMATION -> en ? "not enough information to handle it" : "诉求内容不清、无法办理";
            case ABUSIVE -> en ? "abusive content" : "含有辱骂、攻击性内容";
            case OTHER -> en ? "other" : "其他";
        };
        return label + (en ? ": " : "：") + screening.note();
    }
}
