/**
 * The results of a survey as plain data: per question tallies ({@link org.citizenhub.survey.surveys.results.domain.QuestionResult}),
 * the cross-tabulation of two questions, the owner's choice of published questions and its policy. No Spring, no HTTP:
 * the tallies are pure functions of (questionnaire, answers).
 */
package org.citizenhub.survey.surveys.results.domain;
