package org.citizenhub.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The problem catalogue's messages, for servlet services and the reactive gateway alike. */
@AutoConfiguration
public class ProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProblemMessages problemMessages() {
        return ProblemMessages.defaults();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemDocuments problemDocuments(ProblemMessages problemMessages) {
        return new ProblemDocuments(problemMessages);
    }
}
