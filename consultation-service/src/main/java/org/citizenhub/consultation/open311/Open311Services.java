package org.citizenhub.consultation.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.CategoryCheck;
import org.springframework.stereotype.Component;

/**
 * The Open311 service list: one complaint service per case category ({@code complaint-transport}, ...) and one
 * error-report service for government web pages ({@code error-report-website}). Consultations and suggestions are
 * not offered: they are not reports of an issue somewhere, which is what GeoReport is for.
 */
@Component
class Open311Services {

    static final String COMPLAINT_PREFIX = "complaint-";
    static final String ERROR_REPORT_CODE = "error-report-website";
    static final String WEBSITE_CATEGORY = "WEBSITE";

    /**
     * @param metadata true: every definition has attributes (the optional consent to publication; an error report
     *                 also the page address and error type), which a client reads from services/{code}.json
     */
    record Service(String code, CaseKind kind, String category, String nameZh, String nameEn, String groupZh,
                   String groupEn, boolean metadata) {

        String name(Locale locale) {
            return english(locale) ? nameEn : nameZh;
        }

        String group(Locale locale) {
            return english(locale) ? groupEn : groupZh;
        }

        String description(Locale locale) {
            if (kind == CaseKind.ERROR_REPORT) {
                return english(locale) ? "Report wrong or outdated information, a broken link or a page that does "
                        + "not open on a government website; answered within 3 working days."
                        : "反映政府网站信息错误或过时、链接失效、页面无法打开等问题，3个工作日内答复。";
            }
            return english(locale) ? "Complain about a department or a public service (" + nameEn.replace(
                    "Complaint: ", "") + "); initial investigation within 15 working days of acceptance."
                    : "对部门或公共服务的投诉（" + nameZh.replace("投诉：", "") + "），受理后15个工作日内完成初步调查。";
        }

        String notice(Locale locale) {
            if (kind == CaseKind.ERROR_REPORT) {
                return english(locale) ? "Answered within 3 working days of acceptance." : "受理后3个工作日内答复。";
            }
            return english(locale) ? "Initial investigation within 15 working days of acceptance."
                    : "受理后15个工作日内完成初步调查，并告知处理结果或承诺办结日期。";
        }

        String keywords() {
            return kind == CaseKind.ERROR_REPORT ? "纠错,政府网站,error report,website"
                    : "投诉,complaint," + category.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private final CategoryCheck categories;

    Open311Services(CategoryCheck categories) {
        this.categories = categories;
    }

    List<Service> all() {
        var services = new ArrayList<Service>();
        for (var c : categories.all()) {
            services.add(complaint(c));
        }
        services.add(new Service(ERROR_REPORT_CODE, CaseKind.ERROR_REPORT, WEBSITE_CATEGORY, "政府网站纠错",
                "Government website error report", "纠错", "Error reports", true));
        return services;
    }

    Optional<Service> byCode(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The service a case is listed under: every error report under the one error-report service. */
    Optional<Service> of(CaseKind kind, String category) {
        return all().stream().filter(s -> s.kind() == kind
                && (kind == CaseKind.ERROR_REPORT || s.category().equals(category))).findFirst();
    }

    static String complaintCode(String category) {
        return COMPLAINT_PREFIX + category.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Service complaint(CategoryCheck.Category c) {
        return new Service(complaintCode(c.code()), CaseKind.COMPLAINT, c.code(), "投诉：" + c.nameZh(),
                "Complaint: " + c.nameEn(), "投诉", "Complaints", true);
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
