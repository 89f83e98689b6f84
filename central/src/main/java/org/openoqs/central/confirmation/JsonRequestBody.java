package org.openoqs.central.confirmation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads one JSON request type straight from the servlet stream with a reader bound once to Spring's
 * {@link ObjectMapper}: the reading half of {@link JsonExchange} (see there why not {@code @RequestBody}), for hot
 * endpoints whose answer is not JSON, such as the card confirmation's {@code XmlMsg}.
 *
 * <p>A body that is not valid JSON of the request's shape is a 400 with Jackson's reason, as Spring's converter gives.
 */
public final class JsonRequestBody<I> {
    private final ObjectReader reader;

    public JsonRequestBody(ObjectMapper mapper, Class<I> requestType) {
        this.reader = mapper.readerFor(requestType);
    }

    /** The request body as {@code I}; never null. */
    public I read(HttpServletRequest request) throws IOException {
        try {
            I value = reader.readValue(request.getInputStream());
            if (value == null) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the request body is JSON null");
            return value;
        } catch (JacksonException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cannot read the request body: "
                    + e.getOriginalMessage(), e);
        }
    }
}
