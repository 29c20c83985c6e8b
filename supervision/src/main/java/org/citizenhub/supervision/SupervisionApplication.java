package org.citizenhub.supervision;

import java.time.Clock;
import java.time.ZoneId;
import org.citizenhub.web.json.ShanghaiInstants;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Supervision and exchange (supervision). Features are packages below this one; see README.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SupervisionApplication {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(SupervisionApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /** Every instant answered as Asia/Shanghai time ({@code …+08:00}), like the hall and survey-service. */
    @Bean
    JsonMapperBuilderCustomizer shanghaiInstants() {
        return builder -> builder.addModule(ShanghaiInstants.module());
    }
}
