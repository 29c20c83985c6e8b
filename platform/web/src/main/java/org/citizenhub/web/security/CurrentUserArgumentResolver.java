package org.citizenhub.web.security;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link CurrentUser} controller parameters from the security context. An anonymous request gets 401
 * {@code unauthorized}, or null when the parameter is declared {@code @Nullable}.
 */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CurrentUser.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return CurrentUser.current().orElseGet(() -> {
            if (parameter.isOptional()) {
                return null;
            }
            throw new HubProblem(CommonProblem.UNAUTHORIZED);
        });
    }
}
