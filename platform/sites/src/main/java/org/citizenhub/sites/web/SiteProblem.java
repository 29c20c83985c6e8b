package org.citizenhub.sites.web;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/** The refusals of site selection on the public side. Messages: bundle {@value #BUNDLE} (zh-CN and en). */
public enum SiteProblem implements ProblemType {

    /** 404: no live site has this code (arg 0 the code), or no site answers for the host name. */
    SITE_NOT_FOUND(404),
    /** 400: the hub has several root sites and the request named none (no site parameter, no known host). */
    SITE_REQUIRED(400),
    /** 400: {@code includeChildren} is neither true nor false. */
    INVALID_INCLUDE_CHILDREN(400),
    /** 503: this service has not received the site directory yet (the identity service publishes it). */
    SITE_DIRECTORY_NOT_LOADED(503);

    static final String BUNDLE = "org.citizenhub.sites.problems";

    private final int status;

    SiteProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
