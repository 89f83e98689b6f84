package org.openoqs.central.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

class JsonRequestBodyTest {
    record Question(@JsonProperty("Name") String name) {}

    final JsonRequestBody<Question> body = new JsonRequestBody<>(new ObjectMapper(), Question.class);

    static MockHttpServletRequest request(String json) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setContentType("application/json");
        request.setContent(json.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void readsTheBodyAsTheRequestType() throws Exception {
        assertThat(body.read(request("{\"Name\":\"山田\"}"))).isEqualTo(new Question("山田"));
    }

    @Test
    void malformedJsonIsABadRequestWithJacksonsReason() {
        assertThatThrownBy(() -> body.read(request("{\"Name\":")))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getReason()).startsWith("cannot read the request body:").contains("end-of-input");
                });
    }

    @Test
    void anEmptyBodyOrJsonNullIsABadRequest() {
        for (String json : new String[] {"", "null"}) {
            assertThatThrownBy(() -> body.read(request(json))).as(json)
                    .isInstanceOfSatisfying(ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
    }
}
