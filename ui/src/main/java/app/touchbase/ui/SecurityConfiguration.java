package app.touchbase.ui;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/** Every view needs a signed-in account, except sign-in itself and opening the first account. */
@EnableWebSecurity
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    UserDetailsService accounts(Backend backend) {
        return username -> backend.find(new FindLoginAccount(username), LoginAccount.class)
                .map(account -> User.withUsername(account.accountId()).password(account.passwordHash()).roles("USER").build())
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
