package org.citizenhub.mailbox.mailbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.SiteAdministration;
import org.citizenhub.web.security.SiteTree;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configuring mailboxes; every change is written to the operation log in the same transaction.
 *
 * <p>Who (policy {@code siteAdministratorsManageTheirOwnSite}, 集约化): the hub-wide {@code admin} every mailbox; a
 * {@code site-admin} only the mailboxes of the site their token names, a mailbox's site being its owner department's
 * (not a child site's, not the parent's). A site administrator lists only their site's mailboxes, and is refused
 * with {@code 403 outside-site} a mailbox that is, or by a new owner department would become, another site's; so
 * the owner department they give must be a department of their site that the site directory knows.
 */
@Service
public class MailboxAdministration {

    public record MailboxSettings(String nameZh, String nameEn, String ownerDepartment, boolean open, String introZh,
                                  String introEn, int replyWorkingDays, int dueSoonWorkingDays,
                                  Map<LetterCategory, Integer> categoryWorkingDays) {
    }

    public record RoutingRule(LetterCategory category, String keyword, String department, int priority) {
    }

    /**
     * The mailbox's owner department (its office) changed, published in the change's transaction: the letter
     * feature moves the letters not yet finished to the new office in that same transaction.
     */
    public record OfficeChanged(String mailbox, String fromOffice, String toOffice, String adminSubject,
                                String adminUsername) {
    }

    private final JdbcClient jdbc;
    private final Mailboxes mailboxes;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final SiteTree sites;

    MailboxAdministration(JdbcClient jdbc, Mailboxes mailboxes, AuditLog auditLog,
                          ApplicationEventPublisher events, SiteTree sites) {
        this.events = events;
        this.sites = sites;
        this.jdbc = jdbc;
        this.mailboxes = mailboxes;
        this.auditLog = auditLog;
    }

    @Transactional
    public Mailboxes.MailboxSummary create(CurrentUser admin, String code, MailboxSettings settings) {
        String site = requireAdministers(admin, settings.ownerDepartment());
        try {
            jdbc.sql("insert into mailbox (code, name_zh, name_en, owner_department) values (:c, :zh, :en, :o)")
                    .param("c", code).param("zh", settings.nameZh()).param("en", settings.nameEn())
                    .param("o", settings.ownerDepartment()).update();
        } catch (DuplicateKeyException exists) {
            throw new HubProblem(MailboxProblem.MAILBOX_ALREADY_EXISTS, code);
        }
        write(code, settings);
        audit(admin, "mailbox.created", code, withSite(settings, site));
        return mailboxes.find(code).orElseThrow();
    }

    /**
     * Revises a mailbox. A new owner department takes over the office's letters that are not finished (see
     * {@link OfficeChanged}); the change of office is logged on its own, beside the revision.
     */
    @Transactional
    public Mailboxes.MailboxSummary revise(CurrentUser admin, String code, MailboxSettings settings) {
        var before = mailboxes.find(code).orElseThrow(() -> new HubProblem(MailboxProblem.UNKNOWN_MAILBOX, code));
        requireAdministers(admin, before.ownerDepartment());
        String site = requireAdministers(admin, settings.ownerDepartment());
        write(code, settings);
        audit(admin, "mailbox.revised", code, withSite(settings, site));
        if (!before.ownerDepartment().equals(settings.ownerDepartment())) {
            var details = new LinkedHashMap<String, Object>();
            details.put("fromOffice", before.ownerDepartment());
            details.put("toOffice", settings.ownerDepartment());
            details.put("fromSite", siteOf(before.ownerDepartment()));
            details.put("toSite", site);
            audit(admin, "mailbox.office-changed", code, details);
            events.publishEvent(new OfficeChanged(code, before.ownerDepartment(), settings.ownerDepartment(),
                    admin.subject(), admin.username()));
        }
        return mailboxes.find(code).orElseThrow();
    }

    @Transactional
    public List<RoutingRule> replaceRoutingRules(CurrentUser admin, String code, List<RoutingRule> rules) {
        var mailbox = mailboxes.find(code).orElseThrow(() -> new HubProblem(MailboxProblem.UNKNOWN_MAILBOX, code));
        requireAdministers(admin, mailbox.ownerDepartment());
        jdbc.sql("delete from routing_rule where mailbox_code = :c").param("c", code).update();
        for (RoutingRule rule : rules) {
            jdbc.sql("""
                    insert into routing_rule (mailbox_code, category, keyword, department, priority)
                    values (:c, :category, :keyword, :department, :priority)
                    """)
                    .param("c", code).param("category", rule.category() == null ? null : rule.category().name())
                    .param("keyword", rule.keyword()).param("department", rule.department())
                    .param("priority", rule.priority()).update();
        }
        audit(admin, "mailbox.routing-replaced", code, rules);
        return routingRules(code);
    }

    public List<RoutingRule> routingRules(String code) {
        return jdbc.sql("select category, keyword, department, priority from routing_rule where mailbox_code = :c "
                        + "order by priority, id")
                .param("c", code)
                .query((rs, i) -> new RoutingRule(rs.getString(1) == null ? null : LetterCategory.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public Map<LetterCategory, Integer> categoryWorkingDays(String code) {
        var days = new LinkedHashMap<LetterCategory, Integer>();
        jdbc.sql("select category, working_days from mailbox_category_deadline where mailbox_code = :c order by category")
                .param("c", code)
                .query((rs, i) -> days.put(LetterCategory.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return days;
    }

    /** Every mailbox the user administers: all for the hub-wide admin, their site's for a site administrator. */
    public List<Mailboxes.MailboxSummary> all(CurrentUser admin) {
        return jdbc.sql("select code from mailbox order by code").query(String.class).list().stream()
                .map(code -> mailboxes.find(code).orElseThrow())
                .filter(mailbox -> SiteAdministration.mayAdminister(admin, siteOf(mailbox.ownerDepartment())))
                .toList();
    }

    /** The site of the owner department, if the user may administer it; 403 outside-site otherwise. */
    private String requireAdministers(CurrentUser admin, String ownerDepartment) {
        String site = siteOf(ownerDepartment);
        SiteAdministration.require(admin, site);
        return site;
    }

    private String siteOf(String department) {
        return sites.siteOf(department).orElse(null);
    }

    /** The settings as logged, with the mailbox's site (null for an owner department no site knows). */
    private static Map<String, Object> withSite(MailboxSettings settings, String site) {
        var details = new LinkedHashMap<String, Object>();
        details.put("nameZh", settings.nameZh());
        details.put("nameEn", settings.nameEn());
        details.put("ownerDepartment", settings.ownerDepartment());
        details.put("open", settings.open());
        details.put("introZh", settings.introZh());
        details.put("introEn", settings.introEn());
        details.put("replyWorkingDays", settings.replyWorkingDays());
        details.put("dueSoonWorkingDays", settings.dueSoonWorkingDays());
        details.put("categoryWorkingDays", settings.categoryWorkingDays());
        details.put("site", site);
        return details;
    }

    private void write(String code, MailboxSettings settings) {
        jdbc.sql("""
                update mailbox set name_zh = :zh, name_en = :en, owner_department = :owner, open = :open,
                       intro_zh = :introZh, intro_en = :introEn, reply_working_days = :days,
                       due_soon_working_days = :dueSoon
                 where code = :c
                """)
                .param("zh", settings.nameZh()).param("en", settings.nameEn())
                .param("owner", settings.ownerDepartment()).param("open", settings.open())
                .param("introZh", settings.introZh()).param("introEn", settings.introEn())
                .param("days", settings.replyWorkingDays()).param("dueSoon", settings.dueSoonWorkingDays())
                .param("c", code).update();
        jdbc.sql("delete from mailbox_category_deadline where mailbox_code = :c").param("c", code).update();
        if (settings.categoryWorkingDays() != null) {
            settings.categoryWorkingDays().forEach((category, days) -> jdbc.sql("""
                    insert into mailbox_category_deadline (mailbox_code, category, working_days)
                    values (:c, :category, :days)
                    """).param("c", code).param("category", category.name()).param("days", days).update());
        }
    }

    private void audit(CurrentUser admin, String action, String code, Object details) {
        auditLog.record(new AuditActor(admin.subject(), admin.username()), action, "mailbox", code, details);
    }
}
