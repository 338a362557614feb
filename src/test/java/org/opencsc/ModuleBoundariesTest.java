package org.opencsc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package under org.opencsc is a feature module. This fails the build when a
 * dependency cycle appears between features or a feature reaches into another's sub-packages.
 */
class ModuleBoundariesTest {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(OpenCscApplication.class).verify();
    }
}
