package org.openoqs.central.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class JsonExchangeTest {
    record Question(@JsonProperty("Name") String name) {}

    record Answer(@JsonProperty("Greeting") String greeting) {}

    final JsonExchange<Question, Answer> exchange = new JsonExchange<>(new ObjectMapper(), Question.class, Answer.class);

    @Test
    void readsTheBodyAsTheRequestType() throws Exception {
        assertThat(exchange.read(JsonRequestBodyTest.request("{\"Name\":\"山田\"}"))).isEqualTo(new Question("山田"));
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
