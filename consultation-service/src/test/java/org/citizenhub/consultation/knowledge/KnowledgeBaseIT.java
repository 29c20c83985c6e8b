package org.citizenhub.consultation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citizenhub.consultation.PublicDataIT;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The knowledge base on the real PostgreSQL: a citizen's rephrasing finds the earlier published question first
 * (character bigrams, Dice), personal data is masked before publication and cannot be searched for, and an FAQ entry
 * is published only after a reviewer other than its author approved it, every step audit-logged.
 */
class KnowledgeBaseIT extends PublicDataIT {

    /** Title, question, answer: staff FAQ entries around the case's question (some deliberately close to it). */
    private static final List<List<String>> FAQS = List.of(
            List.of("新生儿落户需要准备哪些材料", "小孩刚出生，想给他办理户口登记，需要带什么证件？",
                    "新生儿落户需携带出生医学证明、父母双方户口簿和身份证、结婚证，到户籍所在地派出所办理。"),
            List.of("灵活就业人员如何缴纳养老保险", "我没有单位，自己打零工，怎么交职工养老保险？",
                    "灵活就业人员可持身份证到社保经办机构登记，按月或按季缴纳基本养老保险费。"),
            List.of("公积金提取需要什么条件", "买房后想把住房公积金取出来，有什么条件？",
                    "购买自住住房、偿还住房贷款本息、租房等情形可申请提取住房公积金。"),
            List.of("小区附近工地夜间施工噪音扰民", "小区旁边的建筑工地每天晚上十一点以后还在施工，噪音很大。",
                    "经核查，该工地未取得夜间施工许可，已责令停止夜间作业。"),
            List.of("医保异地就医备案怎么办理", "长期在外省居住，看病想用本地医保，需要先备案吗？",
                    "异地长期居住人员可通过国家医保服务平台办理异地就医备案，备案后可直接结算。"),
            List.of("居住证到期了如何续签", "我的居住证明年一月到期，续签要去哪里办理？",
                    "居住证有效期满前30日内，持证人可到居住地派出所或社区服务站申请签注。"),
            List.of("电动自行车上牌在哪里办理", "新买的电动自行车怎么办理登记上牌？",
                    "电动自行车登记上牌可到公安交管部门设置的登记点办理，需携带购车发票和合格证。"),
            List.of("失业保险金怎么申领", "我上个月被公司辞退，能不能领失业保险金？",
                    "非因本人意愿中断就业且缴纳失业保险满一年的，可申领失业保险金。"),
            List.of("道路路灯损坏晚上不亮", "我家门口那条路的路灯坏了好几天，晚上一片漆黑。",
                    "已通知市政照明管理所派员维修，该路段路灯已恢复照明。"),
            List.of("老年人乘坐公交车是否免费", "七十岁的老人坐公交车要不要钱？",
                    "年满65周岁的老年人可凭老年人优待证免费乘坐市内公交车。"),
            List.of("义务教育阶段转学如何办理", "孩子随父母工作调动，需要从外地转学到本市小学，怎么办手续？",
                    "转学须由转入学校同意后，通过全国中小学生学籍信息管理系统办理转学手续。"));

    /** Rephrasings a citizen might type, and the title of the answer they should find first. */
    private static final List<List<String>> REPHRASINGS = List.of(
            List.of("孩子上学需要居住证吗", "外地户籍子女入学是否需要办理居住证"),
            List.of("非本地户口的小孩读小学要办居住证吗", "外地户籍子女入学是否需要办理居住证"),
            List.of("刚出生的宝宝怎么上户口", "新生儿落户需要准备哪些材料"),
            List.of("没有单位怎么交社保", "灵活就业人员如何缴纳养老保险"),
            List.of("工地晚上施工太吵了", "小区附近工地夜间施工噪音扰民"),
            List.of("异地看病医保怎么备案", "医保异地就医备案怎么办理"),
            List.of("电动车上牌去哪里办", "电动自行车上牌在哪里办理"),
            List.of("被辞退了能领失业金吗", "失业保险金怎么申领"));

    private static final String CASE_TITLE = "外地户籍子女入学是否需要办理居住证";
    private static final String PHONE = "13912345678";
    private static final String ID_NUMBER = "110101199003071233";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void anEmptyKnowledgeBase() {
        // earlier runs on this database published the same texts; each test starts from its own entries
        jdbc.sql("delete from knowledge_entry").update();
    }

    @Test
    void a_rephrased_question_finds_the_earlier_published_answer_first() {
        var citizen = TestAccounts.citizen();
        var body = publicCase("CONSULTATION", "GENERAL", CASE_TITLE,
                "我是外地户籍，孩子今年秋季上小学，请问报名时是否必须提供本市居住证？");
        String tn = submit(citizen, body);
        answer(tn, education, "非本市户籍适龄儿童申请入学，需提供父母一方在本区有效的居住证及居住登记满一年的证明。", true);
        for (var faq : FAQS) {
            publishFaq(faq.get(0), faq.get(1), faq.get(2));
        }

        var report = new ArrayList<String>();
        for (var r : REPHRASINGS) {
            var similar = expect(get("/public/similar?text=" + q(r.get(0)), null), 200).json();
            int rank = rankOf(similar, r.get(1));
            report.add("| " + r.get(0) + " | " + r.get(1) + " | " + rank + " | "
                    + (rank > 0 ? similar.get(rank - 1).get("score").asDouble() : 0) + " | "
                    + (similar.size() > 1 ? similar.get(1).get("title").asString() + " "
                    + similar.get(1).get("score").asDouble() : "—") + " |");
            assertThat(rank).as("rank of \"%s\" for \"%s\"", r.get(1), r.get(0)).isEqualTo(1);
        }
        System.out.println("Similarity of rephrasings (query | expected | rank | score | runner-up and its score):\n"
                + String.join("\n", report));

        // the case's entry is the published masked text of the case, found by the search too, with its number
        var found = expect(get("/public/answers?q=" + q("孩子上学需要居住证吗"), null), 200).json();
        assertThat(found.get(0).get("source").asString()).isEqualTo("CASE");
        assertThat(found.get(0).get("trackingNumber").asString()).isEqualTo(tn);
        assertThat(found.get(0).get("answer").asString()).contains("居住登记满一年");
        var one = expect(get("/public/answers/" + found.get(0).get("id").asString(), null), 200).json();
        assertThat(one.get("title").asString()).isEqualTo(CASE_TITLE);
        // filtered by kind: FAQ entries only
        var faqsOnly = expect(get("/public/answers?kind=FAQ&q=" + q("孩子上学需要居住证吗"), null), 200).json();
        assertThat(faqsOnly).isNotEmpty().allMatch(a -> a.get("source").asString().equals("FAQ"));
        // without a query: the newest first
        assertThat(expect(get("/public/answers", null), 200).json().size()).isEqualTo(FAQS.size() + 1);
        // nothing in common, nothing offered
        assertThat(expect(get("/public/similar?text=" + q("量子计算机"), null), 200).json()).isEmpty();
    }

    @Test
    void personal_data_is_masked_before_publication_and_cannot_be_searched_for() {
        var citizen = TestAccounts.citizen();
        var body = publicCase("CONSULTATION", "GENERAL", "公租房申请条件咨询",
                "我叫王建国，电话" + PHONE + "，身份证号" + ID_NUMBER + "，想问公租房申请需要满足什么条件？");
        body.put("contactName", "王建国");
        String tn = submit(citizen, body);
        expect(step(dispatcher, tn, "acceptance", Map.of()), 200);
        expect(step(dispatcher, tn, "dispatch", Map.of("lead", "D-EDUCATION", "coHandlers", List.of())), 200);
        expect(step(education, tn, "reply", Map.of("text", "王建国您好：公租房申请需在本市连续缴纳社保满一年且家庭无自有住房。"
                + "如有疑问请致电 " + PHONE + "。")), 200);
        // the reviewer sees what publication would show, masked, before allowing it
        expect(get("/handling/cases/" + tn + "/publication-preview", education), 403);
        var preview = expect(get("/handling/cases/" + tn + "/publication-preview", reviewer), 200).json();
        assertThat(preview.toString()).doesNotContain(PHONE).doesNotContain(ID_NUMBER).doesNotContain("王建国");
        assertThat(preview.get("masked").toString()).contains("MOBILE", "ID_NUMBER", "NAME");
        expect(step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", true)), 200);
        // a case whose writer did not agree to publication never enters the knowledge base
        var private_ = publicCase("CONSULTATION", "GENERAL", "公租房排队进度", "公租房排队到第几位了？");
        private_.put("agreesToPublication", false);
        answer(submit(citizen, private_), education, "请登录住房保障网查询。", true);

        var published = expect(get("/public/answers?q=" + q("公租房申请条件"), null), 200).json();
        assertThat(published.size()).isEqualTo(1);
        assertThat(published.get(0).get("question").asString()).isEqualTo(preview.get("question").asString());
        assertThat(published.get(0).get("answer").asString()).isEqualTo(preview.get("answer").asString());
        String text = published.get(0).toString();
        assertThat(text).contains("公租房申请需在本市连续缴纳社保满一年")
                .doesNotContain(PHONE).doesNotContain(ID_NUMBER).doesNotContain("王建国");

        for (String personal : List.of(PHONE, ID_NUMBER, "王建国", PHONE.substring(7))) {
            assertThat(expect(get("/public/answers?q=" + q(personal), null), 200).json())
                    .as("search for %s", personal).isEmpty();
        }
        assertThat(expect(get("/public/similar?text=" + q(PHONE), null), 200).json()).isEmpty();
        // nor are the stored search terms taken from anything unmasked
        var terms = jdbc.sql("select array_to_string(all_terms, ' ') from knowledge_entry where tracking_number = ?")
                .param(tn).query(String.class).single();
        assertThat(terms).doesNotContain("5678").doesNotContain("1233").doesNotContain("王建").doesNotContain("建国");

        // a reviewer takes the published answer back: gone from search and from Open311, audit-logged
        String answerId = published.get(0).get("id").asString();
        expect(post("/admin/knowledge/answers/" + answerId + "/withdrawal", education, Map.of()), 403);
        expect(request("POST", "/admin/knowledge/answers/" + answerId + "/withdrawal", reviewer, null, null), 204);
        expect(request("POST", "/admin/knowledge/answers/" + answerId + "/withdrawal", reviewer, null, null), 404);
        assertThat(expect(get("/public/answers?q=" + q("公租房申请条件"), null), 200).json()).isEmpty();
        expect(get("/public/answers/" + answerId, null), 404);
        assertThat(jdbc.sql("select count(*) from admin_audit_log where action = 'answer.withdrawn' and target_id = ?")
                .param(answerId).query(Integer.class).single()).isEqualTo(1);

        // bad input
        expect(get("/public/similar", null), 400);
        expect(get("/public/similar?text=" + "长".repeat(501), null), 400);
        expect(get("/public/answers?kind=LETTER", null), 400);
        expect(get("/public/answers?page=-1", null), 400);
        expect(get("/public/answers/00000000-0000-0000-0000-000000000000", null), 404);
        expect(get("/public/answers/not-a-uuid", null), 400);
    }

    @Test
    void an_faq_entry_is_published_only_after_review_by_someone_other_than_its_author_and_every_step_is_audited() {
        var author = TestAccounts.handler("D-EDUCATION");
        var drafted = expect(post("/admin/knowledge/faqs", author, Map.of("category", "GENERAL",
                "title", "学区划分在哪里查询", "question", "想知道小区对应哪所小学，可以打 13812345678 咨询吗？",
                "answer", "各区教育局每年5月在官网公布学区划分。")), 201).json();
        String id = drafted.get("id").asString();
        assertThat(drafted.get("status").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("question").asString()).doesNotContain("13812345678");
        assertThat(drafted.get("masked").toString()).contains("MOBILE");
        String faqPath = "/admin/knowledge/faqs/" + id;

        // not public before it is approved
        assertThat(expect(get("/public/answers?q=" + q("学区划分"), null), 200).json()).isEmpty();
        expect(post(faqPath + "/approval", reviewer, Map.of()), 409);
        expect(post(faqPath + "/submission", author, Map.of()), 200);
        expect(post(faqPath + "/approval", author, Map.of()), 403);
        var sentBack = expect(post(faqPath + "/sending-back", reviewer, Map.of("comment", "请写明查询网址")), 200);
        assertThat(sentBack.json().get("status").asString()).isEqualTo("DRAFT");
        expect(post(faqPath + "/sending-back", reviewer, Map.of("comment", "again")), 409);
        expect(put(faqPath, author, Map.of("category", "GENERAL", "title", "学区划分在哪里查询",
                "question", "想知道小区对应哪所小学。", "answer", "各区教育局每年5月在官网公布学区划分，可在教育局网站查询。")), 200);
        expect(post(faqPath + "/submission", author, Map.of()), 200);
        // a reviewer who wrote the entry themselves may not approve it
        var reviewingAuthor = TestAccounts.withRoles("D-EDUCATION", "handler", "reviewer");
        var own = expect(post("/admin/knowledge/faqs", reviewingAuthor, Map.of("category", "GENERAL",
                "title", "自己写的条目", "question", "问题", "answer", "答案")), 201).json().get("id").asString();
        expect(post("/admin/knowledge/faqs/" + own + "/submission", reviewingAuthor, Map.of()), 200);
        expect(post("/admin/knowledge/faqs/" + own + "/approval", reviewingAuthor, Map.of()), 403);

        var approved = expect(post(faqPath + "/approval", reviewer, Map.of("comment", "同意公开")), 200).json();
        assertThat(approved.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(expect(get("/public/answers?q=" + q("学区怎么查"), null), 200).json().get(0).get("id").asString())
                .isEqualTo(id);
        expect(put(faqPath, author, Map.of("category", "GENERAL", "title", "t", "question", "q", "answer", "a")),
                409);
        expect(post(faqPath + "/withdrawal", author, Map.of()), 200);
        assertThat(expect(get("/public/answers?q=" + q("学区划分"), null), 200).json()).isEmpty();

        var actions = jdbc.sql("select action from admin_audit_log where target_type = 'faq' and target_id = ? "
                + "order by id").param(id).query(String.class).list();
        assertThat(actions).containsExactly("faq.drafted", "faq.submitted-for-review", "faq.sent-back",
                "faq.edited", "faq.submitted-for-review", "faq.published", "faq.withdrawn");

        // bad input and roles
        expect(post("/admin/knowledge/faqs", author, Map.of("category", "NOPE", "title", "t", "question", "q",
                "answer", "a")), 400);
        expect(post("/admin/knowledge/faqs", author, Map.of("category", "GENERAL", "title", "",
                "question", "q", "answer", "a")), 400);
        expect(post("/admin/knowledge/faqs", TestAccounts.citizen(), Map.of("category", "GENERAL", "title", "t",
                "question", "q", "answer", "a")), 403);
        expect(post("/admin/knowledge/faqs", null, Map.of()), 401);
        expect(get("/admin/knowledge/faqs/00000000-0000-0000-0000-000000000000", reviewer), 404);
    }

    private void publishFaq(String title, String question, String answer) {
        String id = expect(post("/admin/knowledge/faqs", education, Map.of("category", "GENERAL", "title", title,
                "question", question, "answer", answer)), 201).json().get("id").asString();
        expect(post("/admin/knowledge/faqs/" + id + "/submission", education, Map.of()), 200);
        expect(post("/admin/knowledge/faqs/" + id + "/approval", reviewer, Map.of()), 200);
    }

    private static int rankOf(JsonNode answers, String title) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).get("title").asString().equals(title)) {
                return i + 1;
            }
        }
        return 0;
    }
}
