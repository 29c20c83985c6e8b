package org.citizenhub.web.servlet;

import java.util.LinkedHashMap;
import java.util.Map;
import org.citizenhub.web.problem.ProblemAutoConfiguration;
import org.citizenhub.web.problem.ProblemDocuments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web conventions of every servlet service: problem+json for every error, request ids, body size limit, and the
 * zh-CN / en locale.
 */
@AutoConfiguration(after = ProblemAutoConfiguration.class,
        before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(HubWebProperties.class)
public class HubWebMvcAutoConfiguration {

    /** Runs before everything else (Spring Security included) so that every log line and 401 carries the id. */
    public static final int REQUEST_ID_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE;
    /** Runs right after the request id filter, before Spring Security reads anything. */
    public static final int BODY_SIZE_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    public LocaleResolver localeResolver() {
        return new HubLocaleResolver();
    }

    @Bean
    @ConditionalOnMissingBean
    public ServletProblemWriter servletProblemWriter(ProblemDocuments documents, ObjectProvider<JsonMapper> json) {
        return new ServletProblemWriter(documents, json.getIfAvailable(JsonMapper::shared));
    }

    @Bean
    @ConditionalOnMissingBean
    public HubExceptionHandler hubExceptionHandler(ProblemDocuments documents) {
        return new HubExceptionHandler(documents);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController problemErrorController(ProblemDocuments documents) {
        return new ProblemErrorController(documents);
    }

    @Bean
    public FilterRegistrationBean<RequestIdFilter> hubRequestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(REQUEST_ID_FILTER_ORDER);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> hubBodySizeLimitFilter(HubWebProperties properties,
                                                                              ServletProblemWriter problems) {
        Map<String, Long> overrides = new LinkedHashMap<>();
        properties.getMaxBodySizeOverrides().forEach((pattern, size) -> overrides.put(pattern, size.toBytes()));
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.getMaxBodySize().toBytes(), overrides, problems));
        registration.setOrder(BODY_SIZE_FILTER_ORDER);
        return registration;
    }
}
