package org.opencsc.demo;

import org.opencsc.security.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the small demo council on an empty database when demo data is on (by default, only
 * on the embedded database). Several test contexts may share one database, so the check and
 * the seeding happen under an advisory lock.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final long LOCK = 0x0C5C_DE30L;

    private final CouncilGenerator generator;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean enabled;

    DemoDataSeeder(CouncilGenerator generator, JdbcClient jdbc, TransactionTemplate tx,
                   @Value("${opencsc.demo-data:auto}") String setting, @Value("${spring.datasource.url:}") String url) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.tx = tx;
        this.enabled = DemoMode.enabled(setting, url);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        tx.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
            long users = jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
            if (users == 0) {
                log.info("Empty database: seeding the demo council (sign in as 'social' / 'demo', or see /sign-in)");
                generator.generate(CouncilGenerator.Size.DEMO);
            }
        });
    }
}
