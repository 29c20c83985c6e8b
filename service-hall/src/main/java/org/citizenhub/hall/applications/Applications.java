package org.citizenhub.hall.applications;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.attachments.AttachmentSubject;
import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.casework.deadlines.CaseRef;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.casework.history.StepHistory;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.casework.submission.IdempotentSubmission;
import org.citizenhub.casework.tracking.QueryCode;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.events.EventMetadata;
import org.citizenhub.hall.applications.ApplicationRepository.Stored;
import org.citizenhub.hall.applications.domain.Applicant;
import org.citizenhub.hall.applications.domain.Application;
import org.citizenhub.hall.applications.domain.ApplicationNumber;
import org.citizenhub.hall.applications.domain.ApplicationPolicyViolation;
import org.citizenhub.hall.applications.domain.ApplicationTerms;
import org.citizenhub.hall.applications.domain.Outcome;
import org.citizenhub.hall.applications.domain.Phase;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of applications: submission (form checked against the item's JSON Schema, materials claimed,
 * idempotent), every step of the configured process, the 行政许可法 第三十二条 batch, deadline announcements, the
 * licence of a granted application, and who may see what (applicant, query-code holder, the departments that work
 * on it; everyone else finds nothing).
 */
@Service
public class Applications {

    static final String SERVICE = "service-hall";
    static final String CASE_TYPE = "application";
    /** Attachments of applications: the materials (申请材料). */
    public static final String SUBJECT_TYPE = "hall-application";
    private static final Logger log = LoggerFactory.getLogger(Applications.class);
    private static final char[] CHECK_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    public record Receipt(String number, String queryCode, Stored stored, boolean replayed) {
    }

    public record SubmitApplication(String implementationCode, String legalPersonName, String creditCode,
                                    JsonNode form, Map<String, UUID> materials, Contact contact) {
    }

    /** How the applicant wants to be told: SITE (the site's own list, no contact), SMS (phone) or EMAIL. */
    public record Contact(String channel, String phone, String email, String locale) {
    }

    public record Licence(String number, UUID applicationId, String itemName, String holder, String holderCode,
                          String department, LocalDate validFrom, LocalDate validUntil, String checkCode,
                          Instant issuedAt) {
    }

    private final ApplicationRepository applications;
    private final ObjectProvider<ApplicableItems> items;
    private final FormValidation forms;
    private final TrackingNumbers trackingNumbers;
    private final QueryCode queryCodes;
    private final IdempotentSubmission submissions;
    private final Attachments attachments;
    private final StepHistory history;
    private final HubCalendar calendar;
    private final HubSites sites;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ApplicationsProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();
    private final org.citizenhub.audit.AuditLog audit;
    private final ObjectProvider<org.citizenhub.privacy.PersonalDataSeal> seals;
    private final ObjectProvider<org.citizenhub.casework.notify.CitizenNotifier> notifier;
    private final ObjectProvider<org.citizenhub.casework.notify.NotificationCatalogue> notificationCatalogue;

    Applications(ApplicationRepository applications, ObjectProvider<ApplicableItems> items, JsonMapper json,
                 JdbcClient jdbc, QueryCode queryCodes, IdempotentSubmission submissions, Attachments attachments,
                 HubCalendar calendar, HubSites sites, ApplicationEventPublisher events,
                 TransactionTemplate transactions, ApplicationsProperties properties, Clock clock,
                 ObjectProvider<org.citizenhub.privacy.PersonalDataSeal> seals,
                 ObjectProvider<org.citizenhub.casework.notify.CitizenNotifier> notifier,
                 ObjectProvider<org.citizenhub.casework.notify.NotificationCatalogue> notificationCatalogue,
                 org.citizenhub.audit.AuditLog audit) {
        this.audit = audit;
        this.seals = seals;
        this.notifier = notifier;
        this.notificationCatalogue = notificationCatalogue;
        this.applications = applications;
        this.items = items;
        this.forms = new FormValidation(json);
        this.trackingNumbers = TrackingNumbers.fromSequence(jdbc, "BJ", "hall_application_tracking_serial", clock);
        this.queryCodes = queryCodes;
        this.submissions = submissions;
        this.attachments = attachments;
        this.history = new StepHistory(jdbc, "hall_application_history", "application_id", json);
        this.calendar = calendar;
        this.sites = sites;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    // ---- submission ----------------------------------------------------------------------------------------------

    public Receipt submit(CurrentUser user, SubmitApplication command, Optional<IdempotencyKey> key) {
        var citizen = new Actor(user.subject(), user.username(), Actor.Role.CITIZEN, null);
        var item = Optional.ofNullable(items.getIfAvailable()).flatMap(i -> i.published(command.implementationCode()))
                .orElseThrow(() -> new HubProblem(ApplicationProblem.ITEM_NOT_AVAILABLE, command.implementationCode()));
        var applicant = applicant(user, command);
        JsonNode form = command.form() == null ? json.createObjectNode() : command.form();
        var errors = forms.validate(item.terms().versionId(), item.formSchema(), form);
        if (!errors.isEmpty()) {
            throw new FormInvalid(errors);
        }
        String formText = json.writeValueAsString(form);
        var materials = new LinkedHashMap<String, String>();
        command.materials().forEach((code, id) -> materials.put(code, id.toString()));
        var terms = withSite(item.terms());
        var result = submissions.submit(key, new IdempotentSubmission.IdempotentRequest<Stored>() {
            @Override
            public Optional<Stored> earlier(IdempotencyKey k) {
                return applications.byIdempotencyKey(user.subject(), k.value());
            }

            @Override
            public boolean sameAs(Stored earlier) {
                return earlier.application().terms().implementationCode().equals(terms.implementationCode())
                        && json.readTree(earlier.formData()).equals(form)
                        && earlier.application().materials().equals(materials);
            }

            @Override
            public Stored create(Optional<IdempotencyKey> k) {
                Instant now = clock.instant();
                LocalDate day = LocalDate.ofInstant(now, CountingPolicy.SHANGHAI);
                var number = new ApplicationNumber(terms.implementationCode(), day,
                        applications.nextSerial(terms.implementationCode(), day));
                var step = policy(() -> Application.submit(number, terms, applicant, materials, citizen, now,
                        calendar.workingTime()));
                var id = UUID.randomUUID();
                String tn = trackingNumbers.next().value();
                var app = step.application();
                var deadlines = sync(CaseDeadlines.none(), app);
                applications.insert(id, tn, app, formText, k.map(IdempotencyKey::value).orElse(null), deadlines,
                        deadlines.nextAnnouncementAt(calendar.workingTime()).orElse(null), reach(command.contact(), id));
                if (!command.materials().isEmpty()) {
                    attachments.claim(user.subject(), List.copyOf(command.materials().values()),
                            AttachmentSubject.of(SUBJECT_TYPE, id));
                }
                history.append(id, step.steps());
                var stored = applications.byId(id).orElseThrow();
                publish(stored, "submitted", null);
                return stored;
            }
        });
        var stored = result.result();
        return new Receipt(stored.application().number().value(),
                queryCodes.codeFor(new TrackingNumber(stored.trackingNumber())), stored, result.replayed());
    }

    /**
     * The contact sealed to this application (platform/privacy); without a seal in the service, or without a
     * contact, the applicant is told on the site only.
     */
    private ApplicationRepository.Reach reach(Contact contact, UUID id) {
        String locale = contact != null && contact.locale() != null && contact.locale().toLowerCase(java.util.Locale.ROOT)
                .startsWith("en") ? "en" : "zh-CN";
        if (contact == null || contact.channel() == null || "SITE".equalsIgnoreCase(contact.channel())) {
            return new ApplicationRepository.Reach("SITE", null, locale);
        }
        String channel = contact.channel().strip().toUpperCase(java.util.Locale.ROOT);
        String value = switch (channel) {
            case "SMS" -> contact.phone() != null && contact.phone().strip().matches("1[3-9][0-9]{9}")
                    ? contact.phone().strip() : null;
            case "EMAIL" -> contact.email() != null && contact.email().strip().matches("[^@\\s]{1,64}@[^@\\s]{1,190}")
                    ? contact.email().strip() : null;
            default -> null;
        };
        if (value == null) {
            throw new HubProblem(ApplicationProblem.APPLICATION_REQUEST_INVALID, "contact");
        }
        var seal = seals.getIfAvailable();
        if (seal == null) {
            return new ApplicationRepository.Reach("SITE", null, locale);
        }
        return new ApplicationRepository.Reach(channel, seal.seal(value, id.toString()), locale);
    }

    private Applicant applicant(CurrentUser user, SubmitApplication command) {
        if (command.creditCode() == null && command.legalPersonName() == null) {
            return new Applicant.Person(user.subject(), user.username());
        }
        var code = org.citizenhub.hall.applications.domain.CreditCode.parse(command.creditCode())
                .orElseThrow(() -> new HubProblem(ApplicationProblem.CREDIT_CODE_INVALID,
                        String.valueOf(command.creditCode())));
        if (command.legalPersonName() == null || command.legalPersonName().isBlank()) {
            throw new HubProblem(ApplicationProblem.APPLICATION_REQUEST_INVALID, "legalPersonName");
        }
        return new Applicant.LegalPerson(user.subject(), command.legalPersonName().strip(), code);
    }

    private ApplicationTerms withSite(ApplicationTerms t) {
        String site = sites.siteOf(t.acceptingDepartment()).orElse(t.site());
        return new ApplicationTerms(t.implementationCode(), t.itemName(), t.versionId(), site, t.acceptingDepartment(),
                t.statutoryWorkingDays(), t.promisedWorkingDays(), t.materials(), t.process());
    }

    /** The applicant sends the corrected materials (补正). */
    public Stored correct(CurrentUser user, String number, Map<String, UUID> corrected) {
        var citizen = new Actor(user.subject(), user.username(), Actor.Role.CITIZEN, null);
        return change(own(user, number), (app, now) -> {
            var materials = new LinkedHashMap<String, String>();
            corrected.forEach((code, id) -> materials.put(code, id.toString()));
            return app.correct(materials, citizen, now, calendar.workingTime());
        }, (stored, taken) -> {
            if (!corrected.isEmpty()) {
                attachments.claim(user.subject(), List.copyOf(corrected.values()),
                        AttachmentSubject.of(SUBJECT_TYPE, stored.id()));
            }
        });
    }

    public void chooseDelivery(CurrentUser user, String number, String delivery, String address) {
        var stored = own(user, number);
        if (!"PICKUP".equals(delivery) && !"POST".equals(delivery)) {
            throw new HubProblem(ApplicationProblem.APPLICATION_REQUEST_INVALID, "delivery: PICKUP or POST");
        }
        if ("POST".equals(delivery) && (address == null || address.isBlank() || address.length() > 300)) {
            throw new HubProblem(ApplicationProblem.APPLICATION_REQUEST_INVALID, "address");
        }
        applications.chooseDelivery(stored.id(), delivery, "POST".equals(delivery) ? address.strip() : null);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** The applicant's own application; anyone else's is not found. */
    public Stored own(CurrentUser user, String number) {
        return applications.byNumber(number).filter(s -> s.application().applicant().subject().equals(user.subject()))
                .orElseThrow(() -> new HubProblem(ApplicationProblem.APPLICATION_NOT_FOUND, number));
    }

    public List<Stored> mine(CurrentUser user) {
        return applications.byApplicant(user.subject(), 100);
    }

    /** Status for whoever holds the number and the query code (sent in a header, never in the URL). */
    public Stored byReceipt(String number, String queryCode) {
        if (queryCode == null || queryCode.isBlank()) {
            throw new HubProblem(ApplicationProblem.APPLICATION_QUERY_CODE_REQUIRED);
        }
        return applications.byNumber(number)
                .filter(s -> queryCodes.matches(new TrackingNumber(s.trackingNumber()), queryCode))
                .orElseThrow(() -> new HubProblem(ApplicationProblem.APPLICATION_NOT_FOUND, number));
    }

    /** The accepting window and the reviewing departments (site supervisors: their subtree); others find nothing. */
    public Stored forStaff(CurrentUser user, String number) {
        var scope = scope(user);
        return applications.byNumber(number).filter(s -> visible(scope, s))
                .orElseThrow(() -> new HubProblem(ApplicationProblem.APPLICATION_NOT_FOUND, number));
    }

    public List<Stored> listForStaff(CurrentUser user, String status) {
        var scope = scope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return applications.forDepartments(scope.unrestricted() ? null : List.copyOf(scope.departments()), status, 200);
    }

    public List<CaseStep> steps(Stored stored) {
        return history.read(stored.id());
    }

    /** Handlers and heads (reviewers) their own department; supervisors all, or their site's subtree. */
    private DepartmentScope scope(CurrentUser user) {
        var scope = DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR), sites);
        return isHead(user) ? scope.union(DepartmentScope.ofDepartments(List.of(user.department()))) : scope;
    }

    private static boolean visible(DepartmentScope scope, Stored s) {
        return scope.unrestricted() || s.application().isWorkedOnBy(scope.departments());
    }

    // ---- staff steps ---------------------------------------------------------------------------------------------

    /** One step of the process by a member of staff of a department that works on the application. */
    public Stored act(CurrentUser user, String number,
                      java.util.function.BiFunction<Application, Instant, Application.Step> step) {
        var stored = forStaff(user, number);
        var auditor = new org.citizenhub.audit.AuditActor(user.subject(), user.username());
        return change(stored, step, (saved, taken) -> {
            for (var s : taken.steps()) {
                var details = new LinkedHashMap<String, Object>(s.details());
                details.put("department", user.department());
                details.put("status", s.toStatus());
                audit.record(auditor, "hall.application." + s.action().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), "hall-application", saved.application().number().value(), details);
            }
        });
    }

    public Actor staff(CurrentUser user) {
        if (user.department() == null) {
            throw new HubProblem(ApplicationProblem.APPLICATION_NOT_FOUND, "-");
        }
        return new Actor(user.subject(), user.username(), Actor.Role.HANDLER, user.department());
    }

    /** A head (负责人): a reviewer of their department approves extensions. */
    public static boolean isHead(CurrentUser user) {
        return user.hasRole(HubRoles.REVIEWER) && user.department() != null;
    }

    public org.citizenhub.calendar.WorkingTime workingTime() {
        return calendar.workingTime();
    }

    private Stored change(Stored stored, java.util.function.BiFunction<Application, Instant, Application.Step> step,
                          java.util.function.BiConsumer<Stored, Application.Step> alsoInTransaction) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            var taken = policy(() -> step.apply(stored.application(), now));
            var saved = save(stored, taken, now);
            alsoInTransaction.accept(saved, taken);
            return saved;
        });
    }

    private Stored save(Stored stored, Application.Step taken, Instant now) {
        var app = taken.application();
        var deadlines = sync(stored.deadlines(), app);
        applications.update(stored, app, deadlines, deadlines.nextAnnouncementAt(calendar.workingTime()).orElse(null));
        history.append(stored.id(), taken.steps());
        var saved = applications.byId(stored.id()).orElseThrow();
        for (var s : taken.steps()) {
            switch (s.action()) {
                case "ACCEPTED" -> {
                    publish(saved, "accepted", false);
                    notify(saved, ApplicationNotifications.APPLICATION_ACCEPTED);
                }
                case "DEEMED_ACCEPTED" -> {
                    publish(saved, "accepted", true);
                    notify(saved, ApplicationNotifications.APPLICATION_ACCEPTED);
                }
                case "CORRECTION_REQUESTED" -> {
                    publish(saved, "correction-requested", null);
                    notify(saved, ApplicationNotifications.APPLICATION_CORRECTION);
                }
                case "NOT_ACCEPTED", "DECIDED" -> {
                    publish(saved, "decided", null);
                    notify(saved, ApplicationNotifications.APPLICATION_DECIDED);
                }
                default -> { }
            }
        }
        if (app.phase() instanceof Phase.Decided d && d.outcome() == Outcome.GRANTED
                && !(stored.application().phase() instanceof Phase.Decided)) {
            var licence = issueLicence(saved, d, now);
            publish(saved, "result-issued", licence.number());
        }
        return saved;
    }

    private static Application.Step policy(java.util.function.Supplier<Application.Step> step) {
        try {
            return step.get();
        } catch (ApplicationPolicyViolation v) {
            throw new HubProblem(ApplicationProblem.of(v.policy()), v.args());
        }
    }

    // ---- 行政许可法 第三十二条 and deadlines -------------------------------------------------------------------------

    List<UUID> noticeOverdue(Instant now, int limit) {
        return applications.noticeOverdue(now, limit);
    }

    /** One application whose five days passed unanswered: accepted as of the day of receipt. */
    int deemAccepted(UUID id, Instant now) {
        Integer done = transactions.execute(status -> {
            var stored = applications.byId(id).orElse(null);
            if (stored == null || !stored.application().noticeOverdue(now)) {
                return 0;
            }
            save(stored, stored.application().deemAccepted(now, calendar.workingTime()), now);
            log.info("application {} accepted by Art 32 (no notice within five working days)",
                    stored.application().number());
            return 1;
        });
        return done == null ? 0 : done;
    }

    List<UUID> announcementsDue(Instant now, int limit) {
        return applications.announcementsDue(now, limit);
    }

    int announce(UUID id, Instant now) {
        Integer made = transactions.execute(status -> {
            var stored = applications.byId(id).orElse(null);
            if (stored == null) {
                return 0;
            }
            var app = stored.application();
            var ref = new CaseRef(SERVICE, CASE_TYPE, id.toString(), new TrackingNumber(stored.trackingNumber()),
                    app.terms().acceptingDepartment()).withSites(app.terms().site(), app.terms().site());
            var announcements = stored.deadlines().announce(ref, now, calendar.workingTime(), clock);
            announcements.events().forEach(events::publishEvent);
            applications.update(stored, app, announcements.deadlines(),
                    announcements.deadlines().nextAnnouncementAt(calendar.workingTime()).orElse(null));
            return announcements.events().size();
        });
        return made == null ? 0 : made;
    }

    /**
     * The application's clocks as the shared deadline mechanism sees them: the Art 32 notice, the statutory limit
     * and each reviewing department's own step limit; flags kept across steps, re-armed after an extension.
     */
    static CaseDeadlines sync(CaseDeadlines deadlines, Application app) {
        var clocks = new LinkedHashMap<String, DeadlineClock<?>>();
        switch (app.phase()) {
            case Phase.PreReview p -> clocks.put("notice", p.notice());
            case Phase.AwaitingCorrection c -> clocks.put("notice", c.notice());
            case Phase.Review r -> {
                clocks.put("statutory", r.statutory());
                r.stepClocks().forEach((dept, c) -> clocks.put(
                        "step-" + dept.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-"), c));
            }
            case Phase.Decided d -> clocks.put("statutory", d.statutory());
            case Phase.NotAccepted n -> { }
        }
        // clocks of an earlier phase or step ended with it: only the current ones are kept and announced
        var kept = new ArrayList<org.citizenhub.casework.deadlines.CaseDeadline>();
        for (var e : clocks.entrySet()) {
            var before = deadlines.get(e.getKey());
            if (before.isEmpty()) {
                kept.add(org.citizenhub.casework.deadlines.CaseDeadline.fresh(e.getKey(), e.getValue()));
            } else {
                var b = before.get();
                boolean extended = e.getValue().dueAt().isAfter(b.clock().dueAt())
                        && e.getValue().state() == DeadlineClock.State.RUNNING
                        && b.clock().state() == DeadlineClock.State.RUNNING;
                kept.add(new org.citizenhub.casework.deadlines.CaseDeadline(e.getKey(), e.getValue(),
                        !extended && b.dueSoonAnnounced(), !extended && b.overdueAnnounced()));
            }
        }
        if (kept.isEmpty()) {
            return CaseDeadlines.none();
        }
        String current = clocks.containsKey("statutory") ? "statutory" : kept.getFirst().name();
        return CaseDeadlines.of(kept, current);
    }

    /** An application with its result, as 一事一评 (ratings) asks for it: only its own applicant's. */
    public record Finished(String number, String implementationCode, String itemName, String department,
                           String site, String outcome, Instant resultAt) {
    }

    /** The application {@code number} if {@code subject} applied for it and it has its result (准予 or 不予). */
    public Optional<Finished> finished(String number, String subject) {
        return applications.byNumber(number)
                .filter(s -> s.application().applicant().subject().equals(subject))
                .filter(s -> s.application().phase() instanceof Phase.Decided)
                .map(s -> {
                    var a = s.application();
                    var d = (Phase.Decided) a.phase();
                    return new Finished(a.number().value(), a.terms().implementationCode(), a.terms().itemName(),
                            a.terms().acceptingDepartment(), a.terms().site(), d.outcome().name(), d.at());
                });
    }

    // ---- licences (电子证照) -----------------------------------------------------------------------------------------

    private Licence issueLicence(Stored stored, Phase.Decided decided, Instant now) {
        var app = stored.application();
        LocalDate from = LocalDate.ofInstant(now, CountingPolicy.SHANGHAI);
        String holderCode = app.applicant() instanceof Applicant.LegalPerson lp ? lp.creditCode().value() : null;
        var licence = new Licence("L" + app.number().value(), stored.id(), app.terms().itemName(),
                app.applicant().displayName(), holderCode, app.terms().acceptingDepartment(), from,
                from.plusYears(properties.licenceValidityYears()).minusDays(1), checkCode(), now);
        jdbc.sql("""
                        insert into hall_licence (number, application_id, item_name, holder, holder_code, department,
                            valid_from, valid_until, check_code, issued_at)
                        values (:number, :app, :item, :holder, :code, :dept, :from, :until, :check, :at)""")
                .param("number", licence.number()).param("app", licence.applicationId())
                .param("item", licence.itemName()).param("holder", licence.holder()).param("code", holderCode)
                .param("dept", licence.department()).param("from", licence.validFrom())
                .param("until", licence.validUntil()).param("check", licence.checkCode())
                .param("at", java.sql.Timestamp.from(now)).update();
        return licence;
    }

    private String checkCode() {
        var sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(CHECK_ALPHABET[random.nextInt(CHECK_ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** Anyone may verify a licence by its number and check code; a wrong code learns nothing about it. */
    public Licence verify(String number, String checkCode) {
        return licence(number).filter(l -> checkCode != null && java.security.MessageDigest.isEqual(
                        l.checkCode().getBytes(), checkCode.strip().toUpperCase(java.util.Locale.ROOT).getBytes()))
                .orElseThrow(() -> new HubProblem(ApplicationProblem.LICENCE_NOT_VERIFIED));
    }

    public Optional<Licence> licenceOf(Stored stored) {
        return jdbc.sql("select * from hall_licence where application_id = :id").param("id", stored.id())
                .query(Applications::licenceRow).optional();
    }

    private Optional<Licence> licence(String number) {
        return jdbc.sql("select * from hall_licence where number = :n").param("n", number)
                .query(Applications::licenceRow).optional();
    }

    private static Licence licenceRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Licence(rs.getString("number"), rs.getObject("application_id", UUID.class),
                rs.getString("item_name"), rs.getString("holder"), rs.getString("holder_code"),
                rs.getString("department"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getString("check_code"),
                rs.getTimestamp("issued_at").toInstant());
    }

    // ---- notifications ---------------------------------------------------------------------------------------------

    /** Queued in the step's transaction, when the service's notification catalogue has the applications' kinds. */
    private void notify(Stored stored, org.citizenhub.casework.notify.NotificationKind kind) {
        var sender = notifier.getIfAvailable();
        var catalogue = notificationCatalogue.getIfAvailable();
        if (sender == null || catalogue == null || catalogue.kind(kind.name()).isEmpty()) {
            return;
        }
        var reach = applications.reach(stored.id());
        var locale = "en".equals(reach.locale()) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        boolean english = locale == java.util.Locale.ENGLISH;
        var app = stored.application();
        var params = new LinkedHashMap<String, String>();
        params.put("item", app.terms().itemName());
        params.put("number", app.number().value());
        switch (app.phase()) {
            case Phase.Review r -> params.put("dueDate", LocalDate.ofInstant(r.statutory().dueAt(),
                    CountingPolicy.SHANGHAI).toString());
            case Phase.AwaitingCorrection c -> params.put("issues", String.join("\n", c.issues().stream()
                    .map(i -> "- " + i.material() + (english ? ": " : "：") + i.problem()).toList()));
            case Phase.Decided d -> {
                params.put("outcome", d.outcome() == Outcome.GRANTED ? (english ? "granted" : "准予许可")
                        : (english ? "refused" : "不予许可"));
                if (!d.reasons().isEmpty()) {
                    params.put("reasons", String.join(english ? "; " : "；", d.reasons()));
                }
            }
            case Phase.NotAccepted n -> {
                params.put("outcome", english ? "not accepted" : "不予受理");
                params.put("reasons", n.reason());
            }
            default -> {
                return;
            }
        }
        var channel = org.citizenhub.casework.notify.ContactChannel.valueOf(reach.channel());
        String recipient = null;
        if (channel != org.citizenhub.casework.notify.ContactChannel.SITE) {
            var seal = seals.getIfAvailable();
            if (seal == null || reach.sealedContact() == null) {
                channel = org.citizenhub.casework.notify.ContactChannel.SITE;
            } else {
                recipient = seal.open(reach.sealedContact(), stored.id().toString());
            }
        }
        sender.enqueue(new org.citizenhub.casework.notify.Notification(stored.trackingNumber(), channel, recipient,
                kind, locale, params));
    }

    // ---- events --------------------------------------------------------------------------------------------------

    private void publish(Stored stored, String event, Object extra) {
        var app = stored.application();
        String outcome = switch (app.phase()) {
            case Phase.Decided d when "decided".equals(event) -> d.outcome().name();
            case Phase.NotAccepted n when "decided".equals(event) -> "NOT_ACCEPTED";
            default -> null;
        };
        Integer issues = app.phase() instanceof Phase.AwaitingCorrection c ? c.issues().size() : null;
        var number = app.number().value();
        events.publishEvent(new ApplicationEvent(
                EventMetadata.create(ApplicationEvent.type(event), ApplicationEvent.SOURCE, number,
                        ApplicationEvent.TOPIC, number, clock),
                new ApplicationEvent.Data(stored.id(), number, stored.trackingNumber(),
                        app.terms().implementationCode(), event, app.status(), app.terms().acceptingDepartment(),
                        app.terms().departments(), extra instanceof Boolean b ? b : null, outcome, issues,
                        app.statutoryClock().map(c -> OffsetDateTime.ofInstant(c.dueAt(), CountingPolicy.SHANGHAI))
                                .orElse(null),
                        extra instanceof String s ? s : null, OffsetDateTime.now(clock.withZone(CountingPolicy.SHANGHAI)),
                        app.terms().site())));
    }

    /** The form data do not match the item's form; every wrong field with its pointer. */
    public static final class FormInvalid extends RuntimeException {
        private final transient List<FormValidation.FieldError> errors;

        FormInvalid(List<FormValidation.FieldError> errors) {
            super("application-form-invalid");
            this.errors = List.copyOf(errors);
        }

        public List<FormValidation.FieldError> errors() {
            return errors;
        }
    }
}
