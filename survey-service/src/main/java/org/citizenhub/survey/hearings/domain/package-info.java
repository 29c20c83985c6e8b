/** The hearings' rules without Spring or HTTP: the reproducible lottery. */
package org.citizenhub.survey.hearings.domain;
