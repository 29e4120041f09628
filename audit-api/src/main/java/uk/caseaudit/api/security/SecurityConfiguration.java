package uk.caseaudit.api.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what (the README's role table), and how callers prove who they are: HTTP Basic against the demo
 * users on the embedded default, JWTs from the council's identity provider in production
 * ({@code case-audit.security.authentication}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** The API's own Content-Security-Policy: nothing but the service's own pages, scripts and styles (Swagger UI). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, SecuritySettings settings,
                            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http
                .csrf(csrf -> csrf.disable()) // a stateless API: no cookies, no session
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(cors(settings.cors().allowedOrigins())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // The rules below name GET; a HEAD would otherwise reach the same handlers past them.
                        .requestMatchers(HttpMethod.HEAD, "/api/**", "/actuator/**").denyAll()
                        .requestMatchers("/actuator/**").hasRole(Role.QA_LEAD.name())
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/audits", "/api/audits/*/inadmissibility")
                        .hasRole(Role.QA_LEAD.name())
                        .requestMatchers(HttpMethod.POST, "/api/audits/*/judgements", "/api/audits/*/actions")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/audits/*/moderations").hasRole(Role.MODERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/cases-of-concern", "/api/cases-of-concern/*/reviews",
                                "/api/cases-of-concern/*/recategorisation").hasRole(Role.HEAD_OF_SERVICE.name())
                        .requestMatchers(HttpMethod.POST, "/api/cases-of-concern/*/closure",
                                "/api/cases-of-concern/*/closure-refusal", "/api/cases-of-concern/*/reopening")
                        .hasRole(Role.IMPROVEMENT_DIRECTOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/actions/*/completion", "/api/actions/*/due-date")
                        .hasRole(Role.TEAM_MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/actions/*/escalation").hasRole(Role.HEAD_OF_SERVICE.name())
                        .requestMatchers(HttpMethod.POST, "/api/actions/*/cancellation")
                        .hasAnyRole(Role.QA_LEAD.name(), Role.HEAD_OF_SERVICE.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.QA_LEAD.name())
                        .requestMatchers(HttpMethod.GET, "/api/access-log")
                        .hasAnyRole(Role.QA_LEAD.name(), Role.IMPROVEMENT_DIRECTOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/events", "/api/events/**", "/api/event-types",
                                "/api/event-types/**").hasAnyRole(Role.INTEGRATOR.name(), Role.QA_LEAD.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(readers())
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (settings.authentication() == SecuritySettings.Authentication.JWT) {
            JwtDecoder decoder = jwtDecoder.getIfAvailable();
            if (decoder == null) {
                throw new IllegalStateException("case-audit.security.authentication is jwt but no JWT issuer is "
                        + "configured: set spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri, "
                        + "or public-key-location)");
            }
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtRoles(settings.jwt()))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    /**
     * The rules' paths are matched as Spring MVC's own path patterns, by the patterns alone: Spring Security's
     * default asks Spring MVC's handler mappings about every rule of every request, a large share of a call's CPU.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * No Micrometer observation of each security filter and of authentication and authorization (a noticeable
     * share of an API call's CPU); the service's own HTTP request metrics ({@code http.server.requests}) stay.
     */
    @Bean
    static SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Every role but INTEGRATOR may read audits, the register, tracker, trends and histories. */
    static String[] readers() {
        return Arrays.stream(Role.values()).filter(role -> role != Role.INTEGRATOR).map(Role::name)
                .toArray(String[]::new);
    }

    /** Cross-origin calls to the API from the configured front-end origins only (none by default). */
    private static CorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (allowedOrigins.isEmpty()) {
            return source;
        }
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(allowedOrigins);
        api.setAllowedMethods(List.of("GET", "POST", "DELETE", "OPTIONS"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-Match", "Idempotency-Key",
                "Last-Event-ID"));
        api.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "Idempotent-Replayed"));
        api.setMaxAge(3600L);
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }

    /**
     * The demo users of the README, password {@code demo}; switched off by {@code case-audit.demo-users=false}, and
     * refused under the {@code postgres} profile (production has real users only). The password's bcrypt cost is
     * {@code case-audit.demo-password-cost} (tests lower it: bcrypt would otherwise dominate their time).
     */
    @Bean
    @ConditionalOnProperty(name = "case-audit.demo-users", havingValue = "true")
    InMemoryUserDetailsManager demoUsers(PasswordEncoder encoder, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("postgres"))) {
            throw new IllegalStateException("Demo users are switched on (case-audit.demo-users=true) under the "
                    + "postgres profile: production has no demo users. Switch them off.");
        }
        String password = encoder.encode("demo");
        List<UserDetails> users = Arrays.stream(Role.values())
                .map(role -> User.withUsername(role.name().toLowerCase().replace('_', '-'))
                        .password(password).roles(role.name()).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * bcrypt at cost {@code case-audit.demo-password-cost}. The encoder itself must carry the cost:
     * Spring Security re-hashes a password whose cost is below its encoder's on the next login.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${case-audit.demo-password-cost:10}") int cost) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }
}
