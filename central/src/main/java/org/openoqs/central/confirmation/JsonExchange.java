package org.openoqs.central.confirmation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * Reads one JSON request type and writes one JSON answer type straight from and to the servlet streams, with a
 * reader and a writer bound once to Spring's {@link ObjectMapper} (so Blackbird and every configured feature apply).
 *
 * <p>Why not {@code @RequestBody} and a returned value: for each request Spring MVC's message converters resolve the
 * generic parameter and return types, copy the headers into an {@code HttpHeaders}, ask every converter whether it can
 * read and write, and negotiate the media type again after the handler mapping already did — in a profile of keyed
 * confirmation this was more than Jackson's own reading and writing, ~13 % of the server's CPU. Only the hot
 * confirmation endpoint does this; everything else stays with the usual annotations.
 *
 * <p>A body that is not valid JSON of the request's shape is a 400 with Jackson's reason ({@link JsonRequestBody}).
 */
public final class JsonExchange<I, O> {
    private final JsonRequestBody<I> body;
    private final ObjectWriter writer;

    public JsonExchange(ObjectMapper mapper, Class<I> requestType, Class<O> answerType) {
        this.body = new JsonRequestBody<>(mapper, requestType);
        this.writer = mapper.writerFor(answerType);
    }

    /** The request body as {@code I}; never null ({@link JsonRequestBody#read}). */
    public I read(HttpServletRequest request) throws IOException {
        return body.read(request);
    }

    /** Writes {@code answer} as the 200 response, {@code application/json}. */
    public void write(HttpServletResponse response, O answer) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        writer.writeValue(response.getOutputStream(), answer);
    }
}
