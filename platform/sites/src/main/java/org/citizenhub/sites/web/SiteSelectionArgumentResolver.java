package org.citizenhub.sites.web;

import jakarta.servlet.http.HttpServletRequest;
import org.citizenhub.sites.spring.HubSites;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link SiteSelection} controller parameters (see there for the rules). The host is the request's server
 * name, which {@code server.forward-headers-strategy: framework} takes from the gateway's {@code X-Forwarded-Host}.
 */
public class SiteSelectionArgumentResolver implements HandlerMethodArgumentResolver {

    private final HubSites sites;

    public SiteSelectionArgumentResolver(HubSites sites) {
        this.sites = sites;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return SiteSelection.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String host = request == null ? null : request.getServerName();
        return SiteSelection.select(sites.directory(), webRequest.getParameter(SiteSelection.SITE_PARAMETER), host,
                webRequest.getParameter(SiteSelection.INCLUDE_CHILDREN_PARAMETER));
    }
}
