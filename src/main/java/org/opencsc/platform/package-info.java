/**
 * What every feature shares: the embedded database, page layout and error handling,
 * validation messages, problem+json and the record's time (London dates from the injected clock). An open module: features use its sub-packages
 * directly, and it depends on no feature except security's signed-in user.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.opencsc.platform;

import org.springframework.modulith.ApplicationModule;
