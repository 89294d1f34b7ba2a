package budget.query.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the AsyncAPI document of the pipeline's topics and events, for outside subscribers. */
@RestController
class ContractController {

    @Operation(summary = "The AsyncAPI 3 document of every topic, key and event schema")
    @GetMapping("/asyncapi.yaml")
    ResponseEntity<Resource> asyncApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .body(new ClassPathResource("asyncapi.yaml"));
    }
}
