package org.citizenhub.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.citizenhub.web.RequestId;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemMessages;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemErrorControllerTest {

    private final ProblemErrorController controller =
            new ProblemErrorController(new ProblemDocuments(ProblemMessages.defaults()));

    @Test
    void a_failure_outside_spring_mvc_is_a_problem_without_exception_details() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/letters");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret"));
        request.setAttribute(RequestId.ATTRIBUTE, "req-7");

        ResponseEntity<Map<String, Object>> response = controller.error(request);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("type", "https://citizenhub.example/problems/internal-error")
                .containsEntry("instance", "/letters").containsEntry("requestId", "req-7")
                .doesNotContainValue("secret");
    }

    @Test
    void a_container_rejection_keeps_its_status() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);

        ResponseEntity<Map<String, Object>> response = controller.error(request);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).containsEntry("type", "https://citizenhub.example/problems/not-found");
    }
}
