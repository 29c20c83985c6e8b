package org.citizenhub.web.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.citizenhub.web.problem.ProblemLocales;
import org.springframework.web.servlet.LocaleResolver;

/** Simplified Chinese unless the request's Accept-Language ranks English above Chinese. */
public class HubLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return ProblemLocales.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The locale follows the Accept-Language header");
    }
}
