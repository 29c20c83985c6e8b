-- The results belong to a survey of the questionnaire side's table (V10).
alter table survey_results_choice
    add constraint survey_results_choice_survey foreign key (survey_id) references survey (id);
alter table survey_results_publication
    add constraint survey_results_publication_survey foreign key (survey_id) references survey (id);
