package org.citizenhub.consultation.open311;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.CaseSites;
import org.citizenhub.consultation.cases.CaseSubmission;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.consultation.cases.domain.ErrorType;
import org.citizenhub.consultation.cases.domain.Submission;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * GeoReport v2 over the cases: the service list, published requests, one request, and a new complaint or error
 * report posted by a signed-in citizen (through the cases package's submission use case, like the portal's).
 * Nothing personal leaves: descriptions and notes are the masked published texts, addresses are masked and
 * coordinates rounded; a request whose texts were not cleared for publication is shown only to its writer, and then
 * without texts.
 */
@Service
class GeoReport {

    /** The spec: at most 1000 requests per answer, and by default those of the last 90 days. */
    static final int MAX_REQUESTS = 1000;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_ADDRESS = 250;
    static final int TITLE_LENGTH = 30;
    static final String PAGE_URL = "page_url";
    static final String ERROR_TYPE = "error_type";
    static final String AGREES_TO_PUBLICATION = "agrees_to_publication";

    private static final PersonalDataMasker MASKER = PersonalDataMasker.standard();

    private final Open311Services services;
    private final Open311Requests requests;
    private final CaseSubmission submission;
    private final CaseSites sites;
    private final Clock clock;

    GeoReport(Open311Services services, Open311Requests requests, CaseSubmission submission, Clock clock,
              CaseSites sites) {
        this.sites = sites;
        this.services = services;
        this.requests = requests;
        this.submission = submission;
        this.clock = clock;
    }

    List<Open311Views.ServiceView> services(Locale locale) {
        return services.all().stream().map(s -> new Open311Views.ServiceView(s.code(), s.name(locale),
                s.description(locale), s.metadata(), "realtime", s.keywords(), s.group(locale))).toList();
    }

    Open311Views.ServiceDefinition definition(String code, Locale locale) {
        var service = services.byCode(code).orElseThrow(() -> notFound("service_code", code, locale));
        boolean en = Open311Services.english(locale);
        var attributes = new ArrayList<Open311Views.Attribute>();
        if (service.kind() == CaseKind.ERROR_REPORT) {
            var values = Arrays.stream(ErrorType.values()).map(t -> new Open311Views.Value(t.name(),
                    errorTypeName(t, en))).toList();
            attributes.add(new Open311Views.Attribute(true, PAGE_URL, "string", true,
                    en ? "http(s) address of the page" : "页面的 http(s) 地址", 1,
                    en ? "Address of the page with the error" : "出错页面的网址", null));
            attributes.add(new Open311Views.Attribute(true, ERROR_TYPE, "singlevaluelist", true, null, 2,
                    en ? "What is wrong with the page" : "错误类型", values));
        }
        attributes.add(new Open311Views.Attribute(true, AGREES_TO_PUBLICATION, "singlevaluelist", false, null,
                attributes.size() + 1, en ? "May the request and its reply be published, masked (default: no)?"
                        : "是否同意（隐去个人信息后）公开诉求及答复（默认不同意）",
                List.of(new Open311Views.Value("true", en ? "Yes" : "同意"),
                        new Open311Views.Value("false", en ? "No" : "不同意"))));
        return new Open311Views.ServiceDefinition(service.code(), attributes);
    }

    /** The published requests of the site (and of the sites below it when the selection includes them). */
    List<Open311Views.RequestView> requests(MultiValueMap<String, String> params, SiteSelection site,
                                            Locale locale) {
        var ids = list(params.getFirst("service_request_id"));
        Open311Requests.Filter filter;
        if (!ids.isEmpty()) {
            // the spec: service_request_id overrides every other argument
            filter = new Open311Requests.Filter(ids, List.of(), null, null, null, MAX_REQUESTS);
        } else {
            var codes = new ArrayList<Open311Requests.ServiceFilter>();
            for (String code : list(params.getFirst("service_code"))) {
                var s = services.byCode(code).orElseThrow(() -> notFound("service_code", code, locale));
                codes.add(new Open311Requests.ServiceFilter(s.kind(), s.kind() == CaseKind.ERROR_REPORT ? null
                        : s.category()));
            }
            Instant from = datetime(params.getFirst("start_date"), "start_date", locale);
            Instant to = datetime(params.getFirst("end_date"), "end_date", locale);
            if (from == null && to == null) {
                to = clock.instant();
            }
            if (from == null) {
                from = to.minus(DEFAULT_WINDOW);
            }
            if (to == null) {
                to = from.plus(DEFAULT_WINDOW);
            }
            if (to.isBefore(from) || Duration.between(from, to).compareTo(DEFAULT_WINDOW) > 0) {
                throw new Open311Error(400, text(locale, "start_date 与 end_date 的间隔须在 90 天以内且不得颠倒",
                        "start_date to end_date must not be reversed nor span more than 90 days"));
            }
            filter = new Open311Requests.Filter(List.of(), codes, from, to, status(params.getFirst("status"),
                    locale), MAX_REQUESTS);
        }
        return requests.published(filter, scope(site)).stream().map(r -> view(r, locale)).toList();
    }

    /** A published request for anyone; an unpublished one for its writer only, without texts; 404 otherwise. */
    Open311Views.RequestView request(String id, Optional<CurrentUser> caller, SiteSelection site, Locale locale) {
        var row = requests.byTrackingNumber(id, scope(site))
                .filter(r -> r.published() || caller.map(u -> u.subject().equals(r.writerId())).orElse(false))
                .orElseThrow(() -> notFound("service_request_id", id, locale));
        return view(row, locale);
    }

    /** @param site the site the request is posted on: the case belongs to it and goes to its dispatch centre */
    Open311Views.Created submit(CurrentUser citizen, MultiValueMap<String, String> form, String idempotencyKey,
                                SiteSelection site, Locale locale) {
        String code = required(form, "service_code", locale);
        var service = services.byCode(code).orElseThrow(() -> notFound("service_code", code, locale));
        String description = required(form, "description", locale);
        if (description.length() > MAX_DESCRIPTION) {
            throw invalid("description", locale);
        }
        BigDecimal lat = coordinate(form.getFirst("lat"), 90, "lat", locale);
        BigDecimal lon = coordinate(form.getFirst("long"), 180, "long", locale);
        if ((lat == null) != (lon == null)) {
            throw invalid("lat/long", locale);
        }
        String address = optional(form.getFirst("address_string"));
        String addressId = optional(form.getFirst("address_id"));
        if (addressId != null && addressId.length() > MAX_ADDRESS) {
            throw invalid("address_id", locale);
        }
        if (address != null && address.length() > MAX_ADDRESS) {
            throw invalid("address_string", locale);
        }
        Submission.ErrorReport errorReport = null;
        if (service.kind() == CaseKind.ERROR_REPORT) {
            errorReport = errorReport(form, locale);
        } else if (lat == null && address == null && addressId == null) {
            // the spec: a location (lat & long, address_string or address_id) is required
            throw new Open311Error(400, text(locale, "须提供位置：lat 和 long，或 address_string",
                    "a location is required: lat and long, or address_string"));
        }
        String email = optional(form.getFirst("email"));
        String phone = optional(form.getFirst("phone"));
        if (email != null && !email.matches("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}")) {
            throw invalid("email", locale);
        }
        if (phone != null && !phone.matches("1[3-9][0-9]{9}")) {
            throw invalid("phone", locale);
        }
        String name = name(form.getFirst("first_name"), form.getFirst("last_name"));
        String consent = optional(form.getFirst("attribute[" + AGREES_TO_PUBLICATION + "]"));
        if (consent != null && !consent.equals("true") && !consent.equals("false")) {
            throw invalid("attribute[" + AGREES_TO_PUBLICATION + "]", locale);
        }
        var command = new CaseSubmission.SubmitCase(service.kind(), service.category(), title(description),
                body(description, address != null || addressId == null ? address : "#" + addressId, lat, lon, locale),
                errorReport, "true".equals(consent),
                email != null ? ContactChannel.EMAIL : ContactChannel.SITE, name, email, phone,
                Open311Services.english(locale) ? "en" : "zh-CN", List.of());
        // a refusal of the submission (e.g. a reused Idempotency-Key) is a HubProblem: Open311ErrorHandler words it
        var receipt = submission.submit(Actors.citizen(citizen), site.code(), command,
                IdempotencyKey.fromHeader(idempotencyKey));
        if (lat != null || address != null) {
            requests.saveLocation(receipt.c().id(), lat, lon,
                    address == null ? null : MASKER.maskText(address, name == null ? List.of() : List.of(name)),
                    clock.instant());
        }
        return new Open311Views.Created(receipt.trackingNumber(), service.notice(locale), null);
    }

    private Open311Requests.SiteScope scope(SiteSelection site) {
        return new Open311Requests.SiteScope(site.sites(), sites.root());
    }

    // --- views ---------------------------------------------------------------------------------------------------

    private Open311Views.RequestView view(Open311Requests.Row r, Locale locale) {
        var service = services.of(r.kind(), r.category()).orElse(null);
        boolean open = Open311Requests.isOpen(r.status());
        return new Open311Views.RequestView(r.trackingNumber(), open ? "open" : "closed",
                statusNotes(r, locale), service == null ? null : service.name(locale),
                service == null ? null : service.code(), r.published() ? r.question() : null, r.department(),
                service == null ? null : service.notice(locale), Open311Views.datetime(r.requestedAt()),
                Open311Views.datetime(r.updatedAt()), open ? Open311Views.datetime(r.dueAt()) : null,
                r.published() ? r.address() : null, r.published() ? r.lat() : null, r.published() ? r.lon() : null,
                null);
    }

    /** The published reply once there is one; otherwise where the request stands, in words. */
    private static String statusNotes(Open311Requests.Row r, Locale locale) {
        if (r.published() && r.answer() != null) {
            return r.answer();
        }
        return switch (r.status()) {
            case SUBMITTED -> text(locale, "已收到，等待受理", "received, waiting to be accepted");
            case ACCEPTED -> text(locale, "已受理，等待派单", "accepted, waiting to be dispatched");
            case HANDLING, DISPUTED -> text(locale, "办理中", "being handled");
            case AWAITING_CITIZEN -> text(locale, "等待补充材料", "waiting for information from the citizen");
            case IN_REVIEW -> text(locale, "答复审核中", "reply in review");
            case ANSWERED, CLOSED -> text(locale, "已答复", "answered");
            case REFUSED -> text(locale, "不予受理", "not accepted");
            case MERGED -> text(locale, "已并入其他诉求", "merged into another request");
        };
    }

    // --- input ---------------------------------------------------------------------------------------------------

    private static Submission.ErrorReport errorReport(MultiValueMap<String, String> form, Locale locale) {
        String url = form.getFirst("attribute[" + PAGE_URL + "]");
        String type = form.getFirst("attribute[" + ERROR_TYPE + "]");
        if (url == null || type == null) {
            throw new Open311Error(400, text(locale, "纠错须提供 attribute[page_url] 和 attribute[error_type]",
                    "an error report needs attribute[page_url] and attribute[error_type]"));
        }
        try {
            return new Submission.ErrorReport(url.strip(), ErrorType.valueOf(type.strip()));
        } catch (IllegalArgumentException e) {
            throw invalid("attribute[page_url] / attribute[error_type]", locale);
        }
    }

    /** The case's title: the first line of the description, shortened to 30 characters. */
    static String title(String description) {
        String first = description.strip().lines().findFirst().orElse("").strip();
        int[] cps = first.codePoints().toArray();
        return cps.length <= TITLE_LENGTH ? first : new String(cps, 0, TITLE_LENGTH) + "…";
    }

    /** The location goes into the case's text too, for the handlers (the published copy masks the address). */
    private static String body(String description, String address, BigDecimal lat, BigDecimal lon, Locale locale) {
        var body = new StringBuilder(description.strip());
        if (address != null || lat != null) {
            body.append("\n\n").append(text(locale, "位置：", "Location: "));
            if (address != null) {
                body.append(address);
            }
            if (lat != null) {
                body.append(address == null ? "" : " ").append('(').append(lat.toPlainString()).append(", ")
                        .append(lon.toPlainString()).append(')');
            }
        }
        return body.toString();
    }

    private static String name(String first, String last) {
        String f = optional(first);
        String l = optional(last);
        if (f == null && l == null) {
            return null;
        }
        String name = (l == null ? "" : l) + (f == null ? "" : f);
        return name.length() > 50 ? name.substring(0, 50) : name;
    }

    private static BigDecimal coordinate(String value, int bound, String field, Locale locale) {
        if (optional(value) == null) {
            return null;
        }
        try {
            var d = new BigDecimal(value.strip());
            if (d.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
                throw invalid(field, locale);
            }
            return d;
        } catch (NumberFormatException e) {
            throw invalid(field, locale);
        }
    }

    private static Instant datetime(String value, String field, Locale locale) {
        if (optional(value) == null) {
            return null;
        }
        try {
            // an unencoded '+' of the offset arrives as a space
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, text(locale, field + " 须为带时区的 ISO 8601 时间，如 2026-10-09T10:00:00+08:00",
                    field + " must be an ISO 8601 datetime with an offset, e.g. 2026-10-09T10:00:00+08:00"));
        }
    }

    private static Boolean status(String value, Locale locale) {
        var statuses = list(value);
        if (statuses.isEmpty() || statuses.contains("open") && statuses.contains("closed")) {
            if (statuses.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
                throw invalid("status", locale);
            }
            return null;
        }
        if (statuses.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
            throw invalid("status", locale);
        }
        return statuses.contains("open");
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String required(MultiValueMap<String, String> form, String field, Locale locale) {
        String value = optional(form.getFirst(field));
        if (value == null) {
            throw new Open311Error(400, text(locale, "缺少必填参数 " + field, field + " is required"));
        }
        return value;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Open311Error invalid(String field, Locale locale) {
        return new Open311Error(400, text(locale, "参数 " + field + " 的值无效", "invalid value of " + field));
    }

    static Open311Error notFound(String field, String value, Locale locale) {
        return new Open311Error(404, text(locale, field + " “" + value + "” 不存在", field + " " + value
                + " not found"));
    }

    static String text(Locale locale, String zh, String en) {
        return Open311Services.english(locale) ? en : zh;
    }

    private static String errorTypeName(ErrorType type, boolean en) {
        return switch (type) {
            case WRONG_OR_OUTDATED -> en ? "Wrong or outdated information" : "信息错误或过时";
            case BROKEN_LINK -> en ? "Broken link" : "链接失效";
            case PAGE_DOES_NOT_OPEN -> en ? "Page does not open" : "页面无法打开";
            case OTHER -> en ? "Other" : "其他";
        };
    }
}
