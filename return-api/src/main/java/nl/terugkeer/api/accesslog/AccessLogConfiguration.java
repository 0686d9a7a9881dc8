package nl.terugkeer.api.accesslog;

import nl.terugkeer.api.commandside.CommandSideRegisters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log's beans. Its filter runs inside Spring Security's chain, not as a servlet filter of its own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessLogProperties.class)
public class AccessLogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccessLogConfiguration.class);

    @Bean
    AccessLog accessLog(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new AccessLog(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    AccessLogCommandRecorder accessLogCommandRecorder(
            AccessLog accessLog, Pseudonyms pseudonyms, CommandSideRegisters registers) {
        return new AccessLogCommandRecorder(accessLog, pseudonyms, registers);
    }

    @Bean
    Pseudonyms pseudonyms(AccessLogProperties properties) {
        if (AccessLogProperties.DEVELOPMENT_SECRET.equals(properties.pseudonymSecret())) {
            log.warn(
                    "The access log pseudonymises persons with the development secret; set"
                            + " return.access-log.pseudonym-secret (env RETURN_ACCESSLOG_PSEUDONYMSECRET) outside development.");
        }
        return new Pseudonyms(properties.pseudonymSecret());
    }

    @Bean
    AccessLogFilter accessLogFilter(AccessLog accessLog, Pseudonyms pseudonyms, CommandSideRegisters registers) {
        return new AccessLogFilter(accessLog, pseudonyms, registers);
    }

    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilterNotAsServletFilter(AccessLogFilter filter) {
        FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
