package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenhub.calendar.CountingPolicyTest.at;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule names its unit, and its clock is extended only in that unit. In code the compiler refuses a mix (the
 * snippets below are compiled against the calendar's classes); where the unit is data (a stored clock, an amount
 * from a setting) the mix is refused at run time with {@link UnitMismatchException}.
 */
class UnitsDoNotMixTest {

    private final MovableClock clock = new MovableClock(at("2026-08-05T10:00"));
    private final Deadlines deadlines =
            new Deadlines(new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT), clock);

    @TempDir
    Path sources;

    // --- compile time -----------------------------------------------------------------------------------------

    @Test
    void code_that_keeps_to_one_unit_compiles() throws Exception {
        assertThat(compile("""
                DeadlineRule<CalendarDays> rule = DeadlineRule.of("petition", CalendarDays.of(60), CalendarDays.of(10));
                DeadlineClock<CalendarDays> clock = DeadlineClock.start(rule, at, "office", time);
                clock = clock.extend(CalendarDays.of(30), "complicated", "head", at, time);
                DeadlineClock<?> stored = clock;
                stored = stored.extendChecked(stored.unit().of(5), "setting", "head", at, time);
                """)).isEmpty();
    }

    @Test
    void code_written_before_units_still_compiles() throws Exception {
        // as the mailbox writes it: raw types, a working-day rule of two ints, extension by an int
        assertThat(compile("""
                DeadlineRule rule = new DeadlineRule("letter-reply", 15, 3);
                DeadlineClock clock = DeadlineClock.start(rule, at, "office", time);
                clock = clock.extend(5, "reason", "supervisor", at, time);
                DeadlineEntry last = clock.history().getLast();
                int days = rule.workingDays() + rule.dueSoonWorkingDays() + clock.extendedWorkingDays();
                WorkingDuration left = clock.remaining(at, time);
                """)).isEmpty();
    }

    @Test
    void a_calendar_day_clock_extended_by_working_days_does_not_compile() throws Exception {
        // clock.extend(WorkingDays.of(5), ...) on a DeadlineClock<CalendarDays>: "no suitable method found"
        assertThat(compile("""
                DeadlineClock<CalendarDays> clock = DeadlineClock.start(
                        StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS, at, "office", time);
                clock.extend(WorkingDays.of(5), "reason", "head", at, time);
                """)).singleElement().asString().startsWith("no suitable method found for extend(")
                .contains("WorkingDays");
    }

    @Test
    void a_working_hour_clock_extended_by_calendar_days_through_the_service_facade_does_not_compile()
            throws Exception {
        assertThat(compile("""
                Deadlines deadlines = new Deadlines(time, java.time.Clock.fixed(at, CountingPolicy.SHANGHAI));
                DeadlineClock<WorkingHours> clock = deadlines.start(
                        DeadlineRule.of("hazard", WorkingHours.of(2)), "dispatcher");
                deadlines.extend(clock, CalendarDays.of(1), "reason", "head");
                """)).singleElement().asString().startsWith("no suitable method found for extend(")
                .contains("CalendarDays");
    }

    @Test
    void a_rule_whose_threshold_is_in_another_unit_than_its_limit_does_not_compile() throws Exception {
        // the self-typed TimeLimit<T> stops the compiler from taking "some TimeLimit" as the unit
        assertThat(compile("""
                var rule = DeadlineRule.of("mixed", WorkingDays.of(15), CalendarDays.of(3));
                """)).singleElement().asString().startsWith("no suitable method found for of(");
    }

    @Test
    void a_working_day_clock_cannot_be_assigned_to_a_calendar_day_clock() throws Exception {
        assertThat(compile("""
                DeadlineClock<CalendarDays> clock = DeadlineClock.start(
                        StatutoryDeadlines.ERROR_REPORT_REPLY_WITHIN_3_WORKING_DAYS, at, "office", time);
                """)).singleElement().asString().startsWith("incompatible types");
    }

    // --- run time ---------------------------------------------------------------------------------------------

    @Test
    void an_amount_in_another_unit_is_refused_when_the_unit_is_only_known_at_run_time() {
        DeadlineClock<?> stored = deadlines.start(StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS, "office-1");

        assertThatThrownBy(() -> deadlines.extendChecked(stored, WorkingDays.of(5), "理由", "head-of-office"))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("working days").hasMessageContaining("calendar days");
    }

    @Test
    void the_working_day_extension_from_before_units_is_refused_on_other_units() {
        DeadlineClock<CalendarDays> petition =
                deadlines.start(StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS, "office-1");

        assertThatThrownBy(() -> deadlines.extend(petition, 5, "理由", "head-of-office"))
                .isInstanceOf(UnitMismatchException.class);
        assertThatThrownBy(petition::extendedWorkingDays).isInstanceOf(UnitMismatchException.class);
        assertThatThrownBy(() -> petition.rule().workingDays()).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void a_stored_clock_read_in_another_unit_is_refused() {
        String json = DeadlineClockJson.write(
                deadlines.start(StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS, "office-1"));

        assertThatThrownBy(() -> DeadlineClockJson.read(json, WorkingDays.class))
                .isInstanceOf(UnitMismatchException.class)
                .extracting(e -> ((UnitMismatchException) e).given()).isEqualTo(LimitUnit.CALENDAR_DAYS);
        assertThat(DeadlineClockJson.read(json, CalendarDays.class).unit()).isEqualTo(LimitUnit.CALENDAR_DAYS);
    }

    @Test
    void stored_json_whose_extension_is_in_working_days_on_a_calendar_day_clock_is_refused() {
        DeadlineClock<CalendarDays> petition =
                deadlines.start(StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS, "office-1");
        petition = deadlines.extend(petition, CalendarDays.of(30), "情况复杂", "head-of-office");
        String tampered = DeadlineClockJson.write(petition).replace("\"granted\":30", "\"workingDays\":30");

        assertThatThrownBy(() -> DeadlineClockJson.read(tampered)).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void a_stored_rule_that_names_a_unit_but_gives_working_days_is_refused() {
        String json = DeadlineClockJson.write(
                deadlines.start(StatutoryDeadlines.PETITION_HANDLING_WITHIN_60_DAYS, "office-1"));
        String tampered = json.replace("\"limit\":60", "\"workingDays\":60");

        assertThatThrownBy(() -> DeadlineClockJson.read(tampered)).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void a_rule_built_from_data_has_the_unit_it_names() {
        DeadlineRule<?> rule = DeadlineRule.of("consultation-reply", LimitUnit.WORKING_HOURS, 4, 1);

        assertThat(rule.limit()).isEqualTo(WorkingHours.of(4));
        assertThat(rule.dueSoon()).isEqualTo(WorkingHours.of(1));
    }

    /** Compiles {@code body} as a method body against the calendar's classes; returns the errors. */
    private List<String> compile(String body) throws IOException, URISyntaxException {
        Path source = sources.resolve("org/citizenhub/calendar/probe/Probe.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package org.citizenhub.calendar.probe;

                import java.time.Instant;
                import org.citizenhub.calendar.*;

                class Probe {
                    void probe(Instant at, WorkingTime time) {
                %s
                    }
                }
                """.formatted(body));
        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            String classes = Path.of(DeadlineClock.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            compiler.getTask(null, files, diagnostics,
                    List.of("-proc:none", "-classpath", classes, "-d", sources.resolve("out").toString()), null,
                    files.getJavaFileObjects(source)).call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
    }
}
