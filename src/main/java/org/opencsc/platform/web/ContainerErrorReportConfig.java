package org.opencsc.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Puts {@link ContainerErrorReport} in place of Tomcat's HTML error report valve. */
@Component
class ContainerErrorReportConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** server.max-http-request-header-size in application.yml, named in the message a too-long address gets. */
    static final int MAX_HEADER_KB = 64;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        });
    }
}
