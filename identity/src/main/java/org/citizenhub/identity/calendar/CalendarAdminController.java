package org.citizenhub.identity.calendar;

import java.net.URI;
import java.util.List;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.calendar.HolidayNoticeJson;
import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.identity.calendar.HolidayNotices.NoticeSummary;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Back-office maintenance of the holiday notices (role admin): which years the calendar covers, each year's notice,
 * and uploading a year's notice. The body of an upload is read as text so that it is parsed strictly by
 * {@link HolidayNoticeJson} (unknown fields and impossible dates are refused, not ignored).
 */
@RestController
@RequestMapping("/admin/calendar/notices")
@PreAuthorize("hasRole('admin')")
class CalendarAdminController {

    private final HolidayNotices notices;

    CalendarAdminController(HolidayNotices notices) {
        this.notices = notices;
    }

    @GetMapping
    List<NoticeSummary> all() {
        return notices.summaries();
    }

    /** The notice in force for the year, in the upload format. */
    @GetMapping(path = "/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> one(@PathVariable int year) {
        var notice = notices.notice(year)
                .orElseThrow(() -> new HubProblem(IdentityProblem.HOLIDAY_NOTICE_NOT_FOUND, String.valueOf(year)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(HolidayNoticeJson.write(notice));
    }

    /** 201 when the year is new to the calendar, 200 when it replaces the notice in force. */
    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NoticeSummary> upload(@PathVariable int year, @RequestBody String notice, CurrentUser user) {
        var loaded = notices.load(new AuditActor(user.subject(), user.username()), year, notice);
        return loaded.created()
                ? ResponseEntity.created(URI.create("/admin/calendar/notices/" + year)).body(loaded.summary())
                : ResponseEntity.ok(loaded.summary());
    }
}
