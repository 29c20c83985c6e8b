package org.citizenhub.hall.architecture;

import org.citizenhub.hall.ServiceHallApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The hall's features as Spring Modulith sees them: no cycles between them and no use of another's internals. */
class ModulesTest {

    @Test
    void the_features_depend_on_each_other_without_cycles_or_internals() {
        ApplicationModules.of(ServiceHallApplication.class).verify();
    }
}
