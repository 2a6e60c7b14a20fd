package vn.gov.plans.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Closed by default: the engine's REST API and the project's own API answer 401 without HTTP Basic
 * credentials checked against the engine's identity service (as Camunda Run does). The webapps under
 * /camunda keep their own session login and CSRF protection.
 */
@Configuration
class SecurityConfiguration {

  static final String[] PROTECTED_PATHS = {"/engine-rest/*", "/api/*"};

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new AlwaysAuthenticateFilter());
    registration.setName("rest-authentication");
    registration.addUrlPatterns(PROTECTED_PATHS);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Camunda's filter, without its anonymous exception for the engine list ({@code /engine}). */
  static class AlwaysAuthenticateFilter extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
