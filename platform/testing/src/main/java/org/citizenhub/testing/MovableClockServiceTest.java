package org.citizenhub.testing;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The integration test base of a service on the movable clock: the service's {@link Clock} bean is replaced by one
 * {@link MovedClock#CLOCK} (the same bean in every test class, so the Spring context is built once for the suite),
 * and every test starts on a fixed working Monday of 2026 and ends back on real time. A service's own base adds its
 * {@code @HubIntegrationTest} properties, accounts and helpers ({@code SurveyIT}, {@code HallIT}, …).
 */
@Import(MovableClockServiceTest.MovedClock.class)
public abstract class MovableClockServiceTest extends ServiceHttpTest {

    @TestConfiguration
    public static class MovedClock {
        public static final MovableClock CLOCK = new MovableClock();

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    /**
     * Every test starts on a fixed working Monday of 2026 (tests move the clock from there): deadlines never reach
     * into a year whose holiday notice is not loaded yet, and the clock stays behind real time, since it also
     * checks token expiry.
     */
    @BeforeEach
    void aMondayIn2026() {
        MovedClock.CLOCK.set("2026-11-16T10:00");
    }

    @AfterEach
    void realTimeAgain() {
        MovedClock.CLOCK.reset();
    }
}
