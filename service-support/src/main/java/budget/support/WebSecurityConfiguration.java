package budget.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the API key check in front of the HTTP API of a service that has one. */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(@Value("${budget.security.api-keys:}") String keys,
                                                      @Value("${budget.security.protect-reads:false}") boolean protectReads) {
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(keys, protectReads));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
