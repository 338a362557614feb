package org.opencsc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpenCscApplication {
    public static void main(String[] args) {
        SpringApplication.run(OpenCscApplication.class, args);
    }
}
