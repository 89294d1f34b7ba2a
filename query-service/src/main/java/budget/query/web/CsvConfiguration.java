package budget.query.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** CSV after JSON: a client that asks for nothing in particular gets JSON; ?format=csv or Accept: text/csv gets CSV. */
@Configuration(proxyBeanMethods = false)
class CsvConfiguration implements WebMvcConfigurer {

    @Override
    @SuppressWarnings("deprecation")
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvMessageConverter());
    }
}
