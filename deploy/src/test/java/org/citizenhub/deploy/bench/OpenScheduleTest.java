package org.citizenhub.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OpenScheduleTest {

    @Test
    void warmUpRampsToTheRateThenRequestsAreEvenlySpacedWhateverTheAnswers() {
        OpenSchedule s = new OpenSchedule(1_000, 500, Duration.ofSeconds(10), Duration.ofSeconds(30));

        // ramp 0 -> 500/s over 10 s: 2500 requests, the 625th after 5 s (n = rate t^2 / 2W)
        assertThat(s.warmupRequests()).isEqualTo(2_500);
        assertThat(s.intendedStart(0)).isEqualTo(1_000);
        assertThat(s.intendedStart(625)).isEqualTo(1_000 + 5_000_000_000L);
        assertThat(s.intendedStart(2_499)).isLessThan(s.intendedStart(2_500));
        // then every 2 ms at 500/s from the end of the warm-up
        assertThat(s.intendedStart(2_500)).isEqualTo(1_000 + 10_000_000_000L).isEqualTo(s.measuredStartNanos());
        assertThat(s.intendedStart(2_501)).isEqualTo(1_000 + 10_002_000_000L);
        assertThat(s.intendedStart(3_000)).isEqualTo(1_000 + 11_000_000_000L);
        assertThat(s.measuredRequests()).isEqualTo(15_000);
        assertThat(s.totalRequests()).isEqualTo(17_500);
        assertThat(s.isMeasured(2_499)).isFalse();
        assertThat(s.isMeasured(2_500)).isTrue();
    }

    @Test
    void ratesThatDoNotDivideASecondDoNotDrift() {
        OpenSchedule s = new OpenSchedule(0, 3, Duration.ZERO, Duration.ofSeconds(1));

        assertThat(s.intendedStart(1)).isEqualTo(333_333_333);
        assertThat(s.intendedStart(2)).isEqualTo(666_666_666);
        assertThat(s.intendedStart(3_000)).isEqualTo(1_000_000_000_000L); // exactly 1000 s later, no accumulated error
        assertThat(s.totalRequests()).isEqualTo(3);
        assertThat(s.warmupRequests()).isZero();
    }

    @Test
    void aPartialPeriodStillStartsARequest() {
        // 250 ms at 10/s: requests at 0, 100, 200 ms
        assertThat(new OpenSchedule(0, 10, Duration.ZERO, Duration.ofMillis(250)).totalRequests()).isEqualTo(3);
    }

    @Test
    void optionsParseRatesAndDurations() {
        BenchOptions o = BenchOptions.parse("--rate", "100,250", "--duration", "2m", "--warmup", "500ms",
                "--targets", "direct");

        assertThat(o.rates()).containsExactly(100, 250);
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.submissionUrl("direct")).isEqualTo("http://127.0.0.1:8102/letters");
        assertThat(o.submissionUrl("gateway")).isEqualTo("http://127.0.0.1:8080/api/mailbox/letters");
        assertThatThrownBy(() -> BenchOptions.parse("--rate", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchOptions.parse("--targets", "mars")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConsultationScenarioPostsCasesToConsultationServiceThroughTheGatewayAndDirect() {
        BenchOptions o = BenchOptions.parse("--scenario", "consultations");

        assertThat(o.submissionUrl("direct")).isEqualTo("http://127.0.0.1:8103/cases");
        assertThat(o.submissionUrl("gateway")).isEqualTo("http://127.0.0.1:8080/api/consultation/cases");
        assertThat(BenchOptions.parse("--scenario", "consultations", "--direct", "http://127.0.0.1:9999/")
                .submissionUrl("direct")).isEqualTo("http://127.0.0.1:9999/cases");
        assertThatThrownBy(() -> BenchOptions.parse("--scenario", "hearings"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSurveyScenarioAnswersThePhasesSurveyThroughTheGatewayAndDirect() {
        BenchOptions o = BenchOptions.parse("--scenario", "surveys");
        java.util.UUID survey = java.util.UUID.fromString("6f1c3c2e-0000-4000-8000-000000000001");

        assertThat(o.scenario()).isEqualTo(BenchScenario.SURVEYS);
        assertThat(o.submissionUrl("direct", survey))
                .isEqualTo("http://127.0.0.1:8104/surveys/6f1c3c2e-0000-4000-8000-000000000001/responses");
        assertThat(o.submissionUrl("gateway", survey))
                .isEqualTo("http://127.0.0.1:8080/api/survey/surveys/6f1c3c2e-0000-4000-8000-000000000001/responses");
        assertThat(o.submissionUrl("direct")).isEqualTo("http://127.0.0.1:8104/surveys/{survey}/responses");
        assertThat(o.surveyMode()).isEqualTo("REAL_NAME");
        assertThat(BenchOptions.parse("--scenario", "surveys", "--survey-mode", "anonymous").surveyMode())
                .isEqualTo("ANONYMOUS");
        // reports and the run history keep the two modes apart
        assertThat(o.reportName()).isEqualTo("surveys");
        assertThat(BenchOptions.parse("--scenario", "surveys", "--survey-mode", "anonymous").reportName())
                .isEqualTo("surveys-anonymous");
        assertThat(BenchOptions.parse("--survey-mode", "anonymous").reportName()).isEqualTo("letters");
        assertThat(BenchOptions.parse("--scenario", "surveys", "--survey-mode", "anonymous", "--survey-max-responses",
                "5000").reportName()).isEqualTo("surveys-anonymous-capped");
        assertThatThrownBy(() -> BenchOptions.parse("--scenario", "surveys", "--survey-mode", "invitation"))
                .hasMessageContaining("real-name or anonymous");
        assertThat(o.surveyMaxResponses()).isNull();
        assertThat(BenchOptions.parse("--scenario", "surveys", "--survey-max-responses", "1000000")
                .surveyMaxResponses()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> BenchOptions.parse("--scenario", "surveys", "--survey-max-responses", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        // letters and consultations are unchanged by it
        assertThat(BenchOptions.parse().rates()).containsExactly(100, 250, 500);
        assertThat(BenchOptions.parse().users()).isEqualTo(200);
        assertThat(BenchScenario.LETTERS.oneAnswerPerCitizen()).isFalse();
    }

    @Test
    void aSurveyPhaseNeedsOneCitizenPerAnswerSoTheDefaultCitizensCoverTheLargestPhase() {
        // defaults 20, 50, 100/s for 20 s after a 10 s ramp: 100/s sends 500 + 2000 answers
        BenchOptions o = BenchOptions.parse("--scenario", "surveys");
        assertThat(o.rates()).containsExactly(20, 50, 100);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(o.users()).isEqualTo(2_500);

        assertThat(BenchOptions.parse("--scenario", "surveys", "--rate", "30", "--duration", "10s", "--warmup", "4s")
                .users()).isEqualTo(60 + 300);
        assertThat(BenchOptions.parse("--scenario", "surveys", "--rate", "10", "--users", "400").users())
                .isEqualTo(400);
        assertThatThrownBy(() -> BenchOptions.parse("--scenario", "surveys", "--rate", "10", "--users", "249"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("250 at 10/s");
    }
}
