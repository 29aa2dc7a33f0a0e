package app.touchbase.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@code touchbase.accounts.*} setting.
 *
 * @param openRegistration anyone may open an account from the sign-in page; otherwise only the first account
 */
@ConfigurationProperties("touchbase.accounts")
public record AccountsProperties(boolean openRegistration) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AccountsProperties.class)
    static class Binding {
    }
}
