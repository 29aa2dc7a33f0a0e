package app.touchbase.ui.account;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.UpgradePasswordHash;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.FileEndpoints;
import app.touchbase.ui.base.ResponseHeaders;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Every view and file needs a signed-in account, except sign-in, opening the first account and the calendar feed. */
@EnableWebSecurity
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, SessionRegistry signedIn, RequestUtil vaadinRequests) throws Exception {
        // calendar apps fetch the feed without signing in: its secret token is the key
        http.authorizeHttpRequests(requests -> requests.requestMatchers(FileEndpoints.CALENDAR_PATH + "**").permitAll());
        // health and metrics are served only on the management port, which listens on this machine only
        http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll());
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(signedIn).expiredUrl("/login"));
        // Vaadin's own requests carry Vaadin's token; everything else, the sign-in form included, needs Spring's
        // (Vaadin's configurer would exempt the sign-in form, letting another site sign a browser into its account)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(ResponseHeaders.all());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it forgets it. */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /** The only way to sign in: no other provider (and no UserDetailsService bean) may check passwords unthrottled. */
    @Bean
    AuthenticationProvider signIn(Backend backend, PasswordEncoder passwords, SignInThrottle throttle) {
        DaoAuthenticationProvider checkPassword = new DaoAuthenticationProvider(passwords);
        checkPassword.setUserDetailsService(accounts(backend));
        checkPassword.setUserDetailsPasswordService((account, strongerHash) -> {
            backend.send(new UpgradePasswordHash(account.getUsername(), strongerHash));
            return User.withUserDetails(account).password(strongerHash).build();
        });
        return new ThrottledSignIn(checkPassword, throttle);
    }

    private static UserDetailsService accounts(Backend backend) {
        return username -> backend.find(new FindLoginAccount(username), LoginAccount.class)
                .map(account -> User.withUsername(account.accountId()).password(account.passwordHash()).roles("USER").build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
