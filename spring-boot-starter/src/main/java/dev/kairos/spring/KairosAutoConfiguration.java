package dev.kairos.spring;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.log.TaskLog;
import dev.kairos.micrometer.KairosMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Kairos session for the application, from the {@code kairos.*} properties
 * ({@link KairosProperties}) and the {@link KairosSessionCustomizer} beans; {@code @Task} methods of
 * every bean are its tasks. The session starts when the context has started (after the web server)
 * and stops gracefully, first of all, when it closes. Backs off when the application defines its
 * own {@link Session} bean; off altogether with {@code kairos.enabled=false}. With Spring Boot's
 * actuator on the class path, a health indicator ({@code kairos}) and an endpoint ({@code kairos},
 * exposed only when the application exposes it); with a {@code MeterRegistry} bean, the session's
 * metrics ({@link KairosMetrics}).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnProperty(prefix = "kairos", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(KairosProperties.class)
public class KairosAutoConfiguration {

    /** Finds the beans with {@code @Task} methods as they are made. */
    @Bean
    static TaskBeans kairosTaskBeans() {
        return new TaskBeans();
    }

    /** The session, built from the properties and the customizers; not started. */
    @Bean
    @ConditionalOnMissingBean
    Session kairosSession(KairosProperties properties, ObjectProvider<KairosSessionCustomizer> customizers,
            ObjectProvider<DataSource> dataSource) {
        PropertyChecks.check(properties);
        SessionBuilder b = Session.builder()
                .threads(properties.getThreads())
                .processes(properties.getProcesses())
                .defaultExecution(properties.getDefaultExecution())
                .taskLog(taskLog(properties.getLog(), dataSource));
        if (properties.getZone() != null) {
            b.zone(properties.getZone());
        }
        if (properties.getDefaultTimeout() != null) {
            b.defaultTimeout(properties.getDefaultTimeout());
        }
        if (properties.getShutdownWait() != null) {
            b.shutdownWait(properties.getShutdownWait());
        }
        properties.getParameters().forEach(b::parameter);
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }

    /** Starts and stops the session with the context, adding the beans' tasks and the task files first. */
    @Bean
    SessionLifecycle kairosSessionLifecycle(Session session, TaskBeans beans, KairosProperties properties) {
        return new SessionLifecycle(session, beans, properties);
    }

    private static TaskLog taskLog(KairosProperties.Log log, ObjectProvider<DataSource> dataSource) {
        return switch (log.getStore()) {
            case CSV -> {
                if (log.getPath() == null) {
                    throw new StartupException("kairos.log.store is csv but kairos.log.path is empty",
                            "Set kairos.log.path to the CSV file of the task log.");
                }
                yield TaskLog.csv(log.getPath());
            }
            case MEMORY -> TaskLog.inMemory();
            case POSTGRES -> {
                if (!PostgresLogs.available()) {
                    throw new StartupException("kairos.log.store is postgres but kairos-postgres is not on the class "
                            + "path", "Add the dependency dev.kairos:kairos-postgres, or choose kairos.log.store=csv.");
                }
                DataSource ds = dataSource.getIfUnique();
                if (ds == null) {
                    String found = dataSource.stream().map(d -> d.getClass().getSimpleName())
                            .collect(Collectors.joining(", "));
                    throw new StartupException("kairos.log.store is postgres but the application has "
                            + (found.isEmpty() ? "no DataSource" : "several DataSources (" + found + ")"),
                            "Configure one DataSource (spring.datasource.*), or mark one @Primary.");
                }
                yield PostgresLogs.of(ds, log.getPostgres());
            }
        };
    }

    /** The health indicator {@code kairos}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "kairosHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("kairos")
        HealthIndicator kairosHealthIndicator(Session session) {
            return new SessionHealth(session.view());
        }
    }

    /** The actuator endpoint {@code kairos}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class Actuator {
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint
        KairosEndpoint kairosEndpoint(Session session) {
            return new KairosEndpoint(session);
        }
    }

    /** The dashboard, {@code kairos.dashboard.enabled=true}: served while the context runs. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.kairos.dashboard.Dashboard")
    @ConditionalOnProperty(prefix = "kairos.dashboard", name = "enabled", havingValue = "true")
    static class WebPage {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(name = "kairosDashboard")
        AutoCloseable kairosDashboard(Session session, KairosProperties properties) {
            return Dashboards.start(session, properties.getDashboard());
        }
    }

    /** The session's meters in the application's registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MeterRegistry.class, KairosMetrics.class})
    @ConditionalOnBean(MeterRegistry.class)
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean
        KairosMetrics kairosMetrics(Session session, MeterRegistry registry) {
            return KairosMetrics.bind(session, registry);
        }
    }
}
