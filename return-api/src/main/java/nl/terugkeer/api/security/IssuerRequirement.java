package nl.terugkeer.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start without a trustworthy token issuer (issue 9), before any bean is made:
 * <ul>
 *   <li>no external issuer and the development issuer not asked for: nobody could log in;
 *   <li>an external database ({@code spring.datasource.url}) with only the development issuer: a shared or
 *       production database with tokens for any role from anyone on the host. Allowed only with the explicit switch
 *       {@value #INSECURE} (e.g. running the tests against a local PostgreSQL server).
 * </ul>
 */
@Component
class IssuerRequirement implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String INSECURE = "return.security.insecure";

    private static final Logger log = LoggerFactory.getLogger(IssuerRequirement.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    static void check(Environment environment) {
        if (DevTokenIssuer.externalIssuer(environment)) {
            return;
        }
        if (!DevTokenIssuer.enabled(environment)) {
            throw new IllegalStateException("No token issuer: set spring.security.oauth2.resourceserver.jwt.issuer-uri"
                    + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI) or jwk-set-uri; for local development"
                    + " ./run.sh switches the development token issuer on (" + DevTokenIssuer.ENABLED + "=true).");
        }
        boolean externalDatabase = environment.containsProperty("spring.datasource.url");
        if (externalDatabase) {
            if (!environment.getProperty(INSECURE, Boolean.class, false)) {
                throw new IllegalStateException("Refusing to run the development token issuer against an external"
                        + " database: configure a real issuer (spring.security.oauth2.resourceserver.jwt.issuer-uri),"
                        + " or set " + INSECURE + "=true (RETURN_SECURITY_INSECURE) for a throw-away database.");
            }
            log.warn("INSECURE: the development token issuer runs against an external database ({}=true)", INSECURE);
        }
    }
}
