package org.opencsc.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The house rule "no request may wait on a second pooled connection while holding one", checked
 * on every test in the shared context: once the application is up, a thread that asks the pool for
 * a connection while it still holds one is refused at once, with where it took the first. Holding
 * one and waiting for another is how a few concurrent users emptied the pool and froze the app
 * (a row mapper that queried again, an access-log write in its own transaction), and it only
 * shows under load, so every test looks for it, not only the concurrency test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OneConnectionPerThread {

    private static final Logger log = LoggerFactory.getLogger(OneConnectionPerThread.class);
    private static final ThreadLocal<Deque<Throwable>> HELD = ThreadLocal.withInitial(ArrayDeque::new);
    private static volatile boolean checking;

    @Bean
    static BeanPostProcessor oneConnectionPerThreadDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof Guarded) ? new Guarded(pool) : bean;
            }
        };
    }

    /** Start-up (Flyway, the demo seed) may do as it likes; requests and tests are checked. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> startCheckingForSecondConnections() {
        return event -> checking = true;
    }

    static final class Guarded extends DelegatingDataSource {

        Guarded(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseSecond();
            return tracked(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseSecond();
            return tracked(super.getConnection(username, password));
        }

        private static void refuseSecond() throws SQLException {
            Deque<Throwable> held = HELD.get();
            if (checking && !held.isEmpty()) {
                SQLException refused = new SQLException("A second pooled connection was asked for by a thread that holds one"
                        + " (the cause shows where the first was taken): under load every connection ends up waiting for another",
                        held.peekLast());
                log.error("Second connection refused", refused);
                throw refused;
            }
        }

        private static Connection tracked(Connection connection) {
            Throwable takenAt = new Throwable("The connection this thread holds was taken here");
            HELD.get().addLast(takenAt);
            return (Connection) Proxy.newProxyInstance(OneConnectionPerThread.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            HELD.get().remove(takenAt);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
