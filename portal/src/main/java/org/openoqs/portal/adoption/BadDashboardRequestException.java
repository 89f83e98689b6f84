package org.openoqs.portal.adoption;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A dashboard parameter that cannot be used (400), naming the parameter. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadDashboardRequestException extends RuntimeException {
    private final String parameter;

    public BadDashboardRequestException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    public String parameter() { return parameter; }
}
