package org.citizenhub.mailbox.architecture;

import org.citizenhub.mailbox.MailboxApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The service's features (letter, mailbox, attachment, notification, publication, problem, config) as Spring
 * Modulith sees them: no cycles between them, and no use of another feature's internals. Adding a dependency that
 * closes a cycle (as letter ↔ attachment ↔ mailbox once did) fails here, without a hand-kept list of classes.
 */
class ModulesTest {

    @Test
    void the_features_depend_on_each_other_without_cycles() {
        ApplicationModules.of(MailboxApplication.class).verify();
    }
}
