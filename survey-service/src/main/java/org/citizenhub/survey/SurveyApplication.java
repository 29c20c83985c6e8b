package org.citizenhub.survey;

import java.time.Clock;
import java.time.ZoneId;

import org.citizenhub.web.json.ShanghaiInstants;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Public participation (survey-service). Features are packages below this one; see README.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SurveyApplication {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(SurveyApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /** Every instant answered as Asia/Shanghai time ({@code …+08:00}), like the service hall. */
    @Bean
    JsonMapperBuilderCustomizer shanghaiInstants() {
        return builder -> builder.addModule(ShanghaiInstants.module());
    }
}
