package uk.caseaudit.api.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** Who may call what. The demo users exist only on the embedded default. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // a stateless API: no cookies, no session
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
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
                        .requestMatchers(HttpMethod.GET, "/api/events", "/api/events/**", "/api/event-types",
                                "/api/event-types/**").hasAnyRole(Role.INTEGRATOR.name(), Role.QA_LEAD.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(readers())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Every role but INTEGRATOR may read audits, the register, tracker, trends and histories. */
    static String[] readers() {
        return Arrays.stream(Role.values()).filter(role -> role != Role.INTEGRATOR).map(Role::name)
                .toArray(String[]::new);
    }

    /**
     * The demo users of api.md, password {@code demo}; switched off by {@code case-audit.demo-users=false}.
     * The password's bcrypt cost is {@code case-audit.demo-password-cost} (tests lower it: bcrypt
     * would otherwise dominate their time).
     */
    @Bean
    @ConditionalOnProperty(name = "case-audit.demo-users", havingValue = "true")
    InMemoryUserDetailsManager demoUsers(PasswordEncoder encoder) {
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
