package org.citizenhub.hall.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.hall.applications.domain.Applicant;
import org.citizenhub.hall.applications.domain.Application;
import org.citizenhub.hall.applications.domain.ApplicationNumber;
import org.citizenhub.hall.applications.domain.ApplicationTerms;
import org.citizenhub.hall.applications.domain.CreditCode;
import org.citizenhub.hall.applications.domain.PauseKind;
import org.citizenhub.hall.applications.domain.ProcessStep;
import org.citizenhub.hall.applications.domain.RequiredMaterial;
import org.citizenhub.hall.applications.domain.StepRole;
import org.junit.jupiter.api.Test;

class ApplicationJsonTest {

    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(CountingPolicy.SHANGHAI).toInstant();
    }

    @Test
    void a_stored_application_reads_back_equal_in_every_phase_it_went_through() {
        var terms = new ApplicationTerms("11100000MB0000000X4440100000", "公共场所卫生许可", "v1", "GOV", "D-HEALTH", 20,
                15, List.of(new RequiredMaterial("licence", "营业执照", true)), List.of(
                new ProcessStep("prereview", "预审", StepRole.WINDOW, 5, List.of()),
                new ProcessStep("joint", "并联审查", StepRole.DEPARTMENT, 8, List.of("D-MARKET", "D-ECOLOGY"))));
        var citizen = new Actor("c-1", null, Actor.Role.CITIZEN, null);
        var window = new Actor("w-1", null, Actor.Role.HANDLER, "D-HEALTH");
        var app = Application.submit(new ApplicationNumber(terms.implementationCode(), LocalDate.parse("2026-11-16"), 7),
                terms, new Applicant.LegalPerson("c-1", "某某餐饮有限公司", new CreditCode("91350100M000100Y43")),
                Map.of("licence", "00000000-0000-0000-0000-000000000001"), citizen, at("2026-11-16T10:00"), TIME)
                .application();
        assertThat(ApplicationJson.read(ApplicationJson.write(app))).isEqualTo(app);

        app = app.accept(window, at("2026-11-16T11:00"), TIME).application();
        app = app.review(new Actor("r", null, Actor.Role.HANDLER, "D-MARKET"), false, "不符合", at("2026-11-17T10:00"), TIME)
                .application();
        app = app.pause(window, PauseKind.INSPECTION, "现场核查", at("2026-11-17T11:00"), TIME).application();
        assertThat(ApplicationJson.read(ApplicationJson.write(app))).isEqualTo(app);
    }
}
