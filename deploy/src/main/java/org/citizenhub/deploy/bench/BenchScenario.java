package org.citizenhub.deploy.bench;

import java.util.concurrent.ThreadLocalRandom;

/**
 * What the citizens of {@code ./hub bench} submit: the service, its submission path and a realistic request body.
 * Each scenario runs through the gateway's public port and straight to the service, reported the same way.
 */
public enum BenchScenario {

    /** Letters to the leaders' mailboxes (mailbox-service). */
    LETTERS("letters", "mailbox", "mailbox-service", "http://127.0.0.1:8102", "/letters") {
        private static final String[] MAILBOXES = {"MAYOR", "D-TRANSPORT", "D-ENVIRONMENT"};
        private static final String[] CATEGORIES = {"SUGGESTION", "CONSULTATION", "COMPLAINT", "HELP"};
        private static final String BODY = "人民路与解放路交叉口早晚高峰拥堵严重，左转车辆排队经常超过两个信号周期，"
                + "行人过街等候时间长。建议在高峰时段延长左转绿灯时间，并在路口增设行人过街提示。"
                + "附近学校放学时段尤其明显，希望交通部门能实地查看。（压测生成的来信）";

        @Override
        String body(String id) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return "{\"mailbox\":\"" + MAILBOXES[random.nextInt(MAILBOXES.length)] + "\",\"category\":\""
                    + CATEGORIES[random.nextInt(CATEGORIES.length)] + "\",\"title\":\"压测来信 " + id
                    + "\",\"body\":\"" + BODY + " #" + id + "\",\"agreesToPublication\":" + random.nextBoolean() + "}";
        }
    },

    /** Consultations, complaints, suggestions and website error reports (consultation-service). */
    CONSULTATIONS("consultations", "consultation", "consultation-service", "http://127.0.0.1:8103", "/cases") {
        private static final String QUESTION = "我在本市缴纳社保满一年，想为孩子办理入学登记，需要准备哪些材料？"
                + "户籍不在本区的情况下，居住证签注是否必须在报名前完成？请告知办理地点和时间。（压测生成的咨询）";
        private static final String COMPLAINT = "解放路菜市场门口的占道经营问题持续了两个多月，早上七点到九点"
                + "车辆和行人都无法正常通行，多次向市场管理方反映没有改善，请城管部门处理。（压测生成的投诉）";
        private static final String ERROR = "办事指南页面上公布的咨询电话已经停用，拨打后提示空号。（压测生成的纠错）";

        @Override
        String body(String id) {
            return switch (ThreadLocalRandom.current().nextInt(3)) {
                case 0 -> "{\"kind\":\"CONSULTATION\",\"title\":\"压测咨询 " + id + "\",\"body\":\"" + QUESTION
                        + " #" + id + "\"}";
                case 1 -> "{\"kind\":\"COMPLAINT\",\"title\":\"压测投诉 " + id + "\",\"body\":\"" + COMPLAINT
                        + " #" + id + "\",\"agreesToPublication\":true}";
                default -> "{\"kind\":\"ERROR_REPORT\",\"title\":\"压测纠错 " + id + "\",\"body\":\"" + ERROR
                        + " #" + id + "\",\"pageUrl\":\"https://www.example.gov.cn/guide/" + id
                        + "\",\"errorType\":\"WRONG_OR_OUTDATED\"}";
            };
        }
    },

    /**
     * Answers to one popular survey (survey-service), {@link PopularSurvey}'s questionnaire: one answer per citizen
     * and survey, so every request of a phase carries its own citizen and each phase answers a survey of its own.
     */
    SURVEYS("surveys", "survey", "survey-service", "http://127.0.0.1:8104", "/surveys/{survey}/responses") {
        @Override
        String body(String id) {
            return PopularSurvey.answersBody(ThreadLocalRandom.current());
        }

        @Override
        public boolean oneAnswerPerCitizen() {
            return true;
        }
    };

    /** Stands in the path of {@link #SURVEYS} for the survey a phase answers. */
    public static final String SURVEY = "{survey}";

    private final String cliName;
    private final String gatewayKey;
    private final String serviceName;
    private final String defaultDirectUrl;
    private final String path;

    BenchScenario(String cliName, String gatewayKey, String serviceName, String defaultDirectUrl, String path) {
        this.cliName = cliName;
        this.gatewayKey = gatewayKey;
        this.serviceName = serviceName;
        this.defaultDirectUrl = defaultDirectUrl;
        this.path = path;
    }

    /** The JSON body of submission {@code id}; ids are unique per run, so bodies never repeat. */
    abstract String body(String id);

    /**
     * Whether a citizen may submit only once per phase (one response per identity): then a phase needs as many
     * citizens as it sends requests, and each request takes the next one instead of a random one.
     */
    public boolean oneAnswerPerCitizen() {
        return false;
    }

    public String cliName() { return cliName; }
    public String serviceName() { return serviceName; }
    public String defaultDirectUrl() { return defaultDirectUrl; }

    /**
     * Where submissions go for a target: the gateway's public route or the service itself ({@link #SURVEY} still in
     * the path of a survey scenario).
     */
    public String url(String target, String gatewayUrl, String directUrl) {
        return target.equals("gateway") ? gatewayUrl + "/api/" + gatewayKey + path : directUrl + path;
    }

    /** {@link #url(String, String, String)} for the survey a phase answers. */
    public String url(String target, String gatewayUrl, String directUrl, java.util.UUID survey) {
        return url(target, gatewayUrl, directUrl).replace(SURVEY, survey.toString());
    }

    public static BenchScenario parse(String value) {
        for (BenchScenario s : values()) {
            if (s.cliName.equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("--scenario takes letters, consultations or surveys, not " + value);
    }
}
