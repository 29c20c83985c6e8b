package org.citizenhub.web.servlet;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(classes = WebTestApplication.class, properties = {
        "hub.web.max-body-size=1KB", "hub.security.public-paths=/public/**"})
@AutoConfigureMockMvc
class ProblemResponsesTest {

    private static final String CITIZEN = "Bearer user.citizen";

    @Autowired
    MockMvc mvc;

    @Test
    void malformed_json_is_answered_with_400_malformed_json_in_chinese_by_default() throws Exception {
        mvc.perform(post("/letters").header("Authorization", CITIZEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"路灯不亮\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/malformed-json"))
                .andExpect(jsonPath("$.title").value("请求内容无法解析"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.instance").value("/letters"))
                .andExpect(jsonPath("$.requestId").isNotEmpty())
                .andExpect(content().string(not(containsString("Unexpected"))))
                .andExpect(content().string(not(containsString("tools.jackson"))));
    }

    @Test
    void missing_and_invalid_fields_are_listed_in_errors_with_localized_messages() throws Exception {
        mvc.perform(post("/letters").header("Authorization", CITIZEN).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"" + "长".repeat(21) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/validation-failed"))
                .andExpect(jsonPath("$.title").value("提交的信息未通过校验"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("不能为空"));
    }

    @Test
    void accept_language_english_gives_english_titles_and_validation_messages() throws Exception {
        mvc.perform(post("/letters").header("Authorization", CITIZEN).header("Accept-Language", "en-US,en;q=0.9")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"ok\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Validation failed"))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void a_body_that_is_not_json_is_answered_with_415() throws Exception {
        mvc.perform(post("/letters").header("Authorization", CITIZEN)
                        .contentType(MediaType.TEXT_PLAIN).content("title=hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/unsupported-media-type"))
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void a_body_larger_than_the_limit_is_rejected_with_413_before_it_is_read() throws Exception {
        mvc.perform(post("/letters").header("Authorization", CITIZEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + "x".repeat(2000) + "\",\"body\":\"b\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/payload-too-large"))
                .andExpect(jsonPath("$.title").value("请求内容过大"))
                .andExpect(jsonPath("$.requestId").isNotEmpty());
    }

    @Test
    void an_unexpected_exception_is_a_500_that_leaks_neither_message_nor_stack_trace() throws Exception {
        mvc.perform(get("/boom").header("Authorization", CITIZEN).header("X-Request-Id", "req-42"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("X-Request-Id", "req-42"))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/internal-error"))
                .andExpect(jsonPath("$.requestId").value("req-42"))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at org."))));
    }

    @Test
    void a_hub_problem_is_answered_with_its_own_type_and_status() throws Exception {
        mvc.perform(get("/letters/L-1/reopen").header("Authorization", CITIZEN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/invalid-state-transition"))
                .andExpect(jsonPath("$.title").value("当前状态下不能执行此操作"));
    }

    @Test
    void an_optimistic_locking_failure_is_a_409_conflict() throws Exception {
        mvc.perform(get("/stale").header("Authorization", CITIZEN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/conflict"))
                .andExpect(content().string(not(containsString("another transaction"))));
    }

    @Test
    void an_unsupported_method_is_a_405_with_the_allow_header() throws Exception {
        mvc.perform(put("/letters").header("Authorization", CITIZEN))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/method-not-allowed"));
    }

    @Test
    void an_unknown_path_is_a_404_not_found() throws Exception {
        mvc.perform(get("/no/such/thing").header("Authorization", CITIZEN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/not-found"));
    }

    @Test
    void an_insane_request_id_is_replaced_by_a_generated_one() throws Exception {
        ResultActions result = mvc.perform(get("/public/ping").header("X-Request-Id", "evil\u0000id; drop table"));
        result.andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }
}
