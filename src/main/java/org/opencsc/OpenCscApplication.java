package org.opencsc;

import org.opencsc.returns.ReturnsCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpenCscApplication {
    public static void main(String[] args) {
        // "census export|validate|import ...": the census command line, with no web server (returns.census.cli).
        if (ReturnsCommandLine.handles(args)) {
            ReturnsCommandLine.run(OpenCscApplication.class, args);
            return;
        }
        SpringApplication.run(OpenCscApplication.class, args);
    }
}
