package vn.gov.plans.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * Closed by default: the engine's REST API and the project's own API answer 401 without HTTP Basic
 * credentials checked against the engine's identity service (as Camunda Run does). The webapps under
 * /camunda keep their own session login and CSRF protection; a user logged in to them may also
 * read (GET only, so no CSRF exposure) the project's API, for example to download a report from a
 * Tasklist form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] PROTECTED_PATHS = {"/engine-rest/*", "/api/*"};

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new RestAuthenticationFilter());
    registration.setName("rest-authentication");
    registration.addUrlPatterns(PROTECTED_PATHS);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Camunda's filter, without its anonymous exception for the engine list, plus webapp sessions on GET /api. */
  static class RestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      UserAuthentication webappUser = webappUser((HttpServletRequest) request);
      if (webappUser == null) {
        super.doFilter(request, response, chain);
        return;
      }
      ProcessEngine engine = getAddressedEngine(webappUser.getProcessEngineName());
      setAuthenticatedUser(engine, webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds());
      try {
        chain.doFilter(request, response);
      } finally {
        clearAuthentication(engine);
      }
    }

    private static UserAuthentication webappUser(HttpServletRequest request) {
      if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
          || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
        return null;
      }
      HttpSession session = request.getSession(false);
      if (session == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(DEFAULT_ENGINE_NAME);
      return user instanceof UserAuthentication userAuthentication ? userAuthentication : null;
    }
  }
}
