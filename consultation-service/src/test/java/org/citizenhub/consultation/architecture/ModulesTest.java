package org.citizenhub.consultation.architecture;

import org.citizenhub.consultation.ConsultationApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The service's features (cases, rules, notification) as Spring Modulith sees them: no cycles between them and no
 * use of another feature's internals (the case domain is the cases module's named interface).
 */
class ModulesTest {

    @Test
    void the_features_depend_on_each_other_without_cycles_or_internals() {
        ApplicationModules.of(ConsultationApplication.class).verify();
    }
}
