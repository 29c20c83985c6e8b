package org.citizenhub.supervision.architecture;

import org.citizenhub.supervision.SupervisionApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The service's features as Spring Modulith sees them: no cycles between them and no use of another's internals. */
class ModulesTest {

    @Test
    void the_features_depend_on_each_other_without_cycles_or_internals() {
        ApplicationModules.of(SupervisionApplication.class).verify();
    }
}
