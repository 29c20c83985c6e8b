/**
 * The case aggregate, its phases, states and named policies: plain Java. Other features (rules, notification) may
 * use it, hence a named interface of the cases module.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.citizenhub.consultation.cases.domain;
