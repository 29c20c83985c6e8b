package org.citizenhub.hall.applications.domain;

import java.util.Objects;

/** Who applies: a person (the citizen of the token) or a legal person the citizen acts for. */
public sealed interface Applicant {

    /** The citizen's account (token subject): who may follow the application. */
    String subject();

    String displayName();

    record Person(String subject, String name) implements Applicant {
        public Person {
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public String displayName() {
            return name == null ? subject : name;
        }
    }

    record LegalPerson(String subject, String name, CreditCode creditCode) implements Applicant {
        public LegalPerson {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(creditCode, "creditCode");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A legal person applies under its name");
            }
        }

        @Override
        public String displayName() {
            return name;
        }
    }
}
