/**
 * The questionnaire as data (pages, questions, display conditions), the answers to it and their validation against
 * it; pure Java (Jackson annotations give the documented JSON shape), no Spring, no HTTP.
 */
package org.citizenhub.survey.surveys.questionnaire;
