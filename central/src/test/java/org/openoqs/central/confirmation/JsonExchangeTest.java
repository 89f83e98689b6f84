package org.openoqs.central.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;

class JsonExchangeTest {
    record Question(@JsonProperty("Name") String name) {}

    record Answer(@JsonProperty("Greeting") String greeting) {}

    final JsonExchange<Question, Answer> exchange = new JsonExchange<>(new ObjectMapper(), Question.class, Answer.class);

    static MockHttpServletRequest body(String json) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setContentType("application/json");
        request.setContent(json.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void readsTheBodyAsTheRequestType() throws Exception {
        assertThat(exchange.read(body("{\"Name\":\"山田\"}"))).isEqualTo(new Question("山田"));
    }

    @Test
    void malformedJsonIsABadRequestWithJacksonsReason() {
        assertThatThrownBy(() -> exchange.read(body("{\"Name\":")))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getReason()).startsWith("cannot read the request body:").contains("end-of-input");
                });
    }

    @Test
    void anEmptyBodyOrJsonNullIsABadRequest() {
        for (String json : new String[] {"", "null"}) {
            assertThatThrownBy(() -> exchange.read(body(json))).as(json)
                    .isInstanceOfSatisfying(ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
    }

    @Test
    void writesTheAnswerAsJsonWithStatus200() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        exchange.write(response, new Answer("こんにちは"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"Greeting\":\"こんにちは\"}");
    }
}
