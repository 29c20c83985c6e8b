package org.citizenhub.web.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citizenhub.web.RequestId;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the incoming {@code X-Request-Id} when it is sane (the gateway sets one), a new one
 * otherwise. The id is echoed in the response header, stored as a request attribute and put into the MDC.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(RequestId.ATTRIBUTE) instanceof String assigned
                ? assigned
                : RequestId.acceptOrGenerate(request.getHeader(RequestId.HEADER));
        request.setAttribute(RequestId.ATTRIBUTE, id);
        response.setHeader(RequestId.HEADER, id);
        MDC.put(RequestId.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
