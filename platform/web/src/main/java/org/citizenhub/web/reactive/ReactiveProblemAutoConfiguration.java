package org.citizenhub.web.reactive;

import org.citizenhub.web.problem.ProblemAutoConfiguration;
import org.citizenhub.web.problem.ProblemMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The {@link ReactiveProblemWriter} for reactive web applications (the gateway). */
@AutoConfiguration(after = ProblemAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({Mono.class, JsonMapper.class})
public class ReactiveProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ReactiveProblemWriter reactiveProblemWriter(ProblemMessages messages, ObjectProvider<JsonMapper> json) {
        return new ReactiveProblemWriter(messages, json.getIfAvailable(JsonMapper::shared));
    }
}
