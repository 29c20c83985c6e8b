package org.citizenhub.web.security;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = org.citizenhub.web.servlet.WebTestApplication.class,
        properties = "hub.security.public-paths=/public/**")
@AutoConfigureMockMvc
class SecurityDefaultsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_anonymous_request_gets_401_problem_json_with_the_bearer_challenge() throws Exception {
        mvc.perform(get("/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/unauthorized"))
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.requestId").isNotEmpty());
    }

    @Test
    void an_invalid_token_gets_401_in_english_when_asked() throws Exception {
        mvc.perform(get("/me").header("Authorization", "Bearer forged").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\"")))
                .andExpect(jsonPath("$.title").value("Sign-in required"));
    }

    @Test
    void a_missing_role_gets_403_problem_json() throws Exception {
        mvc.perform(get("/supervision").header("Authorization", "Bearer user.handler.D-TRANSPORT"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/forbidden"));
    }

    @Test
    void realm_roles_become_spring_roles() throws Exception {
        mvc.perform(get("/supervision").header("Authorization", "Bearer user.supervisor"))
                .andExpect(status().isOk());
    }

    @Test
    void the_current_user_is_resolved_from_the_token() throws Exception {
        mvc.perform(get("/me").header("Authorization", "Bearer user.handler.D-TRANSPORT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("sub-handler"))
                .andExpect(jsonPath("$.username").value("u-handler"))
                .andExpect(jsonPath("$.roles[0]").value("handler"))
                .andExpect(jsonPath("$.department").value("D-TRANSPORT"));
    }

    @Test
    void a_handler_cannot_tell_whether_another_departments_items_exist() throws Exception {
        mvc.perform(get("/departments/D-HEALTH/letters").header("Authorization", "Bearer user.handler.D-TRANSPORT"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/not-found"));
        mvc.perform(get("/departments/D-TRANSPORT/letters").header("Authorization", "Bearer user.handler.D-TRANSPORT"))
                .andExpect(status().isOk());
        mvc.perform(get("/departments/D-HEALTH/letters").header("Authorization", "Bearer user.supervisor"))
                .andExpect(status().isOk());
    }

    @Test
    void public_paths_health_and_api_docs_need_no_token() throws Exception {
        mvc.perform(get("/public/ping")).andExpect(status().isOk());
        mvc.perform(post("/public/echo").contentType(MediaType.TEXT_PLAIN).content("hi"))
                .andExpect(status().isOk());
        // no such endpoints here, but they are not behind authentication: 404, not 401
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs/letters")).andExpect(status().isNotFound());
    }
}
