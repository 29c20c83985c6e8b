/** 意见征集's domain: drafts, their chapters and articles, comments and the adoption feedback; no Spring, no HTTP. */
package org.citizenhub.survey.drafts.domain;
