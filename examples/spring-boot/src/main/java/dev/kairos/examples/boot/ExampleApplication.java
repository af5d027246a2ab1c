package dev.kairos.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application whose beans are Kairos tasks: {@link FetchTask} every 30 seconds,
 * {@link TransformTask} after each fetch that succeeded, {@link AlertTask} after each that failed
 * (every third one does, on purpose). They share the {@link Warehouse} bean. The starter makes the
 * session, starts it with the context and stops it when the context closes; the actuator shows it
 * at {@code /actuator/health}, {@code /actuator/kairos} and {@code /actuator/prometheus}. From the
 * repository root, after {@code mvn -q install -DskipTests}:
 *
 * <pre>mvn -q -pl examples/spring-boot spring-boot:run</pre>
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
